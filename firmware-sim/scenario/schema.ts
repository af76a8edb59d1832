/**
 * The scenario file format (docs/simulator.md): devices, a timeline of actions and fault windows,
 * and optional expectations. Validated with zod; every message says what a valid value looks like.
 */
import { z } from 'zod';
import { LocationCode } from '../../protocol/codes/scaip.ts';
import { parseDuration, parseRate } from '../../protocol/duration.ts';
import { parseInstallCode } from '../../protocol/serial/index.ts';
import { DEVICE_KIND_NAMES } from '../devices/kinds.ts';

const duration = z
  .string({ error: 'must be a duration such as "30s", "10m", "2h", "1d" or "1h30m"' })
  .refine((s) => parseDuration(s) !== undefined, {
    message: 'must be a duration such as "30s", "10m", "2h", "1d" or "1h30m"',
  })
  .transform((s) => parseDuration(s)!);
const rate = z
  .union([z.string(), z.number()], { error: 'must be a rate such as "1%" or 0.01' })
  .refine((v) => parseRate(v) !== undefined, {
    message: 'must be a rate between 0% and 100%, such as "1%" or 0.01',
  })
  .transform((v) => parseRate(v)!);
const hexId = z
  .string({ error: 'must be 8 hex digits as on the device label, e.g. "00A1B2C3"' })
  .regex(/^[0-9A-Fa-f]{8}$/, 'must be 8 hex digits as on the device label, e.g. "00A1B2C3"')
  .transform((s) => Number.parseInt(s, 16))
  .refine((n) => n !== 0 && n !== 0xffffffff, { message: '00000000 and FFFFFFFF are reserved addresses' });
const locationNames = Object.keys(LocationCode).map((k) => k.toLowerCase());
const location = z.union([
  z.enum(locationNames as [string, ...string[]], {
    error: `must be one of ${locationNames.join(', ')} or a SCAIP location number`,
  }),
  z.number().int().min(1).max(65535),
]);

export const deviceSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .regex(/^[A-Za-z0-9_-]+$/, 'may hold letters, digits, _ and - only'),
  id: hexId,
  kind: z.enum(DEVICE_KIND_NAMES, { error: `must be one of ${DEVICE_KIND_NAMES.join(', ')}` }),
  location: location.optional(),
  heartbeat: duration.optional(),
  battery: z.number().min(0).max(100).optional(),
  drainPerHour: z.number().min(0).optional(),
  rssi: z.number().int().min(-127).max(0).optional(),
  window: duration.optional(),
  /** In the dongle's pairing table at start; learn mode pairs only devices not in it (SPEC §6.8). */
  paired: z.boolean().default(false),
  /** Link version: 2 secures every frame (SPEC §4); 1 is a legacy, unauthenticated device. */
  link: z.enum(['v1', 'v2'], { error: 'must be v1 (legacy, unauthenticated) or v2 (secured)' }).default('v1'),
  /** The code printed on the device (v2); absent: derived from the id (`vakt sim codes` prints it). */
  installCode: z
    .string()
    .refine(
      (s) => {
        try {
          parseInstallCode(s);
          return true;
        } catch {
          return false;
        }
      },
      { message: 'must be 36 hex digits (16 code bytes and their CRC-16/X-25), as printed on a label' },
    )
    .optional(),
});

export const VERBS = [
  'press',
  'test',
  'pull',
  'fall',
  'cancel',
  'open',
  'close',
  'smoke',
  'clear',
  'activity',
  'tamper',
  'untamper',
  'battery-die',
  'battery-swap',
  'out-of-range',
  'in-range',
  'unplug',
  'replug',
  'jam',
  'unjam',
  'garbage',
  'clock-jump',
  'modem-no-sim',
  'modem-no-coverage',
  'modem-weak-signal',
  'modem-ok',
] as const;
export const FAULTS = ['bit-error', 'drop', 'truncate', 'duplicate', 'garbage', 'loss', 'collision'] as const;

const actionSchema = z.strictObject({
  at: duration,
  do: z
    .string()
    .regex(
      new RegExp(`^(${VERBS.join('|')})( [A-Za-z0-9_-]+)?$`),
      `must be "<verb> [device]" with a verb from: ${VERBS.join(', ')}`,
    ),
  for: duration.optional(),
  by: duration.optional(),
  bytes: z.number().int().min(1).max(4096).optional(),
});
const faultSchema = z.strictObject({
  from: duration,
  to: duration,
  fault: z.enum(FAULTS, { error: `must be one of ${FAULTS.join(', ')}` }),
  rate,
  device: z.string().optional(),
});

export const expectationSchema = z.union(
  [
    z.strictObject({ 'alarms-acked-within': duration }),
    z.strictObject({ 'no-give-ups': z.literal(true) }),
    z.strictObject({ 'acked-at-least': z.number().int().min(0) }),
    z.strictObject({ 'sms-sent': z.number().int().min(0) }),
  ],
  {
    error:
      'must be one of: alarms-acked-within: <duration>, no-give-ups: true, acked-at-least: <n>, sms-sent: <n>',
  },
);

export const scenarioSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  seed: z.number().int().default(1),
  duration,
  receiver: z
    .strictObject({
      id: hexId.optional(),
      firmware: z
        .string()
        .regex(/^\d{1,3}\.\d{1,3}$/)
        .optional(),
      /** The version of the dongle's own frames on the serial line (SPEC §2.1). */
      version: z.union([z.literal(1), z.literal(2)], { error: 'must be 1 or 2' }).default(1),
    })
    .optional(),
  devices: z.array(deviceSchema).min(1, 'a scenario needs at least one device'),
  timeline: z
    .array(
      z.union([actionSchema, faultSchema], {
        error: 'each entry is either {at, do[, for]} or {from, to, fault, rate[, device]}',
      }),
    )
    .default([]),
  expect: z.array(expectationSchema).default([]),
});

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioDevice = z.output<typeof deviceSchema>;
export type ScenarioAction = z.output<typeof actionSchema>;
export type ScenarioFault = z.output<typeof faultSchema>;
export type Expectation = z.output<typeof expectationSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
