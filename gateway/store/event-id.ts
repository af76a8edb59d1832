/**
 * Event ids, unique per hub and never reused across restarts.
 *
 * A device event's id is derived from what the device repeats unchanged in every retransmission
 * (SPEC §5.2): hub id, device id, seq, event class, status code and uptime (seconds since the
 * device's last reset, i.e. which boot it was sent in). So the same transmission gets the same id
 * whether it is committed, forwarded from memory while storage fails, or first seen again after a
 * restart or a disk repair — the platform dedupes it. Seq alone wraps (65,536 transmissions) and a
 * device can lose its counter; together with uptime, two different events do not meet.
 *
 *   "d" + 16 base-36 digits of the first 80 bits of
 *   SHA-256("vakt-event/1|<hubId>|<device 8 hex>|<seq>|<class>|<code>|<uptime>")
 *
 * Every other event (technical, test, notices) gets a new id: 9 base-36 characters of
 * milliseconds (sortable, good until the year 5188) and 8 of randomness (41 bits), so two ids
 * made in the same millisecond — or after the clock stepped back — still differ.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { DeviceEventFrame } from '../../protocol/serial/index.ts';
import { hex32 } from '../../protocol/serial/index.ts';

export function newEventId(nowMs: number): string {
  const time = Math.max(0, Math.floor(nowMs)).toString(36).padStart(9, '0');
  const rand = randomBytes(6).readUIntBE(0, 6).toString(36).padStart(10, '0').slice(-8);
  return `${time}${rand}`;
}

type DeviceEventKey = Pick<DeviceEventFrame, 'deviceId' | 'seq' | 'eventClass' | 'statusCode' | 'uptime'>;

export function deviceEventId(hubId: string, f: DeviceEventKey): string {
  const input = `vakt-event/1|${hubId}|${hex32(f.deviceId)}|${f.seq}|${f.eventClass}|${f.statusCode}|${f.uptime}`;
  const digest = createHash('sha256').update(input).digest();
  const n = BigInt(`0x${digest.subarray(0, 10).toString('hex')}`);
  return `d${n.toString(36).padStart(16, '0')}`;
}
