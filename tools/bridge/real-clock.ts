/** The host's time and timers, for the bridge process (tests pass their own Clock). */
import { type Clock, clampDelay } from '../../protocol/clock.ts';

export const realClock: Clock = {
  now: () => Date.now(),
  setTimer(ms, fn) {
    const t = setTimeout(fn, clampDelay(ms));
    t.unref();
    return { cancel: () => clearTimeout(t) };
  },
};
