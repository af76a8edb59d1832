/**
 * The systemd watchdog, fed only while the daemon is healthy. Every half WatchdogSec the daemon's
 * liveness check runs; WATCHDOG=1 is sent only when it passes. A stalled event loop sends
 * nothing because this tick cannot run; a store that cannot take a write withholds the ping. In
 * both cases systemd kills and restarts the service when WatchdogSec runs out.
 */
import type { Logger } from 'pino';
import { type Clock, every, type Timer } from '../../protocol/clock.ts';
import type { SdNotify } from './sd-notify.ts';

/** Returns why the daemon is unhealthy now, or null when it is healthy. */
export type LivenessCheck = () => string | null;

export class ServiceWatchdog {
  private tick: Timer | undefined;
  private failing: string | null = null;

  constructor(
    private readonly notify: SdNotify,
    private readonly clock: Clock,
    private readonly timeoutMs: number,
    private readonly check: LivenessCheck,
    private readonly log: Logger,
    /** The STATUS= line once healthy again. */
    private readonly statusLine: () => string = () => 'running',
  ) {}

  /** The ping period: half the timeout, as sd_watchdog_enabled(3) advises. */
  get periodMs(): number {
    return Math.max(1, Math.floor(this.timeoutMs / 2));
  }

  /** The first ping comes one period after READY=1 (which systemd counts as a ping), never racing it. */
  start(): void {
    this.tick = every(this.clock, this.periodMs, () => this.ping());
  }

  stop(): void {
    this.tick?.cancel();
    this.tick = undefined;
  }

  private ping(): void {
    let problem: string | null;
    try {
      problem = this.check();
    } catch (err) {
      problem = `liveness check failed: ${(err as Error).message}`;
    }
    if (problem === null) {
      if (this.failing !== null) {
        this.log.info({ was: this.failing }, 'healthy again; watchdog pings resumed');
        this.notify.send({ STATUS: this.statusLine() });
      }
      this.failing = null;
      this.notify.send({ WATCHDOG: 1 });
      return;
    }
    if (problem !== this.failing) {
      this.log.error(
        { reason: problem, watchdogMs: this.timeoutMs },
        'unhealthy: watchdog ping withheld; systemd restarts the service if this lasts',
      );
      this.notify.send({ STATUS: `unhealthy: ${problem}` });
    }
    this.failing = problem;
  }
}
