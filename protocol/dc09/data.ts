/**
 * What goes after `#acct|` in the data block: a Contact ID event (`ADM-CID`) or a SIA event
 * (`SIA-DCS`).
 *
 * Contact ID: `QEEE GG ZZZ` — qualifier (1 new event, 3 restore, 6 still present / status),
 * three-digit event code, two-digit group (partition), three-digit zone (or user).
 * SIA: `Nri<group>/<CC><zone>` — N new event, ri + area, two-letter event code, zone.
 */
import { Dc09Error, Dc09ErrorCode } from './errors.ts';

export type Qualifier = 1 | 3 | 6;

export interface EventFields {
  qualifier: Qualifier;
  /** Contact ID event code, 100–999. */
  cid: number;
  /** SIA two-letter code. */
  sia: string;
  /** Group / partition / area, 0–99. */
  group: number;
  /** Zone (device or location), 0–999. */
  zone: number;
}

function range(n: number, lo: number, hi: number, what: string): void {
  if (!Number.isInteger(n) || n < lo || n > hi)
    throw new Dc09Error(Dc09ErrorCode.ENCODE, `${what} ${n} is not an integer ${lo}–${hi}`);
}

export function contactIdData(e: EventFields): string {
  range(e.cid, 0, 999, 'Contact ID code');
  range(e.group, 0, 99, 'group');
  range(e.zone, 0, 999, 'zone');
  return `${e.qualifier}${String(e.cid).padStart(3, '0')} ${String(e.group).padStart(2, '0')} ${String(e.zone).padStart(3, '0')}`;
}

export function siaData(e: EventFields): string {
  range(e.group, 0, 99, 'group');
  range(e.zone, 0, 999, 'zone');
  if (!/^[A-Z]{2}$/.test(e.sia))
    throw new Dc09Error(Dc09ErrorCode.ENCODE, `SIA code "${e.sia}" is not two letters`);
  return `Nri${e.group}/${e.sia}${String(e.zone).padStart(3, '0')}`;
}

export function parseContactId(data: string): {
  qualifier: number;
  cid: number;
  group: number;
  zone: number;
} {
  const m = /^([136])(\d{3}) (\d{2}) (\d{3})$/.exec(data);
  if (!m) throw new Dc09Error(Dc09ErrorCode.DATA, `"${data}" is not a Contact ID event QEEE GG ZZZ`);
  return { qualifier: Number(m[1]), cid: Number(m[2]), group: Number(m[3]), zone: Number(m[4]) };
}

export function parseSia(data: string): { sia: string; group: number; zone: number } {
  const m = /^Nri(\d{1,2})\/([A-Z]{2})(\d{1,4})$/.exec(data);
  if (!m) throw new Dc09Error(Dc09ErrorCode.DATA, `"${data}" is not a SIA event Nri<group>/<CC><zone>`);
  return { sia: m[2]!, group: Number(m[1]), zone: Number(m[3]) };
}
