/**
 * Time the hub could not hear its devices, and how much of it was jamming. Both are what a
 * forger with a transmitter controls, so neither may silence supervision: deaf time only
 * *extends* a device's window (by exactly the time the hub was deaf while the device was
 * silent), it never restarts it; and jamming is judged by its duty cycle over a long window, so
 * short bursts repeated forever add up to a RADIO_JAMMING instead of hiding under the threshold
 * of a continuous burst.
 */

/** Cumulative milliseconds during which the hub was deaf (receiver down or radio jammed). */
export class DeafTime {
  private total = 0;
  private since: number | undefined;

  /** Call on every change of either cause; `deaf` is whether any holds now. */
  update(deaf: boolean, now: number): void {
    if (deaf) {
      this.since ??= now;
      return;
    }
    if (this.since === undefined) return;
    this.total += now - this.since;
    this.since = undefined;
  }

  /** The running total at `now` (a device's window is extended by the difference of two readings). */
  at(now: number): number {
    return this.total + (this.since === undefined ? 0 : now - this.since);
  }
}

export interface JammingSettings {
  /** Trailing window over which jammed time is summed. */
  windowMs: number;
  /** Jammed time within the window that raises RADIO_JAMMING. */
  thresholdMs: number;
  /** RADIO_JAMMING clears after this long with no jamming at all. */
  quietMs: number;
}

/** 60 s of jamming within 2 h (0.83 % duty cycle), cleared after 1 h without any: docs/supervision.md. */
export const JAMMING_DEFAULTS: JammingSettings = {
  windowMs: 2 * 3_600_000,
  thresholdMs: 60_000,
  quietMs: 3_600_000,
};

/** Bursts kept for the window; the receiver reports every 10 s, so 2 h holds at most 720. */
const MAX_BURSTS = 2_000;

/** The jamming bursts of the trailing window and the jammed time they add up to. */
export class JammingDuty {
  private readonly bursts: Array<{ from: number; to: number }> = [];
  private since: number | undefined;
  private lastEnd: number | undefined;

  constructor(private readonly windowMs: number) {}

  get on(): boolean {
    return this.since !== undefined;
  }

  /** When jamming last ended (undefined while on, or if it never happened). */
  get endedAt(): number | undefined {
    return this.on ? undefined : this.lastEnd;
  }

  set(on: boolean, now: number): void {
    if (on) {
      this.since ??= now;
      return;
    }
    if (this.since === undefined) return;
    this.bursts.push({ from: this.since, to: now });
    if (this.bursts.length > MAX_BURSTS) this.bursts.shift();
    this.since = undefined;
    this.lastEnd = now;
  }

  /** Forgets past bursts: after a quiet period the count starts again (no re-raise on old bursts). */
  forget(): void {
    this.bursts.length = 0;
  }

  /** Jammed milliseconds within the trailing window ending at `now`, the burst in progress included. */
  jammedWithin(now: number): number {
    const start = now - this.windowMs;
    while (this.bursts.length > 0 && this.bursts[0]!.to <= start) this.bursts.shift();
    let sum = this.since === undefined ? 0 : now - Math.max(this.since, start);
    for (const b of this.bursts) sum += b.to - Math.max(b.from, start);
    return sum;
  }
}
