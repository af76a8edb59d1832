/**
 * Hub self-supervision: the hub watches its own power, storage, clock and responsiveness, and
 * says so the way it speaks of devices — one technical alarm per root cause, raised after its
 * debounce and cleared with hysteresis. A clock step and an event-loop stall are over by the time
 * they are seen, so they are one-off notices (TECHNICAL_STATE_NOTICE), not open alarms.
 *
 * Stalls and clock steps are told apart with a monotonic clock: a timer that fires late by the
 * same amount on both clocks is a stall; wall time moving while monotonic time does not is a step.
 */
import type { Logger } from 'pino';
import { type Clock, every, type Timer } from '../../protocol/clock.ts';
import { StatusCode } from '../../protocol/codes/scaip.ts';
import type { TechnicalAlarmInput } from '../store/hub-store.ts';
import type { PowerSource } from './power-source.ts';
import type { StorageProbe } from './storage-probe.ts';

export interface HealthSink {
  raise(t: TechnicalAlarmInput): void;
  clear(key: string): void;
  notice(t: Omit<TechnicalAlarmInput, 'key'>): void;
}

export interface HealthSettings {
  /** How often stalls and clock steps are looked for. */
  tickMs: number;
  /** How often power and storage are read. */
  pollMs: number;
  /** Mains must stay off this long before MAINS_FAIL (power blips are not alarms). */
  mainsLostAfterMs: number;
  hubBatteryLowPercent: number;
  minFreeMb: number;
  /** A timer firing this much late is a stall. */
  stallAfterMs: number;
  /** Wall time stepping by more than this against monotonic time is reported. */
  clockStepAfterMs: number;
  /** Wall time before this is an unset clock (a hub without RTC before its first NTP sync). */
  saneAfterMs: number;
}

export const HEALTH_DEFAULTS: HealthSettings = {
  tickMs: 1_000,
  pollMs: 10_000,
  mainsLostAfterMs: 30_000,
  hubBatteryLowPercent: 20,
  minFreeMb: 64,
  stallAfterMs: 5_000,
  clockStepAfterMs: 60_000,
  saneAfterMs: Date.UTC(2026, 0, 1),
};

/** Battery back above low + this many points before HUB_BATTERY_LOW clears. */
const BATTERY_HYSTERESIS = 10;
/** Free space back above minFreeMb × this before STORAGE (full) clears. */
const FREE_HYSTERESIS = 1.25;

/** After a clock step, remote commands are refused for this long. */
export const CLOCK_SETTLE_MS = 600_000;

export class HubMonitor {
  private tick: Timer | undefined;
  private poll: Timer | undefined;
  private lastWall = 0;
  private lastMono = 0;
  private mainsOffSince: number | null = null;
  /** Monotonic time of the last clock step seen. */
  private steppedAtMono: number | null = null;
  private readonly open = new Set<string>();
  private readonly readings = {
    mains: null as boolean | null,
    batteryPercent: null as number | null,
    freeMb: null as number | null,
    writeError: null as string | null,
    lastStallMs: null as number | null,
    lastClockStepMs: null as number | null,
  };

  /** Last readings, for `vakt status` (a copy). */
  get snapshot(): Readonly<typeof this.readings> {
    return { ...this.readings };
  }

  constructor(
    private readonly clock: Clock,
    private readonly monotonic: () => number,
    private readonly power: PowerSource,
    private readonly storage: StorageProbe,
    private readonly settings: HealthSettings,
    private readonly sink: HealthSink,
    private readonly log: Logger,
  ) {}

  /**
   * Why wall time cannot be trusted to judge expiry now, or null: it stepped within the last
   * CLOCK_SETTLE_MS (monotonic), or it is unset. Remote commands wait for a steady clock.
   */
  clockTrust(): string | null {
    if (this.open.has('clock_unset')) return "the hub's clock is not set";
    if (this.steppedAtMono === null) return null;
    const ago = this.monotonic() - this.steppedAtMono;
    if (ago >= CLOCK_SETTLE_MS) return null;
    return `the hub's clock stepped ${Math.round(ago / 1000)} s ago (by ${Math.round((this.readings.lastClockStepMs ?? 0) / 1000)} s); commands wait until it has been steady for ${CLOCK_SETTLE_MS / 60_000} min`;
  }

  start(openKeys: Iterable<string> = []): void {
    for (const k of openKeys) this.open.add(k);
    this.lastWall = this.clock.now();
    this.lastMono = this.monotonic();
    this.tick = every(this.clock, this.settings.tickMs, () => this.onTick());
    this.poll = every(this.clock, this.settings.pollMs, () => this.onPoll());
    this.onPoll();
  }

  stop(): void {
    this.tick?.cancel();
    this.poll?.cancel();
  }

  private onTick(): void {
    const wall = this.clock.now();
    const mono = this.monotonic();
    const monoElapsed = mono - this.lastMono;
    const step = wall - this.lastWall - monoElapsed;
    const late = monoElapsed - this.settings.tickMs;
    this.lastWall = wall;
    this.lastMono = mono;
    if (Math.abs(step) > this.settings.clockStepAfterMs) {
      this.readings.lastClockStepMs = step;
      this.steppedAtMono = mono;
      this.log.warn({ stepMs: step }, 'hub clock stepped');
      this.sink.notice({
        kind: 'CLOCK_WRONG',
        rootCause: `the hub clock stepped ${step > 0 ? 'forward' : 'back'} by ${Math.round(Math.abs(step) / 1000)} s`,
        devices: [],
        action:
          'none if this follows a time sync after start-up; if it repeats, check the hub has network time (NTP) and its clock battery',
        details: { step_ms: String(step), from_ms: String(wall - monoElapsed - step), to_ms: String(wall) },
      });
    }
    if (late > this.settings.stallAfterMs) {
      this.readings.lastStallMs = late;
      this.log.error({ stallMs: late }, 'hub software stalled');
      this.sink.notice({
        kind: 'HUB_STALLED',
        rootCause: `the hub software did not run for ${(late / 1000).toFixed(1)} s`,
        devices: [],
        action:
          'if this repeats, check the hub for overload or a failing SD card (vakt diag) and replace the hub',
        details: { stall_ms: String(late) },
      });
    }
    this.setCondition('clock_unset', wall < this.settings.saneAfterMs, () => ({
      kind: 'CLOCK_WRONG',
      rootCause: `the hub clock is not set (it reads ${new Date(wall).toISOString()})`,
      devices: [],
      action: 'give the hub network time (NTP) or set its clock; event times are wrong until then',
    }));
  }

  private onPoll(): void {
    const now = this.clock.now();
    const p = this.power.read();
    this.readings.mains = p.mains;
    this.readings.batteryPercent = p.batteryPercent;
    if (p.mains === false) this.mainsOffSince ??= now;
    else this.mainsOffSince = null;
    const mainsLost =
      this.mainsOffSince !== null && now - this.mainsOffSince >= this.settings.mainsLostAfterMs;
    this.setCondition('mains_fail', mainsLost ? true : p.mains === false ? null : false, () => ({
      kind: 'MAINS_FAIL',
      rootCause: `the hub lost mains power and runs on its battery${p.batteryPercent === null ? '' : ` (${p.batteryPercent} %)`}`,
      devices: [],
      action: "check the hub's power adapter and the wall socket",
      statusCode: StatusCode.MAINS_FAIL,
      details:
        p.batteryPercent === null
          ? {}
          : ({ battery_percent: String(p.batteryPercent) } as Record<string, string>),
    }));
    const low = this.settings.hubBatteryLowPercent;
    const b = p.batteryPercent;
    this.setCondition(
      'hub_battery_low',
      b === null ? null : b <= low ? true : b >= low + BATTERY_HYSTERESIS ? false : null,
      () => ({
        kind: 'HUB_BATTERY_LOW',
        rootCause: `the hub's own battery is at ${b} %`,
        devices: [],
        action: 'restore mains power; replace the hub battery if it does not recharge',
        statusCode: StatusCode.BATTERY_LOW,
        details: { battery_percent: String(b) },
      }),
    );
    const s = this.storage.check();
    this.readings.freeMb = s.freeMb;
    this.readings.writeError = s.writeError;
    const min = this.settings.minFreeMb;
    this.setCondition(
      'storage_full',
      s.freeMb === null ? null : s.freeMb < min ? true : s.freeMb >= min * FREE_HYSTERESIS ? false : null,
      () => ({
        kind: 'STORAGE',
        rootCause: `the hub's storage has ${s.freeMb} MB free (needs ${min} MB)`,
        devices: [],
        action: 'free space on the hub (old logs) or replace its storage card; run vakt diag',
        details: { free_mb: String(s.freeMb) },
      }),
    );
    this.setCondition('storage_write', s.writeError !== null, () => ({
      kind: 'STORAGE',
      rootCause: `the hub cannot write its state (${s.writeError})`,
      devices: [],
      action: 'replace the hub storage card or the hub; alarms are forwarded but not kept across a restart',
      details: { error: String(s.writeError) },
    }));
  }

  /** `holds`: true raises, false clears, null (inside the hysteresis band or unknown) keeps. */
  private setCondition(
    key: string,
    holds: boolean | null,
    alarm: () => Omit<TechnicalAlarmInput, 'key'>,
  ): void {
    if (holds === true && !this.open.has(key)) {
      try {
        this.sink.raise({ key, ...alarm() });
        this.open.add(key);
        this.log.error({ key }, 'hub technical alarm raised');
      } catch (err) {
        // Storage may be what failed; the next poll tries again.
        this.log.error({ key, err: (err as Error).message }, 'hub technical alarm could not be stored');
      }
    } else if (holds === false && this.open.has(key)) {
      try {
        this.sink.clear(key);
        this.open.delete(key);
        this.log.info({ key }, 'hub technical alarm cleared');
      } catch (err) {
        this.log.error({ key, err: (err as Error).message }, 'hub technical alarm clear could not be stored');
      }
    }
  }
}
