/**
 * "The uplink was down from … to …, N events delayed, max delay …" — measured, and reported once
 * the backlog of the outage has been receipted. Outages shorter than the report threshold are
 * not reported (a reconnect blip is not a technical alarm); every event still goes out.
 */
import type { vakt } from '../../protocol/uplink/index.ts';

export interface OutageReport extends vakt.v1.IUplinkOutage {
  fromMs: number;
  toMs: number;
  eventsDelayed: number;
  maxDelayMs: number;
}

export class OutageTracker {
  private downFrom: number | null;
  private upAt: number | null = null;
  private waiting = new Set<string>();
  private maxDelay = 0;
  private delayed = 0;

  /** Starts "down": a hub that never connects after boot is in an outage since boot. */
  constructor(
    bootAt: number,
    private readonly reportAfterMs: number,
  ) {
    this.downFrom = bootAt;
  }

  get downSince(): number | null {
    return this.upAt === null ? this.downFrom : null;
  }

  down(now: number): void {
    if (this.downFrom !== null && this.upAt === null) return;
    if (this.downFrom !== null && this.upAt !== null) {
      // Down again before the last backlog drained: one longer outage.
      this.upAt = null;
      return;
    }
    this.downFrom = now;
  }

  /** The first receipt after an outage: events created before now were delayed. */
  up(now: number, pending: Array<{ eventId: string; createdAt: number }>): void {
    if (this.downFrom === null || this.upAt !== null) return;
    this.upAt = now;
    this.waiting = new Set(pending.map((p) => p.eventId));
  }

  /** An event was receipted; returns the report when the outage's backlog is done. */
  receipted(eventId: string, createdAt: number | undefined, now: number): OutageReport | undefined {
    if (this.downFrom === null || this.upAt === null) return undefined;
    if (this.waiting.delete(eventId)) {
      this.delayed++;
      if (createdAt !== undefined) this.maxDelay = Math.max(this.maxDelay, now - createdAt);
    }
    if (this.waiting.size > 0) return undefined;
    const report: OutageReport = {
      fromMs: this.downFrom,
      toMs: this.upAt,
      eventsDelayed: this.delayed,
      maxDelayMs: this.maxDelay,
    };
    this.downFrom = null;
    this.upAt = null;
    this.delayed = 0;
    this.maxDelay = 0;
    return report.toMs - report.fromMs >= this.reportAfterMs ? report : undefined;
  }
}
