/**
 * What the hub state holds, as rows and payloads: the outbox row of an event, a paired device,
 * a technical alarm's input, and the pure functions that build the uplink payloads. No I/O.
 */
import type { DeviceEventFrame } from '../../protocol/serial/index.ts';
import { v1, type vakt } from '../../protocol/uplink/index.ts';

/** Outbox order: lower first. Alarms before technical alarms (and other device events) before state. */
export const PRIORITY = { alarm: 0, technical: 1, deviceStatus: 1, state: 2 } as const;
export type OutboxClass = 'alarm' | 'technical' | 'state';

export interface OutboxRow {
  eventId: string;
  class: OutboxClass;
  priority: number;
  payload: vakt.v1.IAlarm | vakt.v1.ITechnicalAlarm | vakt.v1.IHubState;
  createdAt: number;
  attempts: number;
  lastSentAt: number | null;
  /** When the SMS fallback sent it, if it did. */
  smsAt: number | null;
}

export interface DeviceRow {
  deviceId: number;
  deviceType: number;
  label: string;
  location: number | null;
  pairedAt: number;
  lastSeenAt: number | null;
  battery: number | null;
  rssi: number | null;
  periodS: number | null;
}

/** TechnicalKind names without their prefix: "RECEIVER_LOST", "DEVICE_MISSING", … */
export type TechnicalKindName = keyof typeof v1.TechnicalKind extends infer K
  ? K extends `TECHNICAL_KIND_${infer N}`
    ? N
    : never
  : never;

export interface TechnicalAlarmInput {
  /** One open alarm per key: "receiver_lost", "device_missing:00A1B2C3", … */
  key: string;
  kind: TechnicalKindName;
  rootCause: string;
  devices: number[];
  action: string;
  statusCode?: number;
  details?: Record<string, string>;
}

/** A one-off technical report (TECHNICAL_STATE_NOTICE): no key, never cleared. */
export type NoticeInput = Omit<TechnicalAlarmInput, 'key'> & { outage?: vakt.v1.IUplinkOutage };

/** How the hub takes a device event: `pairingPress` for the press that paired it (vakt.proto). */
export interface EventTaking {
  pairingPress?: boolean;
}

/** The Alarm a device event becomes on the uplink. */
export function alarmPayload(
  hubId: string,
  f: DeviceEventFrame,
  device: DeviceRow | undefined,
  eventId: string,
  now: number,
  taking: EventTaking = {},
): vakt.v1.IAlarm {
  if (taking.pairingPress)
    return {
      ...alarmPayload(hubId, f, device, eventId, now),
      eventClass: v1.EventClass.EVENT_CLASS_TEST,
      priority: 9,
      pairingPress: true,
    };
  return {
    eventId,
    hubId,
    deviceId: f.deviceId,
    deviceType: f.deviceType,
    statusCode: f.statusCode,
    eventClass: v1.EventClass[`EVENT_CLASS_${f.eventClass.toUpperCase()}` as keyof typeof v1.EventClass],
    priority: f.eventClass === 'alarm' ? 1 : 5,
    location: { code: f.location ?? device?.location ?? 0, text: device?.label ?? '' },
    ...(f.battery !== null ? { batteryPercent: f.battery } : {}),
    ...(f.rssi !== null ? { rssiDbm: f.rssi } : {}),
    deviceSeq: f.seq,
    deviceUptimeS: f.uptime,
    hubReceivedAtMs: now,
    deviceAttempt: f.attempt,
    deviceLabel: device?.label ?? '',
  };
}

/** The TechnicalAlarm a raise, clear or notice becomes on the uplink. */
export function technicalPayload(
  hubId: string,
  eventId: string,
  t: TechnicalAlarmInput,
  state: 'RAISED' | 'CLEARED' | 'NOTICE' | 'UNPAIRED',
  raisedAt: number,
  clearedAt: number,
): vakt.v1.ITechnicalAlarm {
  return {
    eventId,
    hubId,
    kind: v1.TechnicalKind[`TECHNICAL_KIND_${t.kind}` as keyof typeof v1.TechnicalKind] ?? 0,
    state: v1.TechnicalState[`TECHNICAL_STATE_${state}`],
    rootCause: t.rootCause,
    affectedDeviceIds: t.devices,
    suggestedAction: t.action,
    raisedAtMs: raisedAt,
    clearedAtMs: clearedAt,
    statusCode: t.statusCode ?? 0,
    details: t.details ?? {},
  };
}

/** The Alarm of a test event (event class TEST) for a device, or for the hub itself (no device). */
export function testPayload(
  hubId: string,
  eventId: string,
  deviceId: number,
  device: DeviceRow | undefined,
  now: number,
): vakt.v1.IAlarm {
  return {
    eventId,
    hubId,
    deviceId,
    deviceType: device?.deviceType ?? 48,
    statusCode: 102,
    eventClass: v1.EventClass.EVENT_CLASS_TEST,
    priority: 9,
    location: { code: device?.location ?? 0, text: device?.label ?? '' },
    hubReceivedAtMs: now,
    deviceLabel: device?.label ?? 'hub',
  };
}

export function outboxRow(
  eventId: string,
  cls: OutboxClass,
  priority: number,
  payload: OutboxRow['payload'],
  createdAt: number,
): OutboxRow {
  return { eventId, class: cls, priority, payload, createdAt, attempts: 0, lastSentAt: null, smsAt: null };
}

export function toOutboxRow(r: Record<string, unknown>): OutboxRow {
  return {
    eventId: String(r.event_id),
    class: r.class as OutboxClass,
    priority: Number(r.priority),
    payload: JSON.parse(String(r.payload)) as OutboxRow['payload'],
    createdAt: Number(r.created_at),
    attempts: Number(r.attempts),
    lastSentAt: r.last_sent_at === null ? null : Number(r.last_sent_at),
    smsAt: r.sms_at === null || r.sms_at === undefined ? null : Number(r.sms_at),
  };
}

export function toDevice(r: Record<string, unknown>): DeviceRow {
  const n = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
  return {
    deviceId: Number(r.device_id),
    deviceType: Number(r.device_type),
    label: String(r.label),
    location: n(r.location),
    pairedAt: Number(r.paired_at),
    lastSeenAt: n(r.last_seen_at),
    battery: n(r.battery),
    rssi: n(r.rssi),
    periodS: n(r.period_s),
  };
}
