/**
 * Floods summarised in the log: the first problem of a kind in an interval is logged at once with
 * its details (one bad frame is worth seeing straight away); the rest of that interval are only
 * counted, and at its end one line per kind says how many more there were. So serial garbage, a
 * stream of bad commands or bad receipts costs two log lines a minute per kind, not one per input.
 * Kinds are fixed strings chosen by the code, so the map stays small.
 */
import type { Logger } from 'pino';
import type { Clock, Timer } from '../protocol/clock.ts';

export const TALLY_INTERVAL_MS = 60_000;

export class ProblemTally {
  private readonly counts = new Map<string, number>();
  private timer: Timer | undefined;

  constructor(
    private readonly log: Logger,
    private readonly clock: Clock,
    private readonly intervalMs = TALLY_INTERVAL_MS,
  ) {}

  /** One more problem of `kind`: logged (warn) if it is the first this interval, else counted. */
  count(kind: string, details: Record<string, unknown>, message: string): void {
    const seen = this.counts.get(kind);
    if (seen !== undefined) {
      this.counts.set(kind, seen + 1);
      return;
    }
    this.counts.set(kind, 0);
    this.log.warn({ problem: kind, ...details }, message);
    this.timer ??= this.clock.setTimer(this.intervalMs, () => this.flush());
  }

  /** Logs the counts of the interval that ends now and starts a new one. */
  flush(): void {
    this.timer?.cancel();
    this.timer = undefined;
    const seconds = Math.round(this.intervalMs / 1000);
    for (const [kind, more] of this.counts)
      if (more > 0)
        this.log.warn(
          { problem: kind, count: more, intervalS: seconds },
          `${more} more ${kind} in the last ${seconds} s (only the first was logged)`,
        );
    this.counts.clear();
  }

  stop(): void {
    this.flush();
  }
}
