/**
 * DC-09 messages, both directions: `<LF>` CRC `0LLL` `"id"` seq `[Rrcvr]` `Lpref` `[#acct]`
 * `[data]` `[x…]`* `[_timestamp]` `<CR>`. Encrypted (`"*id"`), everything after the data block's
 * `[` is hex of AES-CBC(pad `|`data `]` `[x…]`* `_timestamp`). No I/O; the pad's randomness can
 * be injected (test vectors).
 */
import { randomBytes } from 'node:crypto';
import { decryptBlocks, encryptBlocks, padFor } from './cipher.ts';
import { crc16Arc, hex4 } from './crc.ts';
import { Dc09Error, Dc09ErrorCode } from './errors.ts';
import { formatTimestamp, parseTimestamp } from './timestamp.ts';

export const EVENT_IDS = ['SIA-DCS', 'ADM-CID', 'NULL'] as const;
export const REPLY_IDS = ['ACK', 'NAK', 'DUH', 'RSP'] as const;
export type Dc09Id = (typeof EVENT_IDS)[number] | (typeof REPLY_IDS)[number];

export interface ExtendedData {
  /** One upper-case letter: I alarm text, L location, H time of occurrence, … */
  id: string;
  value: string;
}

export interface Dc09Message {
  id: Dc09Id;
  /** 0–9999; transmitters count 0001–9999 and wrap to 0001, a NAK carries 0000. */
  seq: number;
  /** Receiver number, 1–6 hex digits, or undefined when not sent. */
  receiver?: string | undefined;
  /** Account prefix (line), 1–6 hex digits; "0" when the centre assigns none. */
  line: string;
  /** Account, 3–16 hex digits; undefined in a NAK. */
  account?: string | undefined;
  /** What follows `#acct|` in the data block (e.g. "1101 01 012"); undefined for an empty `[]`. */
  data?: string | undefined;
  extended: ExtendedData[];
  /** The timestamp, ms since the epoch (UTC, whole seconds); undefined when absent. */
  timeMs?: number | undefined;
  /** True when the message was (or is to be) sent encrypted (`"*id"`). */
  encrypted: boolean;
}

export interface EncodeOptions {
  /** AES key (16/24/32 bytes): the message is sent encrypted. */
  key?: Buffer | undefined;
  /** Random bytes for the pad; node:crypto's randomBytes outside tests. */
  random?: (n: number) => Uint8Array;
}

/** Longest message body the 0LLL length field can state. */
export const MAX_BODY = 0xfff;
const HEX = (min: number, max: number) => new RegExp(`^[0-9A-F]{${min},${max}}$`);
const RECEIVER = HEX(1, 6);
const ACCOUNT = HEX(3, 16);
const TEXT = /^[\x20-\x7e]*$/;
const BAD_DATA = /[[\]]/;

function check(ok: boolean, message: string): void {
  if (!ok) throw new Dc09Error(Dc09ErrorCode.ENCODE, message);
}

function checkFields(m: Dc09Message): void {
  check(Number.isInteger(m.seq) && m.seq >= 0 && m.seq <= 9999, `sequence ${m.seq} is not 0–9999`);
  check(
    m.receiver === undefined || RECEIVER.test(m.receiver),
    `receiver "${m.receiver}" is not 1–6 hex digits`,
  );
  check(RECEIVER.test(m.line), `line prefix "${m.line}" is not 1–6 upper-case hex digits`);
  check(m.account === undefined || ACCOUNT.test(m.account), `account "${m.account}" is not 3–16 hex digits`);
  check(m.data === undefined || m.account !== undefined, 'a data block needs an account');
  check(
    m.data === undefined || (TEXT.test(m.data) && !BAD_DATA.test(m.data)),
    'data must be printable ASCII without [ or ]',
  );
  for (const x of m.extended)
    check(
      /^[A-Z]$/.test(x.id) && TEXT.test(x.value) && !BAD_DATA.test(x.value),
      `extended data [${x.id}…] must be one letter A–Z and printable ASCII without [ or ]`,
    );
}

/** The message as sent on the wire, `<LF>` … `<CR>`, ASCII. */
export function encodeMessage(m: Dc09Message, o: EncodeOptions = {}): string {
  checkFields(m);
  const encrypted = o.key !== undefined;
  check(!encrypted || m.timeMs !== undefined, 'an encrypted message must carry a timestamp');
  const head =
    `"${encrypted ? '*' : ''}${m.id}"${String(m.seq).padStart(4, '0')}` +
    `${m.receiver === undefined ? '' : `R${m.receiver}`}L${m.line}${m.account === undefined ? '' : `#${m.account}`}[`;
  const tail =
    `]${m.extended.map((x) => `[${x.id}${x.value}]`).join('')}` +
    (m.timeMs === undefined ? '' : formatTimestamp(m.timeMs));
  let body: string;
  if (o.key) {
    const inner = `${m.data === undefined ? '' : `|${m.data}`}${tail}`;
    const random = o.random ?? randomBytes;
    body = head + encryptBlocks(o.key, padFor(inner.length, random) + inner);
  } else {
    body = head + (m.data === undefined ? '' : `#${m.account}|${m.data}`) + tail;
  }
  check(body.length <= MAX_BODY, `message is ${body.length} characters; DC-09 allows ${MAX_BODY}`);
  return `\n${hex4(crc16Arc(body))}0${body.length.toString(16).toUpperCase().padStart(3, '0')}${body}\r`;
}

export interface DecodeOptions {
  /** The key for an encrypted message's account (undefined: none configured). */
  keyFor?: (account: string | undefined) => Buffer | undefined;
}

const HEAD =
  /^"(\*?)([A-Z-]{3,8})"(\d{4})(?:R([0-9A-Fa-f]{1,6}))?L([0-9A-Fa-f]{1,6})(?:#([0-9A-Fa-f]{3,16})|A[0-9A-Fa-f]{1,16})?\[/;
const IDS: readonly string[] = [...EVENT_IDS, ...REPLY_IDS];

/** One message, `<LF>` … `<CR>` included; throws Dc09Error with a stable code. */
export function decodeMessage(frame: string, o: DecodeOptions = {}): Dc09Message {
  if (frame.length < 10 || frame[0] !== '\n' || frame[frame.length - 1] !== '\r')
    throw new Dc09Error(Dc09ErrorCode.FRAME, 'a DC-09 message starts with <LF> and ends with <CR>');
  const crcText = frame.slice(1, 5);
  const lenText = frame.slice(5, 9);
  if (!/^[0-9A-Fa-f]{4}$/.test(crcText) || !/^0[0-9A-Fa-f]{3}$/.test(lenText))
    throw new Dc09Error(Dc09ErrorCode.FRAME, `"${crcText}${lenText}" is not a CRC and a 0LLL length`);
  const body = frame.slice(9, -1);
  if (Number.parseInt(lenText, 16) !== body.length)
    throw new Dc09Error(
      Dc09ErrorCode.LENGTH,
      `length field says ${Number.parseInt(lenText, 16)} characters, the message has ${body.length}`,
    );
  const crc = crc16Arc(body);
  if (crc !== Number.parseInt(crcText, 16))
    throw new Dc09Error(
      Dc09ErrorCode.CRC,
      `CRC ${crcText.toUpperCase()} in the message, ${hex4(crc)} computed`,
    );
  return decodeBody(body, o);
}

function decodeBody(body: string, o: DecodeOptions): Dc09Message {
  const h = HEAD.exec(body);
  if (!h) {
    const id = /^"\*?([^"]{0,12})"/.exec(body);
    if (id && !IDS.includes(id[1]!)) throw new Dc09Error(Dc09ErrorCode.ID, `unknown message id "${id[1]}"`);
    throw new Dc09Error(
      Dc09ErrorCode.FIELD,
      `header "${body.slice(0, 40)}" is not "id"seq[Rrcvr]Lpref[#acct][`,
    );
  }
  const [, star, id, seq, receiver, line, account] = h;
  if (!IDS.includes(id!)) throw new Dc09Error(Dc09ErrorCode.ID, `unknown message id "${id}"`);
  const encrypted = star === '*';
  let rest = body.slice(h[0].length);
  let data: string | undefined;
  if (encrypted) {
    const key = o.keyFor?.(account?.toUpperCase());
    if (!key)
      throw new Dc09Error(
        Dc09ErrorCode.KEY,
        `encrypted message for account ${account ?? '(none)'} but no key`,
      );
    const plain = decryptBlocks(key, rest);
    if (!TEXT.test(plain)) throw new Dc09Error(Dc09ErrorCode.KEY, 'decrypted text is not ASCII: wrong key?');
    rest = plain.slice(/^[^|[\]]*/.exec(plain)![0].length);
  }
  const close = rest.indexOf(']');
  if (close < 0) throw new Dc09Error(Dc09ErrorCode.DATA, 'data block has no closing ]');
  const block = rest.slice(0, close);
  if (block.includes('[')) throw new Dc09Error(Dc09ErrorCode.DATA, 'data block contains [');
  if (block !== '') {
    const bar = block.indexOf('|');
    data = bar < 0 ? block : block.slice(bar + 1);
  }
  const { extended, timeMs } = decodeTail(rest.slice(close + 1));
  return {
    id: id as Dc09Id,
    seq: Number(seq),
    receiver: receiver?.toUpperCase(),
    line: line!.toUpperCase(),
    account: account?.toUpperCase(),
    data,
    extended,
    timeMs,
    encrypted,
  };
}

function decodeTail(tail: string): { extended: ExtendedData[]; timeMs: number | undefined } {
  const extended: ExtendedData[] = [];
  let at = 0;
  while (tail[at] === '[') {
    const end = tail.indexOf(']', at);
    const x = end < 0 ? '' : tail.slice(at + 1, end);
    if (!/^[A-Z][^[]*$/.test(x))
      throw new Dc09Error(Dc09ErrorCode.DATA, `extended data "${tail.slice(at, at + 20)}" is not [Xvalue]`);
    extended.push({ id: x[0]!, value: x.slice(1) });
    at = end + 1;
  }
  const ts = tail.slice(at);
  return { extended, timeMs: ts === '' ? undefined : parseTimestamp(ts) };
}
