/**
 * The alarm SMS (docs/sms-format.md): one GSM-7-safe line of at most 160 characters that a person
 * can read and a machine can parse, with a CRC so a mangled message is detected.
 *
 *   VAKT1 ALARM hub=NO-4630-HUB-1 dev=00A1B2C3 typ=3 stc=10 t=20261125T051500Z evt=01JD… loc=bedroom #1A2B
 *
 * Hub, device, event id, code and time are never shortened; the location text is truncated (or
 * dropped) to fit. The CRC is CRC-16/IBM-3740 over every character before " #": it finds a
 * message mangled in transit, it does not prove who sent it (anyone can compute it).
 */
import { type ErrorCode, VaktError } from '../errors.ts';
import { printable } from '../printable.ts';
import { crc16 } from '../serial/crc16.ts';

export const SMS_MAX = 160;
export const SMS_VERSION = 'VAKT1';

const CLASS_WORD: Record<number, string> = { 1: 'ALARM', 2: 'RESTORE', 3: 'STATUS', 4: 'TEST' };
const WORD_CLASS = Object.fromEntries(Object.entries(CLASS_WORD).map(([k, v]) => [v, Number(k)]));

export interface SmsAlarm {
  hubId: string;
  deviceId: number;
  deviceType: number;
  statusCode: number;
  /** EventClass number: 1 alarm, 2 restore, 3 status, 4 test. */
  eventClass: number;
  eventId: string;
  atMs: number;
  location: string;
}

export class SmsFormatError extends VaktError {
  constructor(message: string, hint?: string, code: ErrorCode = 'E_SMS_FORMAT') {
    // The message quotes what was received: never let it carry control characters to a terminal.
    super(code, printable(message), hint);
  }
}

/** Only printable ASCII is ever encoded; anything else was not written by a hub. */
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;

const SAFE = /[^A-Za-z0-9 .,:;_\-+/()]/g;

function stamp(ms: number): string {
  return `${new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

function checksum(body: string): string {
  return crc16(Buffer.from(body, 'latin1')).toString(16).toUpperCase().padStart(4, '0');
}

export function encodeSms(a: SmsAlarm): string {
  const head = [
    SMS_VERSION,
    CLASS_WORD[a.eventClass] ?? 'ALARM',
    `hub=${a.hubId}`,
    `dev=${(a.deviceId >>> 0).toString(16).toUpperCase().padStart(8, '0')}`,
    `typ=${a.deviceType}`,
    `stc=${a.statusCode}`,
    `t=${stamp(a.atMs)}`,
    `evt=${a.eventId}`,
  ].join(' ');
  const room = SMS_MAX - head.length - ' loc='.length - ' #XXXX'.length;
  const loc = a.location.replace(SAFE, '').trim().slice(0, Math.max(0, room));
  const body = loc ? `${head} loc=${loc}` : head;
  const text = `${body} #${checksum(body)}`;
  if (text.length > SMS_MAX)
    throw new SmsFormatError(
      `alarm SMS would be ${text.length} characters (max ${SMS_MAX})`,
      'shorten the hub id or event id',
    );
  return text;
}

export function parseSms(text: string): SmsAlarm {
  const t = text.trim();
  // Bounded before any other work: a 100 MB "SMS" is refused by its length alone.
  if (t.length > SMS_MAX)
    throw new SmsFormatError(
      `SMS is ${t.length} characters; a Vakt alarm SMS is at most ${SMS_MAX}`,
      'give one SMS per line, as received',
      'E_SMS_TOO_LONG',
    );
  const bad = NOT_PRINTABLE_ASCII.exec(t);
  if (bad)
    throw new SmsFormatError(
      `SMS has character "${bad[0]}" at position ${bad.index + 1}; a Vakt alarm SMS is printable ASCII only`,
      'this is not a Vakt alarm SMS, or it was altered',
    );
  const hash = t.lastIndexOf(' #');
  if (!t.startsWith(`${SMS_VERSION} `))
    throw new SmsFormatError(
      `SMS does not start with "${SMS_VERSION} "`,
      'this is not a Vakt alarm SMS, or it was cut at the start',
    );
  if (hash < 0) throw new SmsFormatError('SMS has no " #" checksum at its end', 'the SMS was cut short');
  const body = t.slice(0, hash);
  const sum = t.slice(hash + 2);
  if (!/^[0-9A-F]{4}$/.test(sum))
    throw new SmsFormatError(`checksum "${sum}" is not 4 hex digits`, 'the SMS was cut short or altered');
  if (checksum(body) !== sum)
    throw new SmsFormatError('checksum does not match: the SMS was altered in transit');
  const locAt = body.indexOf(' loc=');
  const location = locAt < 0 ? '' : body.slice(locAt + 5);
  const words = (locAt < 0 ? body : body.slice(0, locAt)).split(' ');
  const cls = WORD_CLASS[words[1] ?? ''];
  if (cls === undefined)
    throw new SmsFormatError(`"${words[1]}" is not an event class (ALARM, RESTORE, STATUS, TEST)`);
  const f = Object.fromEntries(
    words.slice(2).map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]),
  );
  const need = (k: string, re: RegExp): string => {
    const v = f[k];
    if (v === undefined || !re.test(v))
      throw new SmsFormatError(`field ${k} is ${v === undefined ? 'missing' : `not valid ("${v}")`}`);
    return v;
  };
  const ts = need('t', /^\d{8}T\d{6}Z$/);
  return {
    hubId: need('hub', /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/),
    deviceId: Number.parseInt(need('dev', /^[0-9A-F]{8}$/), 16),
    deviceType: Number(need('typ', /^\d{1,5}$/)),
    statusCode: Number(need('stc', /^\d{1,5}$/)),
    eventClass: cls,
    eventId: need('evt', /^\S{1,64}$/),
    atMs: Date.UTC(
      +ts.slice(0, 4),
      +ts.slice(4, 6) - 1,
      +ts.slice(6, 8),
      +ts.slice(9, 11),
      +ts.slice(11, 13),
      +ts.slice(13, 15),
    ),
    location,
  };
}
