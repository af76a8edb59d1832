/**
 * The params of every control-socket method (docs/control-socket.md), checked with zod before a
 * handler sees them. A bad request is one E_CONTROL_PARAMS error naming each field as config
 * errors do: `params.timeoutS: is above 600 — use 10 to 600`.
 */
import { z } from 'zod';
import { VaktError } from '../../protocol/errors.ts';
import { parseInstallCode } from '../../protocol/serial/index.ts';
import type { ControlMethod } from './protocol.ts';

const fix = (what: string, how: string): string => `${what} — ${how}`;

const deviceId = z.string({
  error: fix('must be a string', 'give the 8 hex digits on the device label, e.g. "00A1B2C3"'),
});

const int = (min: number, max: number, example: number) =>
  z
    .number({ error: fix('must be a whole number', `give ${min} to ${max}, e.g. ${example}`) })
    .int({ error: fix('must be a whole number', `give ${min} to ${max}, e.g. ${example}`) })
    .min(min, { error: fix(`is below ${min}`, `give ${min} to ${max}`) })
    .max(max, { error: fix(`is above ${max}`, `give ${min} to ${max}`) });

/** Longest label kept for a device; it is shown on one line in `vakt devices`. */
export const MAX_LABEL = 80;
const label = z
  .string({ error: fix('must be a string', 'give a short text, e.g. "bedroom pendant"') })
  .max(MAX_LABEL, { error: fix(`is longer than ${MAX_LABEL} characters`, 'give a shorter label') });
const location = int(0, 65_535, 12).describe('SCAIP location code');

/** Checked here (form and CRC) so a mistyped code never becomes a stored key. */
const installCode = z
  .string({ error: fix('must be a string', 'give the 36 hex digits printed on the device label') })
  .max(100, { error: fix('is too long', 'give the 36 hex digits printed on the device label') })
  .superRefine((s, ctx) => {
    try {
      parseInstallCode(s);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: fix((err as Error).message, 'type it again from the label') });
    }
  });

/** The installer's explicit consent to a version-1 device (SPEC §4.7); false is the same as absent. */
const allowUnauthenticated = z.boolean({
  error: fix('must be true or false', 'give true only for a version-1 device that has no install code'),
});

const none = z.strictObject({});

/** A config given inline must fit one request line (64 KiB) once JSON-escaped. */
export const MAX_RELOAD_TEXT = 48 * 1024;

export const PARAMS = {
  status: none,
  devices: none,
  technical: none,
  pair: z.strictObject({
    deviceId,
    deviceType: int(0, 255, 3).optional(),
    label: label.optional(),
    location: location.optional(),
    installCode: installCode.optional(),
    allowUnauthenticated: allowUnauthenticated.optional(),
  }),
  unpair: z.strictObject({ deviceId }),
  learn: z.strictObject({
    timeoutS: int(10, 600, 60).default(60),
    label: label.optional(),
    location: location.optional(),
    wait: z.boolean({ error: fix('must be true or false', 'give true to wait for the device') }).optional(),
    installCode: installCode.optional(),
    allowUnauthenticated: allowUnauthenticated.optional(),
  }),
  'learn-leave': none,
  events: z.strictObject({ limit: int(1, 1000, 50).default(50) }),
  'test-alarm': z.strictObject({
    deviceId: deviceId.optional(),
    timeoutMs: int(1000, 600_000, 30_000).default(30_000),
  }),
  subscribe: z.strictObject({
    frames: z
      .boolean({ error: fix('must be true or false', 'give true to hear every device frame, heartbeats too') })
      .default(false),
  }),
  backup: z.strictObject({
    path: z
      .string({ error: fix('must be a string', 'give the absolute path of the copy to write') })
      .refine((p) => p.startsWith('/') && p.length <= 4096, {
        error: fix('must be an absolute path', 'e.g. /var/lib/vakt/backups/hub.db'),
      }),
  }),
  receiver: z.strictObject({ timeoutMs: int(1000, 60_000, 5000).default(5000) }),
  reload: z.strictObject({
    dryRun: z.boolean({ error: fix('must be true or false', 'give true to only check') }).default(false),
    config: z
      .string({ error: fix('must be a string', 'give the YAML text of the new config, or leave it out') })
      .max(MAX_RELOAD_TEXT, {
        error: fix(
          `is longer than ${MAX_RELOAD_TEXT} characters`,
          'leave it out: the daemon re-reads its file',
        ),
      })
      .optional(),
  }),
} as const satisfies Record<ControlMethod, z.ZodType>;

export type ControlParams = { [M in ControlMethod]: z.output<(typeof PARAMS)[M]> };

/** `raw` checked against `method`'s schema; absent params are `{}`. */
export function parseParams<M extends ControlMethod>(method: M, raw: unknown): ControlParams[M] {
  const params = raw === undefined ? {} : raw;
  const parsed = PARAMS[method].safeParse(params);
  if (parsed.success) return parsed.data as ControlParams[M];
  throw new VaktError(
    'E_CONTROL_PARAMS',
    parsed.error.issues
      .slice(0, 10)
      .map((i) => `${field(i.path)}: ${describe(i, valueAt(params, i.path))}`)
      .join('; '),
    `see the ${method} row in docs/control-socket.md`,
  );
}

function field(path: PropertyKey[]): string {
  return ['params', ...path.map(String)].join('.');
}

function valueAt(v: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (o, k) => (typeof o === 'object' && o !== null ? (o as Record<PropertyKey, unknown>)[k] : undefined),
    v,
  );
}

function describe(i: z.core.$ZodIssue, value: unknown): string {
  if (i.code === 'unrecognized_keys')
    return fix(
      `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys
        .slice(0, 5)
        .map((k) => JSON.stringify(k.slice(0, 40)))
        .join(', ')}${i.keys.length > 5 ? ` and ${i.keys.length - 5} more` : ''}`,
      'check the spelling or remove it',
    );
  if (i.code === 'invalid_type' && i.path.length === 0)
    return fix('must be an object', 'send "params": {…} or leave it out');
  if (i.code === 'invalid_type' && value === undefined)
    return fix('is missing', 'add it (docs/control-socket.md lists every method’s params)');
  return i.message.includes(' — ') ? i.message : fix(i.message, 'see docs/control-socket.md');
}
