/**
 * The device registry: pairing and unpairing, kept consistent across the hub state (store), the
 * supervisor (windows start with the post-pairing grace) and the heard-but-unpaired list.
 */
import type { Logger } from 'pino';
import { hex32 } from '../../protocol/serial/index.ts';
import type { Ingest } from '../ingest/ingest.ts';
import type { HubStore } from '../store/hub-store.ts';
import type { DeviceSupervisor } from '../supervision/device-supervisor.ts';

export interface PairRequest {
  deviceId: number;
  deviceType: number;
  label: string;
  location: number | null;
}

export class DeviceRegistry {
  constructor(
    private readonly store: HubStore,
    private readonly supervisor: DeviceSupervisor,
    private readonly ingest: Ingest,
    private readonly log: Logger,
  ) {}

  pair(d: PairRequest): void {
    this.store.pair(d);
    this.supervisor.add({ deviceId: d.deviceId, deviceType: d.deviceType, label: d.label });
    this.ingest.unpaired.delete(d.deviceId);
    this.log.info({ deviceId: hex32(d.deviceId), deviceType: d.deviceType, label: d.label }, 'device paired');
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
