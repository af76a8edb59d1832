/**
 * The least a hub must do on the device link, written from the SPEC with protocol/ only: decode,
 * verify secured frames (SPEC §4.5) and drop what fails, ACK every accepted device_event (secured
 * with the hub's own counter toward a version-2 device), count each (device, seq, class, code)
 * once. Tests put it opposite the simulator to check the simulator keeps to the SPEC without
 * involving the gateway.
 */
import {
  type Decoded,
  type DeviceEventFrame,
  type DeviceKey,
  encodeFrame,
  type Frame,
  FrameDecoder,
  MemoryCounterState,
  secureFrame,
  verifyFrame,
} from '../../protocol/serial/index.ts';

export interface AckingPeerOptions {
  nakNotPaired?: Set<number>;
  /** Keys of version-2 devices; a secured frame from a device without one is dropped. */
  keys?: Map<number, DeviceKey>;
  /** Refuse version-1 device frames (as a gateway does by default, SPEC §4.7). */
  refuseUnsecured?: boolean;
}

export class AckingPeer {
  /** Each distinct event, first time seen. */
  readonly accepted: DeviceEventFrame[] = [];
  readonly received: Frame[] = [];
  /** Device frames that failed verification, by error code. */
  readonly rejected = new Map<string, number>();
  duplicates = 0;
  errors = 0;
  private readonly decoder = new FrameDecoder();
  private readonly seen = new Set<string>();
  private readonly fromDevices = new MemoryCounterState();
  private readonly toDevices = new Map<number, number>();

  constructor(
    private readonly send: (bytes: Buffer) => void,
    private readonly options: AckingPeerOptions = {},
  ) {}

  receive(bytes: Buffer): void {
    for (const d of this.decoder.push(bytes)) {
      if ('error' in d) {
        this.errors++;
        continue;
      }
      this.received.push(d.frame);
      const f = d.frame;
      if (f.kind !== 'device_event' && f.kind !== 'device_heartbeat') continue;
      if (!this.authentic(d)) continue;
      if (f.kind === 'device_event') this.onEvent(f);
    }
  }

  private authentic(d: Extract<Decoded, { frame: unknown }>): boolean {
    const f = d.frame as DeviceEventFrame;
    if (f.version === undefined && !this.options.refuseUnsecured) return true;
    const r = verifyFrame(d, (id) => this.options.keys?.get(id), this.fromDevices);
    if (!r.ok) {
      this.rejected.set(r.error.code, (this.rejected.get(r.error.code) ?? 0) + 1);
      return false;
    }
    this.fromDevices.accept(r.deviceId, r.counter);
    return true;
  }

  private onEvent(f: DeviceEventFrame): void {
    if (this.options.nakNotPaired?.has(f.deviceId)) {
      this.reply(f, { kind: 'nak', deviceId: f.deviceId, seq: f.seq, reason: 'not_paired' });
      return;
    }
    const key = `${f.deviceId}/${f.seq}/${f.eventClass}/${f.statusCode}`;
    if (this.seen.has(key)) this.duplicates++;
    else {
      this.seen.add(key);
      this.accepted.push(f);
    }
    this.reply(f, { kind: 'ack', deviceId: f.deviceId, seq: f.seq });
  }

  /** ACK/NAK in the event's version: secured with the next hub counter for a version-2 device. */
  private reply(to: DeviceEventFrame, answer: Frame): void {
    const key = this.options.keys?.get(to.deviceId);
    if (to.version === undefined || !key) {
      this.send(encodeFrame(answer));
      return;
    }
    const counter = (this.toDevices.get(to.deviceId) ?? 0) + 1;
    this.toDevices.set(to.deviceId, counter);
    this.send(encodeFrame(secureFrame(answer, key, counter)));
  }
}
