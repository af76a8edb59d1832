/**
 * The least a hub must do on the device link, written from the SPEC with protocol/ only: decode,
 * ACK every device_event, count each (device, seq, class, code) once. Tests put it opposite the
 * simulator to check the simulator keeps to the SPEC without involving the gateway.
 */
import { type DeviceEventFrame, encodeFrame, type Frame, FrameDecoder } from '../../protocol/serial/index.ts';

export class AckingPeer {
  /** Each distinct event, first time seen. */
  readonly accepted: DeviceEventFrame[] = [];
  readonly received: Frame[] = [];
  duplicates = 0;
  errors = 0;
  private readonly decoder = new FrameDecoder();
  private readonly seen = new Set<string>();

  constructor(
    private readonly send: (bytes: Buffer) => void,
    private readonly options: { nakNotPaired?: Set<number> } = {},
  ) {}

  receive(bytes: Buffer): void {
    for (const d of this.decoder.push(bytes)) {
      if ('error' in d) {
        this.errors++;
        continue;
      }
      this.received.push(d.frame);
      const f = d.frame;
      if (f.kind !== 'device_event') continue;
      if (this.options.nakNotPaired?.has(f.deviceId)) {
        this.send(encodeFrame({ kind: 'nak', deviceId: f.deviceId, seq: f.seq, reason: 'not_paired' }));
        continue;
      }
      const key = `${f.deviceId}/${f.seq}/${f.eventClass}/${f.statusCode}`;
      if (this.seen.has(key)) this.duplicates++;
      else {
        this.seen.add(key);
        this.accepted.push(f);
      }
      this.send(encodeFrame({ kind: 'ack', deviceId: f.deviceId, seq: f.seq }));
    }
  }
}
