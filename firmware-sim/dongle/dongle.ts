/**
 * The radio receiver dongle's firmware (SPEC §5.7): forwards every frame it hears onto the one
 * serial line, sends receiver_status every 10 s, answers receiver commands, runs learn mode, and
 * routes the hub's ACK/NAK back to the right device.
 */
import { type Clock, every, type Timer } from '../../protocol/clock.ts';
import {
  encodeFrame,
  type Frame,
  FrameDecoder,
  RECEIVER_ADDRESS,
  type ReceiverCommandFrame,
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

  constructor(
    private readonly ctx: DongleContext,
    readonly receiverId: number,
    readonly firmware: string,
    private readonly devices: Map<number, DeviceFirmware>,
    private readonly faults: LineFaults,
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
    if (this.learnMode) this.pair(device);
    this.send(frame);
  }

  /** Bytes from the hub. */
  receive(bytes: Buffer): void {
    for (const d of this.decoder.push(this.faults.corrupt(bytes))) {
      if ('error' in d) this.ctx.emit({ type: 'serial_error', code: d.error.code, message: d.error.message });
      else this.handle(d.frame);
    }
  }

  /** Writes raw bytes on the line as they are (garbage-burst injection). */
  writeRaw(bytes: Buffer): void {
    this.sink?.write(bytes);
  }

  private handle(frame: Frame): void {
    this.ctx.emit({ type: 'serial_in', frame });
    if (frame.kind === 'ack') this.devices.get(frame.deviceId)?.onAck(frame.seq);
    else if (frame.kind === 'nak') this.devices.get(frame.deviceId)?.onNak(frame.seq, frame.reason);
    else if (frame.kind === 'receiver_command') this.command(frame);
  }

  private command(c: ReceiverCommandFrame): void {
    this.send({ kind: 'ack', deviceId: RECEIVER_ADDRESS, seq: c.seq });
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

  private pair(device: DeviceFirmware): void {
    this.learnTimer?.cancel();
    this.learnTimer = undefined;
    const result = this.paired.has(device.id)
      ? 'already_paired'
      : this.paired.size >= 64
        ? 'table_full'
        : 'paired';
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

  private send(frame: Frame): void {
    if (!this.sink) return;
    this.ctx.emit({ type: 'serial_out', frame });
    for (const bytes of this.faults.apply(encodeFrame(frame))) this.sink.write(bytes);
  }
}
