/** DC-09 timestamps: `_HH:MM:SS,MM-DD-YYYY`, always UTC. */
import { Dc09Error, Dc09ErrorCode } from './errors.ts';

const two = (n: number): string => String(n).padStart(2, '0');

/** ms since the epoch → `_HH:MM:SS,MM-DD-YYYY` (UTC; milliseconds dropped). */
export function formatTimestamp(ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime()) || d.getUTCFullYear() > 9999 || d.getUTCFullYear() < 1000)
    throw new Dc09Error(Dc09ErrorCode.ENCODE, `time ${ms} cannot be written as a DC-09 timestamp`);
  return `_${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())},${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}-${d.getUTCFullYear()}`;
}

const PATTERN = /^_(\d{2}):(\d{2}):(\d{2}),(\d{2})-(\d{2})-(\d{4})$/;

/** `_HH:MM:SS,MM-DD-YYYY` → ms since the epoch; throws E_DC09_TIMESTAMP. */
export function parseTimestamp(text: string): number {
  const m = PATTERN.exec(text);
  if (!m)
    throw new Dc09Error(
      Dc09ErrorCode.TIMESTAMP,
      `timestamp "${text.slice(0, 24)}" is not _HH:MM:SS,MM-DD-YYYY`,
    );
  const [h, mi, s, mo, d, y] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  if (
    h > 23 ||
    mi > 59 ||
    s > 59 ||
    back.getUTCMonth() !== mo - 1 ||
    back.getUTCDate() !== d ||
    back.getUTCFullYear() !== y
  )
    throw new Dc09Error(Dc09ErrorCode.TIMESTAMP, `timestamp "${text}" names a time that does not exist`);
  return ms;
}
