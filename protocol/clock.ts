/**
 * Time, injected. Every timer-driven part of Vakt (supervision, heartbeats, backoff, receipts)
 * takes a `Clock`; tests drive a `FakeClock`, soaks compress time with it. Real-time clocks live
 * in the rooms that own I/O (gateway/, firmware-sim/); this file has no real timers.
 */

/** Node's timers overflow above 2^31−1 ms (≈ 24.8 days) and then fire at once. */
export const MAX_TIMER_MS = 2_147_483_647;

export interface Timer {
  cancel(): void;
}

export interface Clock {
  /** Wall-clock time, ms since the Unix epoch. */
  now(): number;
  /** Calls `fn` once after `ms` (clamped to [0, MAX_TIMER_MS] by the implementation's scheduler). */
  setTimer(ms: number, fn: () => void): Timer;
}

/** A delay that is safe to hand to `setTimeout`: finite, ≥ 0, ≤ MAX_TIMER_MS. */
export function clampDelay(ms: number): number {
  if (!Number.isFinite(ms) || ms <= 0) return 0;
  return Math.min(ms, MAX_TIMER_MS);
}

/** Calls `fn` every `ms` until cancelled. Drift-free relative to the clock's own time. */
export function every(clock: Clock, ms: number, fn: () => void): Timer {
  let next = clock.now() + ms;
  let current: Timer;
  let cancelled = false;
  const arm = (): void => {
    // A wall-clock step (or a long stall) puts `next` far from now: resynchronise instead of
    // waiting out a backward step or firing a burst to catch up with a forward one.
    if (Math.abs(next - clock.now()) > ms) next = clock.now() + ms;
    current = clock.setTimer(next - clock.now(), () => {
      if (cancelled) return;
      next += ms;
      arm();
      fn();
    });
  };
  arm();
  return {
    cancel(): void {
      cancelled = true;
      current.cancel();
    },
  };
}

interface Pending {
  at: number;
  order: number;
  fn: () => void;
  cancelled: boolean;
}

/**
 * Deterministic virtual time. `advance(ms)` runs every timer due in that span in time order;
 * `advanceAsync(ms)` does the same but lets promises settle between timers, for code under test
 * that awaits between steps.
 */
export class FakeClock implements Clock {
  private time: number;
  private order = 0;
  private pending: Pending[] = [];

  constructor(start = Date.UTC(2026, 0, 1)) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimer(ms: number, fn: () => void): Timer {
    const entry: Pending = { at: this.time + clampDelay(ms), order: this.order++, fn, cancelled: false };
    this.pending.push(entry);
    return {
      cancel: () => {
        entry.cancelled = true;
      },
    };
  }

  /**
   * Steps wall time as an NTP step or an RTC fault would. Timers run on monotonic time, as
   * Node's do, so pending timers stay the same distance away.
   */
  jump(ms: number): void {
    this.time += ms;
    for (const p of this.pending) p.at += ms;
  }

  /** Time passes but no timer runs (a blocked event loop); due timers then fire late on `advance`. */
  stall(ms: number): void {
    this.time += ms;
  }

  /** Number of timers not yet fired or cancelled. */
  get timerCount(): number {
    return this.pending.filter((p) => !p.cancelled).length;
  }

  advance(ms: number): void {
    const until = this.time + ms;
    for (let next = this.takeNext(until); next; next = this.takeNext(until)) {
      this.time = Math.max(this.time, next.at);
      next.fn();
    }
    this.time = until;
  }

  async advanceAsync(ms: number): Promise<void> {
    const until = this.time + ms;
    await settle();
    for (let next = this.takeNext(until); next; next = this.takeNext(until)) {
      this.time = Math.max(this.time, next.at);
      next.fn();
      await settle();
    }
    this.time = until;
    await settle();
  }

  private takeNext(until: number): Pending | undefined {
    this.pending = this.pending.filter((p) => !p.cancelled);
    let best: Pending | undefined;
    for (const p of this.pending) {
      if (p.at <= until && (!best || p.at < best.at || (p.at === best.at && p.order < best.order))) best = p;
    }
    if (best) best.cancelled = true;
    return best;
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  await new Promise<void>((resolve) => setImmediate(resolve));
}
