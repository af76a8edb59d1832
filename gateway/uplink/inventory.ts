/** The retained DeviceInventory message: every paired device with its supervision state. */
import type { Clock } from '../../protocol/clock.ts';
import { hex32 } from '../../protocol/serial/index.ts';
import { v1 } from '../../protocol/uplink/index.ts';
import type { HubStore } from '../store/hub-store.ts';
import type { DeviceSupervisor } from '../supervision/device-supervisor.ts';

const STATE = {
  ok: v1.SupervisionState.SUPERVISION_STATE_OK,
  late: v1.SupervisionState.SUPERVISION_STATE_LATE,
  missing: v1.SupervisionState.SUPERVISION_STATE_MISSING,
  grace: v1.SupervisionState.SUPERVISION_STATE_GRACE,
} as const;

export function inventory(
  hubId: string,
  store: Pick<HubStore, 'devices' | 'deviceKey'>,
  supervisor: Pick<DeviceSupervisor, 'states'>,
  clock: Clock,
): Uint8Array {
  const states = supervisor.states();
  return v1.DeviceInventory.encode({
    hubId,
    atMs: clock.now(),
    devices: store.devices().map((d) => ({
      deviceId: d.deviceId,
      deviceType: d.deviceType,
      location: { code: d.location ?? 0, text: d.label },
      ...(d.battery !== null ? { batteryPercent: d.battery } : {}),
      ...(d.rssi !== null ? { rssiDbm: d.rssi } : {}),
      lastSeenMs: d.lastSeenAt ?? 0,
      supervision: STATE[states[hex32(d.deviceId)] ?? 'grace'],
      heartbeatPeriodS: d.periodS ?? 0,
      label: d.label,
      // A device is authenticated only with a key: flagged otherwise, whatever made it so.
      unauthenticated: store.deviceKey(d.deviceId)?.key == null,
    })),
  }).finish();
}
