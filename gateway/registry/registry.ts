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
import { VaktError } from '../../protocol/errors.ts';
import { hex32 } from '../../protocol/serial/index.ts';
import { TypedEmitter } from '../events.ts';
import type { HeardUnpaired, Ingest } from '../ingest/ingest.ts';
import type { DeviceRow, HubStore } from '../store/hub-store.ts';
import type { DeviceSupervisor } from '../supervision/device-supervisor.ts';
import { pairingNotice, unauthenticatedNotice } from './pairing-notice.ts';
import { UnpairedDevices } from './unpaired-devices.ts';

export interface PairRequest {
  deviceId: number;
  deviceType: number;
  label: string;
  location: number | null;
  /** The link key from the device's install code (SPEC §8). */
  key?: Uint8Array;
  /**
   * Without a key: the installer's explicit consent that this version-1 device may speak without
   * authentication (SPEC §4.7). Without either, a new device is not paired.
   */
  allowUnauthenticated?: boolean;
}

/** What an installer must pass to pair a device that has no key (the CLI's and the socket's words). */
export const UNAUTHENTICATED_FIX =
  'a version-2 device: give the install code printed on its label (vakt pair --install-code CODE, param installCode); a version-1 device, which has none: allow it explicitly (vakt pair --allow-unauthenticated, param allowUnauthenticated: true) — anyone in radio range can then send frames in its name';

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
    const { key, allowUnauthenticated, ...device } = d;
    const before = this.store.device(d.deviceId);
    if (!before && !key && !allowUnauthenticated)
      throw new VaktError(
        'E_PAIR_UNAUTHENTICATED',
        `device ${hex32(d.deviceId)} was not paired: no install code was given, and a device without one is refused unless allowed. For ${UNAUTHENTICATED_FIX}`,
      );
    const wasUnauthenticated = this.store.deviceKey(d.deviceId)?.unauthenticated === true && !!before;
    // Keys first, so the inventory published on the pairing already says how the device speaks.
    // With a key its frames are verified (SPEC §4); without one only by explicit consent (§4.7);
    // a relabel with neither keeps what the device has.
    if (key) this.store.deviceKeys.setKey(d.deviceId, key);
    else if (allowUnauthenticated) this.store.deviceKeys.setUnauthenticated(d.deviceId);
    this.store.pair(device);
    this.logAuthentication(d, key !== undefined, !before);
    if (!before) this.supervisor.add({ deviceId: d.deviceId, deviceType: d.deviceType, label: d.label });
    this.heard.forget(d.deviceId);
    const change: PairingChange = !before
      ? 'paired'
      : before.label !== d.label || before.location !== d.location
        ? 'relabelled'
        : 'repaired';
    this.changed(d.deviceId, change, by, d, before);
    // Once per device: a relabel of a device already flagged does not repeat it.
    if (!key && allowUnauthenticated && !wasUnauthenticated)
      this.store.notice(unauthenticatedNotice(d.deviceId, d.deviceType, d.label, by));
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
    // A receiver that does not answer keeps the device in its table: logged where it failed.
    this.ingest.command({ command: 'unpair', deviceId }).catch(() => {});
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
    else if (d.allowUnauthenticated)
      this.log.warn(
        { ...at, authenticated: false, isNew },
        'device allowed to speak unauthenticated (version 1), as the installer asked',
      );
  }
}
