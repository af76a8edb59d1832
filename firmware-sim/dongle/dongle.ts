/**
 * The radio receiver dongle's firmware (SPEC §6.7–6.8): forwards every frame it hears onto the one
 * serial line, sends receiver_status every 10 s, answers receiver commands (once per seq), runs
 * learn mode (ended by a new device only; the pairing_result goes before the frame that paired),
 * answers bad frames from the hub as SPEC §2.4 says, and routes the hub's ACK/NAK back to the
 * right device. It holds no key: a secured frame passes through unchanged but for the RSSI.
 */
import { type Clock, every, type Timer } from '../../protocol/clock.ts';
import {
  type Decoded,
  encodeFrame,
  type Frame,
  FrameDecoder,
  type LinkVersion,
  nakFor,
  RECEIVER_ADDRESS,
  type ReceiverCommandFrame,
  SECURE_VERSION,
} from '../../protocol/serial/index.ts';
import type { DeviceFirmware } from '../devices/firmware.ts';
import type { SimEvent } from '../events.ts';
import type { LineFaults } from '../faults/line-faults.ts';
import type { RadioFrame } from '../radio/radio.ts';

export const STATUS_PERIOD_MS = 10_000;

/** Where the dongle's bytes go: a serial port, or a test's in-memory peer. */
export interface LinkSink {
  write(bytes: Buffer): void;
}

export interface DongleContext {
  clock: Clock;
  linkClock: Clock;
  emit(event: SimEvent): void;
  /** Whether the radio currently senses jamming. */
  jamming(): boolean;
}

export class Dongle {
  readonly paired = new Set<number>();
  private sink: LinkSink | undefined;
  private decoder = new FrameDecoder();
  private statusTimer: Timer | undefined;
  private learnTimer: Timer | undefined;
  private statusSeq = 0;
  private readonly startedAt: number;
  private time: { set: number; at: number } | undefined;
  private lastCommandSeq: number | undefined;

  constructor(
    private readonly ctx: DongleContext,
    readonly receiverId: number,
    readonly firmware: string,
    private readonly devices: Map<number, DeviceFirmware>,
    private readonly faults: LineFaults,
    /** The version of the dongle's own frames (status, pairing results, command ACKs). */
    readonly version: LinkVersion = 1,
  ) {
    this.startedAt = ctx.linkClock.now();
  }

  get plugged(): boolean {
    return this.sink !== undefined;
  }

  get learnMode(): boolean {
    return this.learnTimer !== undefined;
  }

  /** The dongle's idea of Unix time (seconds), once the hub has set it. */
  get unixTime(): number | undefined {
    return this.time
      ? this.time.set + Math.floor((this.ctx.linkClock.now() - this.time.at) / 1000)
      : undefined;
  }

  /** Plugged in: starts talking on `sink`. */
  attach(sink: LinkSink): void {
    this.sink = sink;
    this.decoder = new FrameDecoder();
    this.sendStatus();
    this.statusTimer = every(this.ctx.linkClock, STATUS_PERIOD_MS, () => this.sendStatus());
  }

  /** Unplugged: silent, and deaf to the radio, until attached again. */
  detach(): void {
    this.sink = undefined;
    this.statusTimer?.cancel();
    this.learnTimer?.cancel();
    this.learnTimer = undefined;
  }

  /** A frame heard over the radio. */
  fromRadio(frame: RadioFrame, device: DeviceFirmware): void {
    if (!this.sink) {
      this.ctx.emit({ type: 'radio_lost', deviceId: device.id, reason: 'dongle unplugged' });
      return;
    }
    // The pairing result goes first, so the gateway knows the device before its frame (§6.8).
    if (this.learnMode && !this.paired.has(device.id)) this.pair(device);
    this.write(frame);
  }

  /** Bytes from the hub. */
  receive(bytes: Buffer): void {
    for (const d of this.decoder.push(this.faults.corrupt(bytes))) {
      if ('error' in d) {
        this.ctx.emit({ type: 'serial_error', code: d.error.code, message: d.error.message });
        const nak = nakFor(d.error);
        if (nak) this.send(nak);
      } else this.handle(d);
    }
  }

  /** Writes raw bytes on the line as they are (garbage-burst injection). */
  writeRaw(bytes: Buffer): void {
    this.sink?.write(bytes);
  }

  private handle(d: Extract<Decoded, { frame: unknown }>): void {
    const frame = d.frame;
    this.ctx.emit({ type: 'serial_in', frame });
    if (frame.kind === 'ack' || frame.kind === 'nak') this.devices.get(frame.deviceId)?.fromHub(d);
    else if (frame.kind === 'receiver_command') this.command(frame);
  }

  private command(c: ReceiverCommandFrame): void {
    this.send({ kind: 'ack', deviceId: RECEIVER_ADDRESS, seq: c.seq });
    // A repeated seq is the gateway retrying a command whose ACK it missed: answer, do not redo.
    if (c.seq === this.lastCommandSeq) return;
    this.lastCommandSeq = c.seq;
    switch (c.command) {
      case 'learn_enter':
        this.learnTimer?.cancel();
        this.learnTimer = this.ctx.linkClock.setTimer(c.timeout * 1000, () => {
          this.learnTimer = undefined;
          this.send({ kind: 'pairing_result', deviceId: 0, deviceType: 0, result: 'learn_timeout' });
        });
        this.sendStatus();
        break;
      case 'learn_leave':
        this.learnTimer?.cancel();
        this.learnTimer = undefined;
        this.sendStatus();
        break;
      case 'set_time':
        this.time = { set: c.time, at: this.ctx.linkClock.now() };
        break;
      case 'status_request':
        this.sendStatus();
        break;
      case 'unpair': {
        const known = this.paired.delete(c.deviceId);
        const type = this.devices.get(c.deviceId)?.deviceType ?? 0;
        this.send({
          kind: 'pairing_result',
          deviceId: c.deviceId,
          deviceType: known ? type : 0,
          result: known ? 'unpaired' : 'not_found',
        });
        break;
      }
    }
  }

  /** Learn mode meets a device not in the table (§6.8): paired, or the table is full. */
  private pair(device: DeviceFirmware): void {
    this.learnTimer?.cancel();
    this.learnTimer = undefined;
    const result = this.paired.size >= 64 ? 'table_full' : 'paired';
    if (result === 'paired') this.paired.add(device.id);
    this.ctx.emit({ type: 'paired', deviceId: device.id, result });
    this.send({ kind: 'pairing_result', deviceId: device.id, deviceType: device.deviceType, result });
  }

  private sendStatus(): void {
    this.statusSeq = (this.statusSeq + 1) & 0xffff;
    this.send({
      kind: 'receiver_status',
      receiverId: this.receiverId,
      seq: this.statusSeq,
      firmware: this.firmware,
      uptime: Math.floor((this.ctx.linkClock.now() - this.startedAt) / 1000),
      learnMode: this.learnMode,
      jamming: this.ctx.jamming(),
      rxOverflow: false,
      noise: this.ctx.jamming() ? -40 : -105,
      pairedCount: this.paired.size,
    });
  }

  /** One of the dongle's own frames, in the dongle's version. */
  private send(frame: Frame): void {
    this.write(this.version === SECURE_VERSION ? { ...frame, version: SECURE_VERSION } : frame);
  }

  /** A frame onto the serial line as it is (a device's frame keeps its version and trailer). */
  private write(frame: Frame): void {
    if (!this.sink) return;
    this.ctx.emit({ type: 'serial_out', frame });
    for (const bytes of this.faults.apply(encodeFrame(frame))) this.sink.write(bytes);
  }
}
