/**
 * The gateway's half of SPEC §4: which device frames are let in, and how ACK/NAKs to devices are
 * secured. A secured frame must verify under the device's key with a counter above the highest
 * accepted (kept here at once; stored with the event that commits it, or on its own for a
 * heartbeat); a version-1 frame is let in only from a
 * device marked unauthenticated, or from an unpaired one (to be NAKed `not_paired`). Whatever is
 * refused is dropped in silence (SPEC §2.4), counted per reason, and logged at most once per
 * device and reason a minute. Keys never reach a log line.
 */
import type { Logger } from 'pino';
import type { Clock } from '../../protocol/clock.ts';
import {
  type AckFrame,
  type Decoded,
  type DeviceEventFrame,
  type DeviceHeartbeatFrame,
  DeviceKey,
  type Frame,
  FrameErrorCode,
  hex32,
  type NakFrame,
  secureFrame,
  verifyFrame,
} from '../../protocol/serial/index.ts';
import type { HubStore } from '../store/hub-store.ts';

export type Admission = { ok: true } | { ok: false; code: string; unknownDevice: boolean };
type DeviceFrameDecoded = Extract<Decoded, { frame: unknown }> & {
  frame: DeviceEventFrame | DeviceHeartbeatFrame;
};

/** One log line per device and reason per this long; the counts go on. */
const LOG_EVERY_MS = 60_000;

export class LinkGuard {
  /** Refused device frames by reason (`E_FRAME_MIC`, `E_FRAME_REPLAY`, …), since start. */
  readonly rejected = new Map<string, number>();
  private readonly keys = new Map<number, { bytes: string; key: DeviceKey }>();
  /** Highest counter accepted per device, in case a write of it failed. */
  private readonly rx = new Map<number, number>();
  private readonly logged = new Map<string, { at: number; since: number }>();

  constructor(
    private readonly store: HubStore,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** Whether a device frame may be acted on (SPEC §4.5, §4.7). */
  admit(d: DeviceFrameDecoded): Admission {
    const f = d.frame;
    const row = this.store.deviceKey(f.deviceId);
    const paired = this.store.device(f.deviceId) !== undefined;
    if (!f.security) {
      if (row?.key) return this.refuse(f, FrameErrorCode.UNSECURED, false);
      if (!paired || row?.unauthenticated) return { ok: true };
      return this.refuse(f, FrameErrorCode.UNSECURED, false);
    }
    if (!row?.key) return this.refuse(f, FrameErrorCode.KEY, !paired);
    const key = this.keyOf(f.deviceId, row.key);
    const highest = Math.max(row.rx ?? -1, this.rx.get(f.deviceId) ?? -1);
    const v = verifyFrame(d, () => key, { highest: () => (highest < 0 ? undefined : highest) });
    if (!v.ok) return this.refuse(f, v.error.code, false);
    this.rx.set(f.deviceId, v.counter);
    // An event's counter is committed with the event itself (HubStore.acceptDeviceEvent). A
    // heartbeat is acted on only in memory and by a best-effort "last seen": its counter is
    // written here, on its own (SPEC §4.4 lets it be lazy); a lost write only lets a heartbeat be
    // replayed once after a crash, which supervision tolerates.
    if (f.kind === 'device_event') return { ok: true };
    try {
      this.store.deviceKeys.acceptRx(f.deviceId, v.counter);
    } catch (err) {
      this.log.error(
        { deviceId: hex32(f.deviceId), err: (err as Error).message },
        'frame counter not stored',
      );
    }
    return { ok: true };
  }

  /** The ACK or NAK for `to`, secured with the next hub counter when `to` was secured. */
  reply(to: DeviceEventFrame, answer: AckFrame | NakFrame): Frame {
    if (!to.security) return answer;
    const row = this.store.deviceKey(to.deviceId);
    if (!row?.key) return answer;
    const counter = this.store.deviceKeys.nextTx(to.deviceId);
    return secureFrame(answer, this.keyOf(to.deviceId, row.key), counter);
  }

  private keyOf(deviceId: number, bytes: Uint8Array): DeviceKey {
    const hex = Buffer.from(bytes).toString('hex');
    const cached = this.keys.get(deviceId);
    if (cached && cached.bytes === hex) return cached.key;
    const key = new DeviceKey(bytes);
    this.keys.set(deviceId, { bytes: hex, key });
    return key;
  }

  private refuse(f: Frame & { deviceId: number }, code: string, unknownDevice: boolean): Admission {
    this.rejected.set(code, (this.rejected.get(code) ?? 0) + 1);
    const tag = `${f.deviceId}/${code}`;
    const now = this.clock.now();
    const last = this.logged.get(tag);
    if (!last || now - last.at >= LOG_EVERY_MS) {
      this.log.warn(
        { deviceId: hex32(f.deviceId), kind: f.kind, code, refusedSinceLastLine: (last?.since ?? 0) + 1 },
        'device frame refused (spoofed, replayed or unauthenticated)',
      );
      this.logged.set(tag, { at: now, since: 0 });
      if (this.logged.size > 1000) this.logged.delete(this.logged.keys().next().value!);
    } else last.since++;
    return { ok: false, code, unknownDevice };
  }
}
