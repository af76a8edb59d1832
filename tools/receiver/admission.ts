/**
 * Admission control: is this receiver saturated, and may more work of a lane come in? Saturated
 * means the store's backlog is past `backlogHigh`, its last write took longer than `slowWriteMs`,
 * or the event loop lagged past `lagMs` (CPU). While saturated, test alarms are shed (answered
 * HOLD_AND_RESEND so the hub tries again later) and heartbeat writes coalesce; alarms and technical
 * alarms are never shed. Independently, each MQTT link stops taking messages while its lanes hold
 * more than `maxQueued` (the broker then holds them, within the link's in-flight window).
 */
import { type IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';
import type { EventStore, Lane } from './event-store.ts';

export interface AdmissionLimits {
  backlogHigh: number;
  slowWriteMs: number;
  lagMs: number;
  maxQueued: number;
}

export const DEFAULT_LIMITS: AdmissionLimits = {
  backlogHigh: 5_000,
  slowWriteMs: 1_000,
  lagMs: 200,
  maxQueued: 20_000,
};

export class Admission {
  private readonly lag: IntervalHistogram = monitorEventLoopDelay({ resolution: 20 });
  private lagP99Ms = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: () => EventStore | undefined,
    private readonly limits: AdmissionLimits = DEFAULT_LIMITS,
  ) {}

  start(): void {
    this.lag.enable();
    this.timer = setInterval(() => {
      this.lagP99Ms = this.lag.percentile(99) / 1e6;
      this.lag.reset();
    }, 1000);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.lag.disable();
  }

  saturated(): boolean {
    const s = this.store();
    if (!s) return false;
    const d = s.depth();
    const backlog = d.alarm + d.technical + d.routine + d.test + d.state;
    return (
      backlog > this.limits.backlogHigh ||
      s.lastWriteMs() > this.limits.slowWriteMs ||
      this.lagP99Ms > this.limits.lagMs
    );
  }

  /** Whether work of `lane` should be shed now rather than queued. */
  sheds(lane: Lane): boolean {
    return lane === 'test' && this.saturated();
  }

  /** Whether a link serving `lanes` must stop taking messages for now. */
  full(lanes: readonly Lane[]): boolean {
    const d = this.store()?.depth();
    if (!d) return false;
    let n = 0;
    for (const l of lanes) n += d[l];
    return n >= this.limits.maxQueued;
  }
}
