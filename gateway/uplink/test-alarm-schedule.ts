/**
 * The automatic test alarm (docs/uplink.md, "Automatic test alarm"): every hub sends one TEST event
 * per `uplink.testAlarmInterval` through the whole chain and expects its receipt; none within the
 * deadline is a TEST_ALARM_FAILED notice (`TestAlarm`).
 *
 * The hub's tests fall on fixed instants: `k · interval + phase · interval` from the Unix epoch,
 * where `phase` in [0, 1) is drawn at random once per hub and persisted. So a fleet is spread
 * evenly over the interval, and stays spread after a fleet-wide restart or power cut: a restart
 * neither re-draws the phase nor sends a test on start-up (both would line hubs up on the restart
 * instant). A hub that was off at its instant waits for the next one.
 */
import type { Logger } from 'pino';
import type { Clock, Timer } from '../../protocol/clock.ts';

/** How long an automatic test waits for its receipt (at most one interval, so two never overlap). */
export const TEST_ALARM_DEADLINE_MS = 600_000;

/** Where the hub keeps its phase: the stored one, or `draw()`'s, stored first. */
export interface TestAlarmPhaseStore {
  testAlarmPhase(draw: () => number): number;
}

/** The first test instant strictly after `now` for `intervalMs` and `phase` in [0, 1). */
export function nextTestAlarmAt(now: number, intervalMs: number, phase: number): number {
  const offset = Math.floor(phase * intervalMs);
  return (Math.floor((now - offset) / intervalMs) + 1) * intervalMs + offset;
}

export class TestAlarmSchedule {
  private timer: Timer | undefined;
  private phase = 0;
  private running = false;
  private due = 0;

  constructor(
    /** Sends one test alarm and settles once it is receipted or has failed (`TestAlarm.send`). */
    private readonly send: (deadlineMs: number) => Promise<unknown>,
    private readonly phases: TestAlarmPhaseStore,
    /** 0: no automatic test alarm. */
    private readonly intervalMs: number,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly random: () => number = Math.random,
  ) {}

  /** The next test instant, or null when off or stopped. */
  get nextAt(): number | null {
    return this.running ? this.due : null;
  }

  start(): void {
    if (this.running || this.intervalMs <= 0) return;
    this.running = true;
    this.phase = this.phases.testAlarmPhase(this.random);
    this.arm(this.clock.now());
    const at = new Date(this.due).toISOString();
    this.log.info(
      { intervalMs: this.intervalMs, phase: this.phase, next: at },
      'automatic test alarm scheduled',
    );
  }

  stop(): void {
    this.running = false;
    this.timer?.cancel();
    this.timer = undefined;
  }

  private arm(after: number): void {
    this.due = nextTestAlarmAt(after, this.intervalMs, this.phase);
    this.timer = this.clock.setTimer(this.due - this.clock.now(), () => this.fire());
  }

  private fire(): void {
    if (!this.running) return;
    const slot = this.due;
    // Timers run on monotonic time: after a wall-clock step this fires at the planned distance,
    // and the next instant is counted from the later of the two so a step back sends no extra.
    this.arm(Math.max(this.clock.now(), slot));
    const deadlineMs = Math.min(TEST_ALARM_DEADLINE_MS, this.intervalMs);
    let sending: Promise<unknown>;
    try {
      sending = this.send(deadlineMs);
    } catch (err) {
      this.log.error({ err: (err as Error).message }, 'automatic test alarm not queued');
      return;
    }
    // The failure is already a TEST_ALARM_FAILED notice and a warning from TestAlarm.
    sending.catch(() => {});
  }
}
