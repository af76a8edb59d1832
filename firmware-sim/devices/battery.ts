/**
 * Battery model: drains with time and with every transmission; reports "battery low" once per
 * threshold crossed (25 %, 15 %, 5 %), never again for the same threshold; dead at 0 %.
 */
export const LOW_THRESHOLDS = [25, 15, 5] as const;

export interface BatteryOptions {
  /** Starting level, percent. */
  level?: number;
  /** Percent lost per hour of scenario time. Default: a 5-year battery. */
  drainPerHour?: number;
  /** Percent lost per radio transmission. */
  drainPerTransmission?: number;
}

export class Battery {
  private levelValue: number;
  private readonly reported = new Set<number>();
  private readonly drainPerMs: number;
  private readonly drainPerTx: number;

  constructor(options: BatteryOptions = {}) {
    this.levelValue = options.level ?? 100;
    this.drainPerMs = (options.drainPerHour ?? 100 / (5 * 365 * 24)) / 3_600_000;
    this.drainPerTx = options.drainPerTransmission ?? 0.0005;
    for (const t of LOW_THRESHOLDS) if (this.levelValue <= t) this.reported.add(t);
  }

  /** Whole percent, as the device reports it. */
  get level(): number {
    return Math.max(0, Math.ceil(this.levelValue));
  }

  get dead(): boolean {
    return this.levelValue <= 0;
  }

  get low(): boolean {
    return this.levelValue <= LOW_THRESHOLDS[0];
  }

  elapse(ms: number): void {
    this.levelValue = Math.max(0, this.levelValue - ms * this.drainPerMs);
  }

  transmitted(): void {
    this.levelValue = Math.max(0, this.levelValue - this.drainPerTx);
  }

  /** Empties the battery at once (fault injection). */
  die(): void {
    this.levelValue = 0;
  }

  replace(level = 100): void {
    this.levelValue = level;
    this.reported.clear();
  }

  /** The highest threshold newly crossed since the last call, if any: report it once. */
  takeNewThreshold(): number | undefined {
    let crossed: number | undefined;
    for (const t of LOW_THRESHOLDS) {
      if (this.levelValue <= t && !this.reported.has(t)) {
        this.reported.add(t);
        crossed ??= t;
      }
    }
    return crossed;
  }
}
