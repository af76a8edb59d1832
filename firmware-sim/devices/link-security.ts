/**
 * A version-2 device's half of SPEC §4: it secures each frame it sends with the next counter
 * (persisted before the frame leaves, so a battery swap never reuses one) and accepts an ACK or
 * NAK only when it verifies under its key with a hub counter above any it accepted before.
 */
import {
  type DeviceEventFrame,
  type DeviceHeartbeatFrame,
  type DeviceKey,
  type Frame,
  MAX_COUNTER,
  secureFrame,
  type Verifiable,
  type Verified,
  verifyFrame,
} from '../../protocol/serial/index.ts';
import type { LinkCounters, SeqStore } from './seq-store.ts';

export class LinkSecurity {
  private counters: LinkCounters;

  constructor(
    private readonly deviceId: number,
    private readonly key: DeviceKey,
    private readonly store: SeqStore,
  ) {
    this.counters = store.loadCounters(deviceId);
  }

  /** After a battery swap: what the non-volatile store holds. */
  reload(): void {
    this.counters = this.store.loadCounters(this.deviceId);
  }

  /** The frame secured with the next counter, or undefined once the counters are exhausted. */
  secure<F extends DeviceEventFrame | DeviceHeartbeatFrame>(frame: F): F | undefined {
    if (this.counters.tx >= MAX_COUNTER) return undefined;
    this.counters.tx++;
    this.store.saveCounters(this.deviceId, this.counters);
    return secureFrame(frame, this.key, this.counters.tx);
  }

  /** Verifies a frame from the hub; on success records its counter before the device acts on it. */
  accept(d: Verifiable & { frame: Frame }): Verified {
    const highest = this.counters.rx < 0 ? undefined : this.counters.rx;
    const r = verifyFrame(d, () => this.key, { highest: () => highest });
    if (r.ok) {
      this.counters.rx = r.counter;
      this.store.saveCounters(this.deviceId, this.counters);
    }
    return r;
  }
}
