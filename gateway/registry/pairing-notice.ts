/**
 * The DEVICE_PAIRING notice (vakt.proto, TechnicalKind 17) for a change to the paired devices:
 * what changed, on which device, who asked (source and method), and the label and location
 * before and after; and the DEVICE_UNAUTHENTICATED notice (TechnicalKind 18), sent once when a
 * device is allowed to speak without authentication. Pure: the registry commits them.
 */
import { deviceTypeName } from '../../protocol/codes/scaip.ts';
import { hex32 } from '../../protocol/serial/index.ts';
import type { DeviceRow, NoticeInput } from '../store/hub-store.ts';
import type { ChangeSource, PairingChange, PairRequest } from './registry.ts';

const SOURCE_TEXT: Record<ChangeSource['source'], string> = {
  control_socket: 'the hub’s local control socket',
  remote_command: 'a signed remote command',
};

const ACTION: Record<PairingChange, string> = {
  paired: 'none if an installer is pairing this device; otherwise find out who paired it',
  repaired: 'none if an installer is at the hub',
  relabelled: 'check the new label and location are right for this resident',
  unpaired:
    'if no installer removed this device on purpose, contact the resident: the device can no longer raise an alarm',
};

export function pairingNotice(
  deviceId: number,
  change: PairingChange,
  by: ChangeSource,
  now: PairRequest | undefined,
  before: DeviceRow | undefined,
): NoticeInput {
  const type = now?.deviceType ?? before?.deviceType ?? 0;
  const label = now?.label ?? before?.label ?? '';
  const location = now ? now.location : (before?.location ?? null);
  const name = `${deviceTypeName(type).replace(/_/g, ' ')} ${hex32(deviceId)}${label ? ` (${label})` : ''}`;
  const via = by.method === 'learn_mode' ? ' in learn mode' : '';
  const details: Record<string, string> = {
    change,
    source: by.source,
    method: by.method,
    label,
    location: location === null ? '' : String(location),
  };
  if (before && now && before.label !== now.label) details.previous_label = before.label;
  if (before && now && before.location !== now.location)
    details.previous_location = before.location === null ? '' : String(before.location);
  return {
    kind: 'DEVICE_PAIRING',
    rootCause: `${name} ${change} through ${SOURCE_TEXT[by.source]}${via}`,
    devices: [deviceId],
    action: ACTION[change],
    details,
  };
}

/**
 * Once per device, when an installer allows it to speak version 1 (SPEC §4.7): anyone in radio
 * range can raise alarms, send heartbeats or silence it in its name, so the platform is told.
 */
export function unauthenticatedNotice(
  deviceId: number,
  deviceType: number,
  label: string,
  by: ChangeSource,
): NoticeInput {
  const name = `${deviceTypeName(deviceType).replace(/_/g, ' ')} ${hex32(deviceId)}${label ? ` (${label})` : ''}`;
  return {
    kind: 'DEVICE_UNAUTHENTICATED',
    rootCause: `${name} is an unauthenticated device (device link version 1): its frames cannot be verified`,
    devices: [deviceId],
    action: 'replace it with a version-2 device and pair that with its install code',
    details: { source: by.source, method: by.method, label },
  };
}
