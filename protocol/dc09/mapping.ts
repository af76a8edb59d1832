/**
 * The one table from Vakt events to Contact ID (ADM-CID) and SIA (SIA-DCS) codes. docs/dc09.md
 * shows the same table (mappingMarkdown); a test keeps them equal.
 *
 * Qualifier: 1 new event, 3 restore, 6 status report of a condition (technical NOTICE). SIA has
 * one code for the event and one for its restore. Codes with no standard meaning for a social
 * alarm are marked `standard: false`, and the alarm text (`[I…]`) says what happened.
 */
import { DeviceType, StatusCode } from '../codes/scaip.ts';
import { v1 } from '../uplink/index.ts';
import type { Qualifier } from './data.ts';

export interface CodePair {
  cid: number;
  /** SIA code for a new event / status, and for its restore. */
  sia: readonly [string, string];
  /** Short upper-case alarm text for `[I…]`. */
  text: string;
  /** False where no standard code exists and this one stands in. */
  standard: boolean;
  /** True when the status is itself a restore (qualifier 3 whatever the event class). */
  restore?: boolean;
}

const pair = (
  cid: number,
  a: string,
  r: string,
  text: string,
  standard = true,
  restore = false,
): CodePair => ({
  cid,
  sia: [a, r],
  text,
  standard,
  ...(restore ? { restore } : {}),
});

/** Stand-in for Vakt statuses Contact ID has no code for (the 750–789 user-defined range). */
const NON_STANDARD = pair(750, 'UA', 'UR', 'NON-STANDARD', false);

/** An alarm (automatic, or a RESTORAL of it) by device type; manual alarms are always 101. */
export const ALARM_BY_DEVICE: ReadonlyMap<number, CodePair> = new Map([
  [DeviceType.FALL_DETECTOR, pair(100, 'MA', 'MH', 'FALL', false)],
  [DeviceType.SMOKE_DETECTOR, pair(111, 'FA', 'FH', 'SMOKE')],
  [DeviceType.ACTIVITY_SENSOR, pair(641, 'MA', 'MH', 'INACTIVITY')],
  [DeviceType.WANDERING_DETECTOR, pair(100, 'MA', 'MH', 'WANDERING', false)],
]);
export const ALARM_OTHER = pair(100, 'MA', 'MH', 'AUTOMATIC ALARM');
export const ALARM_MANUAL = pair(101, 'QA', 'QH', 'PERSONAL EMERGENCY');

/** Device statuses other than ALARM_AUTOMATIC / RESTORAL (which go by device type). */
export const BY_STATUS: ReadonlyMap<number, CodePair> = new Map([
  [StatusCode.ALARM_MANUAL, ALARM_MANUAL],
  [StatusCode.ASSISTANCE, pair(101, 'QA', 'QH', 'ASSISTANCE')],
  [StatusCode.BATTERY_LOW, pair(384, 'XT', 'XR', 'BATTERY LOW')],
  [StatusCode.BATTERY_FAILURE, pair(384, 'XT', 'XR', 'BATTERY FAILURE')],
  [StatusCode.BATTERY_FULL, pair(384, 'XT', 'XR', 'BATTERY OK', true, true)],
  [StatusCode.MAINS_FAIL, pair(301, 'AT', 'AR', 'MAINS FAIL')],
  [StatusCode.MAINS_RESTORED, pair(301, 'AT', 'AR', 'MAINS RESTORED', true, true)],
  [StatusCode.TAMPER, pair(383, 'TA', 'TR', 'TAMPER')],
  [StatusCode.RADIO_INTERFERENCE, pair(344, 'XQ', 'XH', 'RADIO JAMMING')],
  [StatusCode.RADIO_TEST_MISSING, pair(381, 'BZ', 'BR', 'SUPERVISION LOST')],
  [StatusCode.RE_ESTABLISHED, pair(381, 'BZ', 'BR', 'SUPERVISION RESTORED', true, true)],
  ...[23, 24, 25, 26, 27].map((c, i) => [c, pair(350, 'YS', 'YK', `LINK ${i + 1} FAILURE`)] as const),
  ...[112, 113, 114, 115, 116].map(
    (c, i) => [c, pair(350, 'YS', 'YK', `LINK ${i + 1} RESTORED`, true, true)] as const,
  ),
  [StatusCode.TEST_TRANSMISSION, pair(601, 'RX', 'RX', 'MANUAL TEST')],
  [StatusCode.TEST_TRANSMISSION_2, pair(602, 'RP', 'RP', 'PERIODIC TEST')],
  [StatusCode.TROUBLE, pair(380, 'YX', 'YZ', 'TROUBLE')],
  [StatusCode.RESET, pair(305, 'YW', 'YW', 'RESET')],
  [StatusCode.RESET_2, pair(305, 'YW', 'YW', 'RESET')],
  [StatusCode.OPEN, { ...NON_STANDARD, text: 'DOOR OPEN' }],
  [StatusCode.CLOSED, { ...NON_STANDARD, text: 'DOOR CLOSED', restore: true }],
  [StatusCode.OPEN_TOO_LONG, { ...NON_STANDARD, sia: ['DN', 'DH'], text: 'DOOR OPEN TOO LONG' }],
  [StatusCode.CLOSED_TOO_LONG, { ...NON_STANDARD, text: 'DOOR CLOSED TOO LONG' }],
  [StatusCode.CHECK_OUT, { ...NON_STANDARD, text: 'CHECK-OUT' }],
]);

const K = v1.TechnicalKind;
export const BY_TECHNICAL: ReadonlyMap<number, CodePair> = new Map([
  [K.TECHNICAL_KIND_MAINS_FAIL, pair(301, 'AT', 'AR', 'HUB MAINS FAIL')],
  [K.TECHNICAL_KIND_HUB_BATTERY_LOW, pair(302, 'YT', 'YR', 'HUB BATTERY LOW')],
  [K.TECHNICAL_KIND_DEVICE_BATTERY_LOW, pair(384, 'XT', 'XR', 'DEVICE BATTERY LOW')],
  [K.TECHNICAL_KIND_DEVICE_MISSING, pair(381, 'BZ', 'BR', 'DEVICE MISSING')],
  [K.TECHNICAL_KIND_DEVICE_TAMPER, pair(383, 'TA', 'TR', 'DEVICE TAMPER')],
  [K.TECHNICAL_KIND_RADIO_JAMMING, pair(344, 'XQ', 'XH', 'RADIO JAMMING')],
  [K.TECHNICAL_KIND_RECEIVER_LOST, pair(350, 'YS', 'YK', 'RADIO RECEIVER LOST')],
  [K.TECHNICAL_KIND_UPLINK_DOWN, pair(354, 'YC', 'YK', 'UPLINK WAS DOWN')],
  [K.TECHNICAL_KIND_STORAGE, pair(300, 'YX', 'YZ', 'HUB STORAGE')],
  [K.TECHNICAL_KIND_CLOCK_WRONG, pair(626, 'JD', 'JD', 'HUB CLOCK WRONG')],
  [K.TECHNICAL_KIND_DELIVERY_FELL_BACK, pair(350, 'YS', 'YK', 'DELIVERY FELL BACK')],
  [K.TECHNICAL_KIND_MODEM_FAULT, pair(352, 'LT', 'LR', 'MODEM FAULT')],
  [K.TECHNICAL_KIND_OUTBOX_COMPACTED, pair(300, 'YX', 'YZ', 'OUTBOX COMPACTED', false)],
  [K.TECHNICAL_KIND_HUB_STALLED, pair(300, 'YX', 'YZ', 'HUB STALLED', false)],
  [K.TECHNICAL_KIND_TEST_ALARM_FAILED, pair(608, 'YX', 'YZ', 'TEST ALARM FAILED')],
]);
export const TECHNICAL_OTHER = pair(300, 'YX', 'YZ', 'HUB TROUBLE', false);

export interface Mapped {
  qualifier: Qualifier;
  cid: number;
  sia: string;
  text: string;
  standard: boolean;
}

const pick = (p: CodePair, qualifier: Qualifier): Mapped => ({
  qualifier,
  cid: p.cid,
  sia: p.sia[qualifier === 3 ? 1 : 0]!,
  text: p.text,
  standard: p.standard,
});

/** A device event (the uplink's Alarm) → its codes. */
export function mapDeviceEvent(e: { statusCode: number; eventClass: number; deviceType: number }): Mapped {
  const restoreClass = e.eventClass === v1.EventClass.EVENT_CLASS_RESTORE;
  if (e.statusCode === StatusCode.ALARM_AUTOMATIC || e.statusCode === StatusCode.RESTORAL) {
    const p = ALARM_BY_DEVICE.get(e.deviceType) ?? ALARM_OTHER;
    return pick(p, restoreClass || e.statusCode === StatusCode.RESTORAL ? 3 : 1);
  }
  const p = BY_STATUS.get(e.statusCode) ?? NON_STANDARD;
  return pick(p, restoreClass || p.restore ? 3 : 1);
}

/** A technical alarm → its codes: RAISED 1, CLEARED 3, NOTICE 6 (a report, no restore follows). */
export function mapTechnical(t: { kind: number; state: number }): Mapped {
  const p = BY_TECHNICAL.get(t.kind) ?? TECHNICAL_OTHER;
  const S = v1.TechnicalState;
  return pick(p, t.state === S.TECHNICAL_STATE_CLEARED ? 3 : t.state === S.TECHNICAL_STATE_NOTICE ? 6 : 1);
}

const nameOf = (table: Record<string, number | string>, n: number, prefix: string): string => {
  const e = Object.entries(table).find(([, v]) => v === n);
  return e ? e[0].replace(prefix, '') : String(n);
};

/** The table as docs/dc09.md shows it. */
export function mappingMarkdown(): string {
  const rows: string[] = [
    '| Vakt event | Contact ID | SIA (event / restore) | alarm text | standard |',
    '|---|---|---|---|---|',
  ];
  const row = (what: string, p: CodePair) =>
    rows.push(
      `| ${what} | ${p.cid}${p.restore ? ' (qualifier 3)' : ''} | ${p.sia[0]} / ${p.sia[1]} | ${p.text} | ${p.standard ? 'yes' : '**no**'} |`,
    );
  for (const [dt, p] of ALARM_BY_DEVICE) row(`ALARM_AUTOMATIC or RESTORAL, ${nameOf(DeviceType, dt, '')}`, p);
  row('ALARM_AUTOMATIC or RESTORAL, any other device', ALARM_OTHER);
  for (const [sc, p] of BY_STATUS) row(nameOf(StatusCode, sc, ''), p);
  row('any other status', NON_STANDARD);
  for (const [k, p] of BY_TECHNICAL) row(`technical ${nameOf(v1.TechnicalKind, k, 'TECHNICAL_KIND_')}`, p);
  row('technical, any other kind', TECHNICAL_OTHER);
  return rows.join('\n');
}
