/** The gateway's real clock: the host's time and timers, with long delays clamped. */
import { type Clock, clampDelay, type Timer } from '../../protocol/clock.ts';

export class SystemClock implements Clock {
  now(): number {
    return Date.now();
  }

  setTimer(ms: number, fn: () => void): Timer {
    const t = setTimeout(fn, clampDelay(ms));
    return { cancel: () => clearTimeout(t) };
  }
}
