/**
 * Reusable config field validators. Every message reads "what is wrong — how to fix it", so the
 * loader can print `field: message` and an installer knows what to change.
 */
import { z } from 'zod';
import { parseDuration } from '../../protocol/duration.ts';

export const fix = (what: string, how: string): string => `${what} — ${how}`;

/** A duration written like "30s", "10m", "2h", with optional bounds. */
export function duration(def: string, min = 0, max = Number.POSITIVE_INFINITY) {
  const msg = fix('must be a duration', `write e.g. "${def}" (units ms, s, m, h, d)`);
  return z
    .string({ error: msg })
    .default(def)
    .refine((s) => parseDuration(s) !== undefined, { message: msg })
    .transform((s) => parseDuration(s)!)
    .refine((ms) => ms >= min && ms <= max, {
      message: fix(
        'is out of range',
        `use between ${fmt(min)} and ${Number.isFinite(max) ? fmt(max) : 'any length'}`,
      ),
    });
}

/**
 * A period that can be switched off: a duration as `duration` does, or `0` / `"off"` (→ 0).
 * `false` too, which is what YAML 1.1 tools write for an unquoted off.
 */
export function durationOrOff(def: string, min: number, max: number) {
  const msg = fix('must be a duration or off', `write e.g. "${def}", or off (units ms, s, m, h, d)`);
  const parse = (v: unknown): number | undefined => {
    if (v === 0 || v === false || v === '0' || v === 'off') return 0;
    return typeof v === 'string' ? parseDuration(v) : undefined;
  };
  return z
    .union([z.string(), z.number(), z.boolean()], { error: msg })
    .default(def)
    .refine((v) => parse(v) !== undefined, { message: msg })
    .transform((v) => parse(v)!)
    .refine((ms) => ms === 0 || (ms >= min && ms <= max), {
      message: fix('is out of range', `use between ${fmt(min)} and ${fmt(max)}, or off`),
    });
}

export function int(def: number, min: number, max: number) {
  return z
    .number({ error: fix('must be a whole number', `write a number between ${min} and ${max}, e.g. ${def}`) })
    .int({ error: fix('must be a whole number', `write a number between ${min} and ${max}`) })
    .min(min, { error: fix(`is below ${min}`, `use ${min} to ${max}`) })
    .max(max, { error: fix(`is above ${max}`, `use ${min} to ${max}`) })
    .default(def);
}

export const path = (what: string) =>
  z
    .string({ error: fix(`must be a file path`, `give the path of the ${what}`) })
    .min(1, { error: fix('is empty', `give the path of the ${what}`) });

function fmt(ms: number): string {
  if (ms > 86_400_000 && ms % 86_400_000 === 0) return `${ms / 86_400_000}d`;
  if (ms >= 3_600_000 && ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms >= 1000 && ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}
