/**
 * The device registry: pairing, re-pairing, relabelling and unpairing, kept consistent across
 * the hub state (store), the supervisor (windows start with the post-pairing grace) and the
 * heard-but-unpaired list, which it owns: ingest reports each unpaired device it hears
 * (`unpaired-heard`), the registry keeps it (bounded, see UnpairedDevices) and forgets it once
 * paired.
 *
 * Every change, from whatever source, is told to the platform: a DEVICE_PAIRING notice naming
 * the source, and `inventory-changed` for whoever listens (the inventory itself is republished on
 * the store's `devices` event, retained). A local user
 * must not be able to remove a resident's pendant silently; and a technical alarm of a device
 * that is unpaired is closed as UNPAIRED, never reported as CLEARED (its condition did not end).
 */
import type { Logger } from 'pino';
import { hex32 } from '../../protocol/serial/index.ts';
import { TypedEmitter } from '../events.ts';
import type { HeardUnpaired, Ingest } from '../ingest/ingest.ts';
import type { DeviceRow, HubStore } from '../store/hub-store.ts';
import type { DeviceSupervisor } from '../supervision/device-supervisor.ts';
import { pairingNotice } from './pairing-notice.ts';
import { UnpairedDevices } from './unpaired-devices.ts';

export interface PairRequest {
  deviceId: number;
  deviceType: number;
  label: string;
  location: number | null;
  /** The link key from the device's install code (SPEC §8); absent: an unauthenticated device. */
  key?: Uint8Array;
}

/** Who asked for a change: the local control socket or a signed remote command; and how. */
export interface ChangeSource {
  source: 'control_socket' | 'remote_command';
  method: 'direct' | 'learn_mode';
}

export type PairingChange = 'paired' | 'repaired' | 'relabelled' | 'unpaired';

export type RegistryEvents = {
  /** The paired devices changed: the uplink republishes the inventory. */
  'inventory-changed': [change: { deviceId: number; change: PairingChange } & ChangeSource];
};

/** What callers may read of the heard-but-unpaired list. */
export interface UnpairedView {
  readonly size: number;
  get(deviceId: number): HeardUnpaired | undefined;
  values(): IterableIterator<HeardUnpaired>;
}

export class DeviceRegistry extends TypedEmitter<RegistryEvents> {
  private readonly heard = new UnpairedDevices();
  private unlisten: (() => void) | undefined;

  constructor(
    private readonly store: HubStore,
    private readonly supervisor: DeviceSupervisor,
    private readonly ingest: Ingest,
    private readonly log: Logger,
  ) {
    super((err, event) => log.error({ err: (err as Error).message, event }, 'registry listener failed'));
  }

  start(): void {
    this.unlisten ??= this.ingest.on('unpaired-heard', (d) => this.heard.heard(d));
  }

  stop(): void {
    this.unlisten?.();
    this.unlisten = undefined;
  }

  /** Devices heard but not paired, least recently heard first. */
  get unpaired(): UnpairedView {
    return this.heard;
  }

  /** The paired device, if it is. */
  paired(deviceId: number): DeviceRow | undefined {
    return this.store.device(deviceId);
  }

  /**
   * Pairs a new device, or re-pairs / relabels a paired one (its type, label and location are
   * replaced by the request's). Its supervision window restarts only when it is new.
   */
  pair(d: PairRequest, by: ChangeSource): PairingChange {
    const { key, ...device } = d;
    const before = this.store.device(d.deviceId);
    this.store.pair(device);
    // With a key the device must speak version 2 and its frames are verified; a new device without
    // one is explicitly unauthenticated (SPEC §4.7). A relabel without a code keeps the key it has.
    if (key) this.store.deviceKeys.setKey(d.deviceId, key);
    else if (!before) this.store.deviceKeys.setUnauthenticated(d.deviceId);
    this.logAuthentication(d, key !== undefined, !before);
    if (!before) this.supervisor.add({ deviceId: d.deviceId, deviceType: d.deviceType, label: d.label });
    this.heard.forget(d.deviceId);
    const change: PairingChange = !before
      ? 'paired'
      : before.label !== d.label || before.location !== d.location
        ? 'relabelled'
        : 'repaired';
    this.changed(d.deviceId, change, by, d, before);
    return change;
  }

  /** Forgets the device here and in the receiver's table; closes its technical alarms as UNPAIRED. */
  unpair(deviceId: number, by: ChangeSource): boolean {
    const before = this.store.device(deviceId);
    const removed = this.store.unpair(deviceId);
    this.supervisor.remove(deviceId);
    const hex = hex32(deviceId);
    for (const t of this.store.openTechnicalAlarms())
      if (t.key.split(':')[1] === hex) this.store.clearTechnical(t.key, 'UNPAIRED');
    this.ingest.command({ command: 'unpair', deviceId });
    if (before) this.changed(deviceId, 'unpaired', by, undefined, before);
    else this.log.info({ deviceId: hex, ...by }, 'unpair of a device not paired here');
    return removed;
  }

  private changed(
    deviceId: number,
    change: PairingChange,
    by: ChangeSource,
    now: PairRequest | undefined,
    before: DeviceRow | undefined,
  ): void {
    const eventId = this.store.notice(pairingNotice(deviceId, change, by, now, before));
    this.log.info(
      { deviceId: hex32(deviceId), change, ...by, label: now?.label ?? before?.label, eventId },
      `device ${change}`,
    );
    this.emit('inventory-changed', { deviceId, change, ...by });
  }

  private logAuthentication(d: PairRequest, withKey: boolean, isNew: boolean): void {
    const at = { deviceId: hex32(d.deviceId), deviceType: d.deviceType, label: d.label };
    if (withKey) this.log.info({ ...at, authenticated: true }, 'device paired with its install code');
    else if (isNew)
      this.log.warn(
        { ...at, authenticated: false },
        'device paired without an install code: unauthenticated',
      );
  }
}
