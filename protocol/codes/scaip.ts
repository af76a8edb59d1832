/**
 * Device types and status codes, numbered as SCAIP (SS 91100 / CLC/TS 50134-9) numbers them, so a
 * platform can map our events 1:1 to SCAIP `dty`/`stc` or to Contact ID. Used by the serial link
 * and the uplink alike. The numbers are data: never renumber, only add.
 */

export const DeviceType = {
  LOCAL_UNIT_CONTROLLER: 2,
  PERSONAL_TRIGGER: 3,
  FIXED_TRIGGER: 4,
  FALL_DETECTOR: 5,
  ACTIVITY_SENSOR: 10,
  DOOR_SENSOR: 14,
  WANDERING_DETECTOR: 15,
  SMOKE_DETECTOR: 23,
  LINK_MONITOR: 32,
  DC_POWER: 41,
  CONTROLLER: 45,
  LOCAL_UNIT: 48,
  TRACKER: 51,
} as const;
export type DeviceTypeName = keyof typeof DeviceType;

export const StatusCode = {
  ALARM_AUTOMATIC: 9,
  ALARM_MANUAL: 10,
  BATTERY_FAILURE: 14,
  BATTERY_FULL: 15,
  BATTERY_LOW: 16,
  CLOSED: 21,
  CLOSED_TOO_LONG: 22,
  LINK_FAILURE_1: 23,
  LINK_FAILURE_2: 24,
  LINK_FAILURE_3: 25,
  LINK_FAILURE_4: 26,
  LINK_FAILURE_5: 27,
  OPEN: 76,
  OPEN_TOO_LONG: 77,
  MAINS_FAIL: 85,
  MAINS_RESTORED: 86,
  RESET: 92,
  RESET_2: 93,
  RESTORAL: 94,
  TEST_TRANSMISSION: 102,
  TEST_TRANSMISSION_2: 103,
  TROUBLE: 105,
  ASSISTANCE: 110,
  CHECK_OUT: 111,
  LINK_RESTORED_1: 112,
  LINK_RESTORED_2: 113,
  LINK_RESTORED_3: 114,
  LINK_RESTORED_4: 115,
  LINK_RESTORED_5: 116,
  RADIO_INTERFERENCE: 122,
  RADIO_TEST_MISSING: 123,
  RE_ESTABLISHED: 124,
  TAMPER: 125,
} as const;
export type StatusCodeName = keyof typeof StatusCode;

/** SCAIP location codes (`lco`) we name; any other 1..999 value is carried as is. */
export const LocationCode = {
  BATHROOM: 11,
  BEDROOM: 12,
  KITCHEN: 21,
  DOOR: 38,
  FRONT_DOOR: 39,
} as const;

function reverse<T extends Record<string, number>>(table: T): Map<number, keyof T & string> {
  return new Map(Object.entries(table).map(([name, n]) => [n, name as keyof T & string]));
}
const deviceTypeNames = reverse(DeviceType);
const statusCodeNames = reverse(StatusCode);
const locationNames = reverse(LocationCode);

/** `personal_trigger` for 3; `device_type_77` for a number we do not name. */
export function deviceTypeName(n: number): string {
  return (deviceTypeNames.get(n) ?? `device_type_${n}`).toLowerCase();
}
export function statusCodeName(n: number): string {
  return (statusCodeNames.get(n) ?? `status_${n}`).toLowerCase();
}
export function locationName(n: number): string {
  return (locationNames.get(n) ?? `location_${n}`).toLowerCase();
}

/** Four-digit zero-padded, as SCAIP writes codes: 3 → "0003". */
export function scaipCode(n: number): string {
  return n.toString().padStart(4, '0');
}
