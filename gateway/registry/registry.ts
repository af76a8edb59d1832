/**
 * The device registry: pairing and unpairing, kept consistent across the hub state (store), the
 * supervisor (windows start with the post-pairing grace) and the heard-but-unpaired list, which
 * it owns: ingest reports each unpaired device it hears (`unpaired-heard`), the registry keeps it
 * (bounded, see UnpairedDevices) and forgets it once paired.
 */
import type { Logger } from 'pino';
import { hex32 } from '../../protocol/serial/index.ts';
import type { HeardUnpaired, Ingest } from '../ingest/ingest.ts';
import type { HubStore } from '../store/hub-store.ts';
import type { DeviceSupervisor } from '../supervision/device-supervisor.ts';
import { UnpairedDevices } from './unpaired-devices.ts';

export interface PairRequest {
  deviceId: number;
  deviceType: number;
  label: string;
  location: number | null;
  /** The link key from the device's install code (SPEC §8); absent: an unauthenticated device. */
  key?: Uint8Array;
}

/** What callers may read of the heard-but-unpaired list. */
export interface UnpairedView {
  readonly size: number;
  get(deviceId: number): HeardUnpaired | undefined;
  values(): IterableIterator<HeardUnpaired>;
}

export class DeviceRegistry {
  private readonly heard = new UnpairedDevices();
  private off: (() => void) | undefined;

  constructor(
    private readonly store: HubStore,
    private readonly supervisor: DeviceSupervisor,
    private readonly ingest: Ingest,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.off ??= this.ingest.on('unpaired-heard', (d) => this.heard.heard(d));
  }

  stop(): void {
    this.off?.();
    this.off = undefined;
  }

  /** Devices heard but not paired, least recently heard first. */
  get unpaired(): UnpairedView {
    return this.heard;
  }

  /**
   * Pairs a device. With a key it must speak version 2 and its frames are verified; without one it
   * is explicitly unauthenticated (version 1, SPEC §4.7) and flagged wherever devices are listed.
   */
  pair(d: PairRequest): void {
    const { key, ...device } = d;
    this.store.pair(device);
    if (key) this.store.deviceKeys.setKey(d.deviceId, key);
    else this.store.deviceKeys.setUnauthenticated(d.deviceId);
    this.supervisor.add({ deviceId: d.deviceId, deviceType: d.deviceType, label: d.label });
    this.heard.forget(d.deviceId);
    const at = { deviceId: hex32(d.deviceId), deviceType: d.deviceType, label: d.label };
    if (key) this.log.info({ ...at, authenticated: true }, 'device paired with its install code');
    else
      this.log.warn(
        { ...at, authenticated: false },
        'device paired without an install code: unauthenticated',
      );
  }

  /** Forgets the device here and in the receiver's table. */
  unpair(deviceId: number): boolean {
    const removed = this.store.unpair(deviceId);
    this.supervisor.remove(deviceId);
    this.ingest.command({ command: 'unpair', deviceId });
    this.log.info({ deviceId: hex32(deviceId), removed }, 'device unpaired');
    return removed;
  }
}
