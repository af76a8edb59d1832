/**
 * The bridge's YAML config, validated with zod. Every problem is reported at once as
 * `field: what is wrong — how to fix it`. Keys are read from files (never inline in logs).
 */
import { readFileSync, statSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { parseKey } from '../../protocol/dc09/index.ts';
import { parseDuration } from '../../protocol/duration.ts';
import { VaktError } from '../../protocol/errors.ts';

const fix = (what: string, how: string): string => `${what} — ${how}`;

function duration(def: string, min: number, max: number) {
  const msg = fix('must be a duration', `write e.g. "${def}" (units ms, s, m, h)`);
  return z
    .string({ error: msg })
    .default(def)
    .refine((s) => parseDuration(s) !== undefined, { message: msg })
    .transform((s) => parseDuration(s)!)
    .refine((ms) => ms >= min && ms <= max, {
      message: fix('is out of range', `use between ${min} ms and ${max} ms`),
    });
}

const int = (def: number, min: number, max: number) =>
  z
    .number({ error: fix('must be a whole number', `write a number ${min}–${max}, e.g. ${def}`) })
    .int({ error: fix('must be a whole number', `write a number ${min}–${max}`) })
    .min(min, { error: fix(`is below ${min}`, `use ${min}–${max}`) })
    .max(max, { error: fix(`is above ${max}`, `use ${min}–${max}`) })
    .default(def);

const hex = (min: number, max: number, example: string) =>
  z
    .string({ error: fix('must be a string of hex digits', `quote it, e.g. "${example}"`) })
    .regex(new RegExp(`^[0-9A-Fa-f]{${min},${max}}$`), {
      error: fix(`must be ${min}–${max} hex digits`, `as the centre assigned it, e.g. "${example}"`),
    })
    .transform((s) => s.toUpperCase());

const address = z.strictObject({
  host: z.string({ error: fix('is required', 'give the receiver IP address or host name') }).min(1),
  port: z
    .number({ error: fix('is required', 'give the TCP/UDP port the centre receiver listens on') })
    .int()
    .min(1, { error: fix('is not a port', 'use 1–65535') })
    .max(65535, { error: fix('is not a port', 'use 1–65535') }),
  transport: z
    .enum(['tcp', 'udp'], { error: fix('must be tcp or udp', 'ask the centre which it listens on') })
    .default('tcp'),
});

const hub = z.strictObject({
  account: hex(3, 16, '1234'),
  receiver: hex(1, 6, '12').optional(),
  line: hex(1, 6, '1').optional(),
  group: int(1, 0, 99),
  /** Device id (8 hex digits, as on the label) → zone number the centre knows it by. */
  zones: z
    .record(
      z
        .string()
        .regex(/^[0-9A-Fa-f]{8}$/, { error: fix('is not a device id', 'use the 8 hex digits on the label') }),
      int(0, 0, 999),
    )
    .default({}),
});

export const bridgeSchema = z.strictObject({
  mqtt: z.strictObject({
    broker: z.string({ error: fix('is required', 'e.g. mqtts://broker.example:8883') }),
    root: z.string().default('vakt/v1'),
    share: z
      .string()
      .regex(/^[A-Za-z0-9._-]+$/, { error: fix('is not a group name', 'use letters, digits, ".", "_", "-"') })
      .default('vakt-dc09'),
    clientId: z.string().optional(),
    username: z.string().optional(),
    passwordFile: z.string().optional(),
    ca: z.string().optional(),
    cert: z.string().optional(),
    key: z.string().optional(),
    mqttVersion: z.union([z.literal(4), z.literal(5)]).default(5),
  }),
  centre: z.strictObject({
    main: address,
    backup: address.optional(),
    format: z
      .enum(['ADM-CID', 'SIA-DCS'], {
        error: fix('must be ADM-CID or SIA-DCS', 'ask the centre which it takes'),
      })
      .default('ADM-CID'),
    keyFile: z.string().optional(),
    receiver: hex(1, 6, '12').optional(),
    line: hex(1, 6, '1').default('0'),
    /** Account the NULL link tests carry; the first hub's account when not given. */
    linkTestAccount: hex(3, 16, '0000').optional(),
    replyTimeout: duration('10s', 100, 120_000),
    attempts: int(3, 1, 20),
    linkTest: duration('60s', 0, 86_400_000),
    alarmText: z.boolean().default(true),
    zoneFrom: z.enum(['device', 'location']).default('device'),
  }),
  store: z.string({
    error: fix('is required', 'a directory for the sent-event log, e.g. /var/lib/vakt-bridge'),
  }),
  receiverId: z.string().min(1).default('vakt-dc09-bridge'),
  queue: int(1000, 1, 100_000),
  hubs: z.record(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/), hub),
  notify: z.strictObject({ topic: z.string().min(1) }).optional(),
  metricsFile: z.string().optional(),
});

export type BridgeConfig = z.infer<typeof bridgeSchema>;
export type HubMapping = z.infer<typeof hub>;
export type CentreAddress = z.infer<typeof address>;

export interface LoadedBridgeConfig {
  config: BridgeConfig;
  /** The AES key, when the centre wants encryption. */
  key: Buffer | undefined;
}

export class BridgeConfigError extends VaktError {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(
      'E_CONFIG_BRIDGE',
      `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n  ${problems.join('\n  ')}`,
      'fix each field named above; docs/dc09.md lists every field',
    );
  }
}

export function parseBridgeConfig(text: string, file = '<config>'): LoadedBridgeConfig {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    throw new BridgeConfigError(file, [
      fix('YAML syntax error', (err as Error).message.split('\n')[0] ?? ''),
    ]);
  }
  const r = bridgeSchema.safeParse(raw ?? {});
  if (!r.success)
    throw new BridgeConfigError(
      file,
      r.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`),
    );
  let key: Buffer | undefined;
  if (r.data.centre.keyFile) {
    let text: string;
    try {
      text = readFileSync(r.data.centre.keyFile, 'utf8').trim();
    } catch (err) {
      throw new BridgeConfigError(file, [
        `centre.keyFile: cannot read ${r.data.centre.keyFile} (${(err as NodeJS.ErrnoException).code}) — check the path and permissions`,
      ]);
    }
    if (statSync(r.data.centre.keyFile).mode & 0o077)
      throw new BridgeConfigError(file, [
        `centre.keyFile: ${r.data.centre.keyFile} is readable by others — chmod 600 ${r.data.centre.keyFile}`,
      ]);
    try {
      key = parseKey(text);
    } catch (err) {
      throw new BridgeConfigError(file, [
        `centre.keyFile: ${(err as Error).message} — ${(err as VaktError).hint}`,
      ]);
    }
  }
  return { config: r.data, key };
}

export function loadBridgeConfig(file: string): LoadedBridgeConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new VaktError(
      'E_FILE_CONFIG',
      `cannot read config ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      'check the path given to --config',
    );
  }
  return parseBridgeConfig(text, file);
}
