/**
 * Event ids: unique per hub, sortable by creation time, never reused across restarts. 9 base-36
 * characters of milliseconds (good until the year 5188) and 8 of randomness (41 bits), so two
 * ids made in the same millisecond — or after the clock stepped back — still differ.
 */
import { randomBytes } from 'node:crypto';

export function newEventId(nowMs: number): string {
  const time = Math.max(0, Math.floor(nowMs)).toString(36).padStart(9, '0');
  const rand = randomBytes(6).readUIntBE(0, 6).toString(36).padStart(10, '0').slice(-8);
  return `${time}${rand}`;
}
