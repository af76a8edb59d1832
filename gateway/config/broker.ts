/**
 * One MQTT broker's connection settings (primary or secondary). TLS is verified by default;
 * plain mqtt:// is refused unless the host is loopback or `allowPlaintext: true` says so
 * explicitly. The password may be inline, in a file, or in an environment variable — one of them.
 * `url` is one address or a list: the nodes of one cluster, tried in order (docs/configuration.md).
 */
import { z } from 'zod';
import { fix, path } from './fields.ts';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** At most this many node addresses per path: a cluster's nodes, not a fleet of brokers. */
export const MAX_NODES = 8;

const urlMissing = fix('is missing', 'give the broker URL, e.g. mqtts://broker.example.org:8883');

export const MQTT_VERSIONS = ['5', '3.1.1', 'auto'] as const;
export type MqttVersionSetting = (typeof MQTT_VERSIONS)[number];

export const brokerSchema = z
  .strictObject({
    url: z.union([
      z.string({ error: urlMissing }),
      z
        .array(z.string(), { error: urlMissing })
        .min(1, { error: urlMissing })
        .max(MAX_NODES, {
          error: fix(`lists more than ${MAX_NODES} nodes`, 'list the nodes of one cluster'),
        }),
    ]),
    mqttVersion: z
      .union([z.literal(5), z.literal('5'), z.literal('3.1.1'), z.literal('auto')], {
        error: fix(
          'is not an MQTT version',
          'use 5, "3.1.1" or auto (MQTT 5, then 3.1.1 if the broker closes or refuses it)',
        ),
      })
      .default('auto')
      .transform((v): MqttVersionSetting => (v === 5 ? '5' : v)),
    ca: path('CA certificate that signed the broker certificate').optional(),
    cert: path('client certificate').optional(),
    key: path('client private key').optional(),
    username: z.string().min(1).optional(),
    password: z.string().min(1).optional(),
    passwordFile: path('file holding the password').optional(),
    passwordEnv: z
      .string()
      .regex(/^[A-Z_][A-Z0-9_]*$/, {
        error: fix('is not an environment variable name', 'use e.g. VAKT_BROKER_PASSWORD'),
      })
      .optional(),
    clientId: z.string().min(1).max(128).optional(),
    allowPlaintext: z.boolean().default(false),
  })
  .superRefine((b, ctx) => {
    const urls = typeof b.url === 'string' ? [b.url] : b.url;
    const parsed = urls.map((url, i) =>
      checkUrl({ ...b, url }, ctx, typeof b.url === 'string' ? ['url'] : ['url', i]),
    );
    if (parsed.every(Boolean)) checkCredentials(b, ctx);
  })
  .transform(({ url, ...b }) => {
    const urls = typeof url === 'string' ? [url] : url;
    return { ...b, url: urls[0]!, urls };
  });

/** `url` is the first node; `urls` every node in the order they are tried. */
export type BrokerConfig = z.output<typeof brokerSchema>;

type Raw = Omit<z.input<typeof brokerSchema>, 'url'> & { url: string };
type Ctx = z.core.$RefinementCtx<z.input<typeof brokerSchema>>;

/**
 * The URL: a parseable mqtt(s) URL, no credentials in it, plain text only to loopback or when
 * allowed. False when it does not parse: nothing else is worth reporting then.
 */
function checkUrl(b: Raw, ctx: Ctx, at: (string | number)[]): boolean {
  let url: URL | undefined;
  try {
    url = new URL(b.url);
  } catch {
    ctx.addIssue({
      code: 'custom',
      path: at,
      message: fix(`"${b.url}" is not a URL`, 'write e.g. mqtts://broker.example.org:8883'),
    });
    return false;
  }
  if (url.protocol !== 'mqtts:' && url.protocol !== 'mqtt:') {
    ctx.addIssue({
      code: 'custom',
      path: at,
      message: fix(
        `scheme ${url.protocol} is not supported`,
        'use mqtts:// (TLS) or, on loopback only, mqtt://',
      ),
    });
  }
  if (url.username || url.password) {
    ctx.addIssue({
      code: 'custom',
      path: at,
      message: fix('contains credentials', 'move them to username and passwordFile'),
    });
  }
  if (url.protocol === 'mqtt:' && !LOOPBACK.has(url.hostname) && !b.allowPlaintext) {
    ctx.addIssue({
      code: 'custom',
      path: at,
      message: fix(
        `plain mqtt:// to ${url.hostname} would send alarms and passwords unencrypted`,
        'use mqtts://, or set allowPlaintext: true if the network is private and trusted',
      ),
    });
  }
  if (url.protocol === 'mqtt:' && (b.ca || b.cert || b.key)) {
    ctx.addIssue({
      code: 'custom',
      path: at,
      message: fix('TLS files are set but the URL is plain mqtt://', 'use mqtts://'),
    });
  }
  return true;
}

/** Client certificate and key come together; one password source, and a username with it. */
function checkCredentials(b: z.input<typeof brokerSchema>, ctx: Ctx): void {
  if (!!b.cert !== !!b.key) {
    ctx.addIssue({
      code: 'custom',
      path: [b.cert ? 'key' : 'cert'],
      message: fix(
        'a client certificate needs its key and the key its certificate',
        'set both cert and key, or neither',
      ),
    });
  }
  const sources = [b.password, b.passwordFile, b.passwordEnv].filter((s) => s !== undefined).length;
  if (sources > 1)
    ctx.addIssue({
      code: 'custom',
      path: ['password'],
      message: fix(
        'more than one password source',
        'keep exactly one of password, passwordFile, passwordEnv',
      ),
    });
  if (sources > 0 && !b.username)
    ctx.addIssue({
      code: 'custom',
      path: ['username'],
      message: fix('a password is set without a username', 'add username (usually the hub id)'),
    });
}
