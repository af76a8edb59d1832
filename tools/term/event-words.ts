/**
 * Names, not codes, wherever a person reads an event: the demo, `vakt monitor` and `vakt
 * receive` all say "ALARM manual", "status open too long", "restore link restored 1" the same
 * way, name a device by its label, kind and location ("B1 (personal trigger, bedroom)"), and a
 * technical alarm by its kind ("receiver lost"). The word in front is the event's class (ALARM in
 * capitals, the rest lower case), so a door opening never reads as an alarm; a number is kept only
 * for a code this version does not know.
 */
import { deviceTypeName, locationName, statusCodeName } from '../../protocol/codes/scaip.ts';

/** "alarm", "EVENT_CLASS_STATUS", "STATUS" → the class word: ALARM, status, restore, test. */
export function classWord(eventClass: string): string {
  const c = eventClass.replace(/^EVENT_CLASS_/, '').toLowerCase();
  return c === 'alarm' ? 'ALARM' : c;
}

/** 10 → "manual" after an ALARM, "alarm manual" otherwise; 76 → "open"; 999 → "status 999"; a TEST's "test transmission" → "transmission". */
export function statusWords(statusCode: number | string, eventClass = ''): string {
  const name =
    typeof statusCode === 'number'
      ? statusCodeName(statusCode)
      : statusCode.replace(/^STATUS_CODE_/, '').toLowerCase();
  const words = name.replace(/_/g, ' ');
  // The class is said in front: "ALARM manual", "test transmission", not "alarm alarm manual".
  const c = classWord(eventClass);
  if (c === 'ALARM') return words.replace(/^alarm /, '');
  return c === 'test' ? words.replace(/^test /, '') : words;
}

/** "ALARM manual", "status open too long". */
export function eventWords(eventClass: string, statusCode: number | string): string {
  return `${classWord(eventClass)} ${statusWords(statusCode, eventClass)}`;
}

/** 3, "DEVICE_TYPE_PERSONAL_TRIGGER" → "personal trigger"; 5 → "fall detector". */
export function deviceKindWords(deviceType: number | string): string {
  const name =
    typeof deviceType === 'number'
      ? deviceTypeName(deviceType)
      : deviceType.replace(/^DEVICE_TYPE_/, '').toLowerCase();
  return name.replace(/_/g, ' ');
}

/** 12 → "bedroom"; 39 → "front door"; 0 or none → "" (no location given); 777 → "location 777". */
export function locationWords(location: number | null | undefined): string {
  if (!location) return '';
  return locationName(location).replace(/_/g, ' ');
}

/** "RECEIVER_LOST", "TECHNICAL_KIND_DEVICE_MISSING" → "receiver lost", "device missing". */
export function technicalWords(kind: string): string {
  return kind
    .replace(/^TECHNICAL_KIND_/, '')
    .toLowerCase()
    .replace(/_/g, ' ');
}

/** How a device reads: "B1 bedroom (personal trigger, bedroom)", or its id when it has no label. */
export function deviceWords(d: {
  deviceId: string;
  label?: string | undefined;
  deviceType?: number | string | undefined;
  location?: number | null | undefined;
}): string {
  const facts = [
    d.deviceType === undefined ? '' : deviceKindWords(d.deviceType),
    locationWords(d.location),
  ].filter(Boolean);
  const name = d.label ? `${d.label} ${d.deviceId}` : `device ${d.deviceId}`;
  return facts.length ? `${name} (${facts.join(', ')})` : name;
}

/** An event pushed by the control socket's `subscribe` (docs/control-socket.md, "Subscribing"). */
export type HubEvent = { kind: string; at: number } & Record<string, unknown>;

/** One line for a person, for each kind of hub event; a kind this version does not know keeps its summary. */
export function hubEventWords(e: HubEvent): string {
  const str = (k: string) => (typeof e[k] === 'string' ? (e[k] as string) : '');
  const device =
    typeof e.deviceId === 'string'
      ? deviceWords({
          deviceId: e.deviceId,
          label: str('label'),
          deviceType: e.deviceType as number | undefined,
          location: e.location as number | null | undefined,
        })
      : '';
  const affected = Array.isArray(e.affectedDevices) ? e.affectedDevices.length : 0;
  // A technical alarm about many devices (the receiver lost) names how many, not the first.
  const on = affected > 1 ? ` — ${affected} devices` : device ? ` — ${device}` : '';
  const technical = `${technicalWords(str('technicalKind'))}: ${str('rootCause')}${on}`;
  switch (e.kind) {
    case 'device_event':
      return `${eventWords(str('eventClass'), e.statusCode as number)} — ${device}`;
    case 'technical_raised':
      return `technical alarm raised: ${technical}`;
    case 'technical_cleared':
      return `technical alarm cleared: ${technicalWords(str('technicalKind'))}${on}`;
    case 'technical_unpaired':
      return `technical alarm closed (device unpaired): ${technicalWords(str('technicalKind'))}${on}`;
    case 'technical_notice':
      return `technical notice: ${technical}`;
    case 'test_alarm':
      return `test alarm queued for ${device || 'the hub itself'}`;
    case 'receipted':
      return `receipt: event ${str('eventId')} receipted by the platform ${e.receiptedAfterMs} ms after it was accepted`;
    case 'path':
      return e.path ? `uplink: events go to the ${str('path')} broker` : 'uplink: no broker reachable';
    case 'frame':
      return e.refused ? `frame refused (${str('refused')})${on}` : `frame heard${on}`;
    case 'dropped':
      return `${e.count} events missed: this reader fell behind the hub (the daemon keeps them: vakt status, or the events method)`;
    default:
      return `${e.kind}: ${str('summary')}`;
  }
}
