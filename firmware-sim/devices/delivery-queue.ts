/**
 * A device's stop-and-wait delivery state (SPEC §5.4): events waiting in order, alarms ahead of
 * waiting events of other classes, and the one event in flight until it is ACKed or given up.
 */
import type { Timer } from '../../protocol/clock.ts';
import type { DeviceEventFrame, EventClass } from '../../protocol/serial/index.ts';

export interface Pending {
  eventClass: EventClass;
  statusCode: number;
  raisedAt: number;
}

export interface InFlight {
  frame: DeviceEventFrame;
  attempt: number;
  firstSentAt: number;
  timer: Timer;
}

/** Adds `pending` to `queue`: an alarm goes before the first waiting event that is not an alarm. */
export function enqueue(queue: Pending[], pending: Pending): void {
  const at = pending.eventClass === 'alarm' ? queue.findIndex((p) => p.eventClass !== 'alarm') : -1;
  if (at === -1) queue.push(pending);
  else queue.splice(at, 0, pending);
}
