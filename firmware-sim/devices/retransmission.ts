/**
 * The device-link retransmission schedule (SPEC §5.5): no ACK within 2 s of the first
 * transmission → retransmit; later waits 4, 8, 16, then 30 s, each ±25 %; give up after 60
 * transmissions of an alarm, 10 of anything else.
 */
import type { EventClass } from '../../protocol/serial/index.ts';
import { jitter, type Random } from '../random.ts';

const WAITS_S = [2, 4, 8, 16];
const CAP_S = 30;
export const ACK_TIMEOUT_MS = 2000;
export const JITTER = 0.25;
export const GIVE_UP_AFTER = { alarm: 60, other: 10 } as const;

/** Milliseconds to wait for an ACK after transmission number `attempt` (0 = first). */
export function waitAfter(attempt: number, random: Random): number {
  return jitter(random, (WAITS_S[attempt] ?? CAP_S) * 1000, JITTER);
}

/** Transmissions after which the device stops trying. */
export function giveUpAfter(eventClass: EventClass): number {
  return eventClass === 'alarm' ? GIVE_UP_AFTER.alarm : GIVE_UP_AFTER.other;
}
