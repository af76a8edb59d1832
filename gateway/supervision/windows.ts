/**
 * How long a device may stay silent. Period: config override for its type, else the period the
 * device states in its heartbeats, else the default for its type. "Missing" after `missed`
 * consecutive periods, widened by the jitter tolerance — never after one. Heartbeats jitter ±10 %
 * each, so the third can come 3.3 periods after the last one heard: the default window
 * 3 × 1.2 = 3.6 periods (36 min for a pendant) never fires on jitter alone.
 *
 * A stated period is a claim over the radio, so it is clamped: never longer than the type's
 * default (one heartbeat stating 65,535 s would otherwise push "missing" out to 65 h), never
 * shorter than a minute. Only the installer's config override may lengthen a window.
 */
import { DeviceType, deviceTypeName } from '../../protocol/codes/scaip.ts';

export const DEFAULT_PERIOD_S: Record<number, number> = { [DeviceType.SMOKE_DETECTOR]: 900 };
export const FALLBACK_PERIOD_S = 600;
/** Shortest stated period believed: a shorter claim would make a window of seconds. */
export const MIN_STATED_PERIOD_S = 60;

/** The longest period a device of this type may state: its type's default. */
export function maxStatedPeriodS(deviceType: number): number {
  return DEFAULT_PERIOD_S[deviceType] ?? FALLBACK_PERIOD_S;
}

/** The stated period as supervision uses it: clamped to 60 s .. the type's maximum. */
export function clampStatedPeriodS(deviceType: number, statedS: number): number {
  return Math.min(maxStatedPeriodS(deviceType), Math.max(MIN_STATED_PERIOD_S, statedS));
}

export interface WindowSettings {
  missedHeartbeats: number;
  jitterTolerance: number;
  /** Overrides by device type name ("smoke_detector"), in ms. */
  periods: Record<string, number>;
}

export function periodMs(deviceType: number, statedS: number | null, s: WindowSettings): number {
  const override = s.periods[deviceTypeName(deviceType)];
  if (override !== undefined) return override;
  if (statedS) return clampStatedPeriodS(deviceType, statedS) * 1000;
  return maxStatedPeriodS(deviceType) * 1000;
}

/** Silence after which the device is declared missing. */
export function missingAfterMs(deviceType: number, statedS: number | null, s: WindowSettings): number {
  return periodMs(deviceType, statedS, s) * s.missedHeartbeats * (1 + s.jitterTolerance);
}
