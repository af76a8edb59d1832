/**
 * Names, not codes, wherever a person reads an event: the demo, `vakt monitor` and `vakt
 * receive` all say "ALARM manual", "status open too long", "restore link restored 1" the same
 * way. The word in front is the event's class (ALARM in capitals, the rest lower case), so a door
 * opening never reads as an alarm; the status follows as words, with the SCAIP number kept only
 * for a code this version does not know.
 */
import { deviceTypeName, statusCodeName } from '../../protocol/codes/scaip.ts';

/** "alarm", "EVENT_CLASS_STATUS", "STATUS" → the class word: ALARM, status, restore, test. */
export function classWord(eventClass: string): string {
  const c = eventClass.replace(/^EVENT_CLASS_/, '').toLowerCase();
  return c === 'alarm' ? 'ALARM' : c;
}

/** 10 → "manual" after an ALARM, "alarm manual" otherwise; 76 → "open"; 999 → "status 999". */
export function statusWords(statusCode: number | string, eventClass = ''): string {
  const name =
    typeof statusCode === 'number'
      ? statusCodeName(statusCode)
      : statusCode.replace(/^STATUS_CODE_/, '').toLowerCase();
  const words = name.replace(/_/g, ' ');
  return classWord(eventClass) === 'ALARM' ? words.replace(/^alarm /, '') : words;
}

/** "ALARM manual", "status open too long". */
export function eventWords(eventClass: string, statusCode: number | string): string {
  return `${classWord(eventClass)} ${statusWords(statusCode, eventClass)}`;
}

/** 3 → "personal trigger"; 5 → "fall detector". */
export function deviceKindWords(deviceType: number): string {
  return deviceTypeName(deviceType).replace(/_/g, ' ');
}
