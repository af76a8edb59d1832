/**
 * One MQTT broker's connection settings (primary or secondary). TLS is verified by default;
 * plain mqtt:// is refused unless the host is loopback or `allowPlaintext: true` says so
 * explicitly. The password may be inline, in a file, or in an environment variable — one of them.
 */
import { z } from 'zod';
import { fix, path } from './fields.ts';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export const brokerSchema = z
  .strictObject({
    url: z.string({ error: fix('is missing', 'give the broker URL, e.g. mqtts://broker.example.org:8883') }),
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
    if (checkUrl(b, ctx)) checkCredentials(b, ctx);
  });

export type BrokerConfig = z.output<typeof brokerSchema>;

type Raw = z.input<typeof brokerSchema>;
type Ctx = z.core.$RefinementCtx<Raw>;

/**
 * The URL: a parseable mqtt(s) URL, no credentials in it, plain text only to loopback or when
 * allowed. False when it does not parse: nothing else is worth reporting then.
 */
function checkUrl(b: Raw, ctx: Ctx): boolean {
  let url: URL | undefined;
  try {
    url = new URL(b.url);
  } catch {
    ctx.addIssue({
      code: 'custom',
      path: ['url'],
      message: fix(`"${b.url}" is not a URL`, 'write e.g. mqtts://broker.example.org:8883'),
    });
    return false;
  }
  if (url.protocol !== 'mqtts:' && url.protocol !== 'mqtt:') {
    ctx.addIssue({
      code: 'custom',
      path: ['url'],
      message: fix(
        `scheme ${url.protocol} is not supported`,
        'use mqtts:// (TLS) or, on loopback only, mqtt://',
      ),
    });
  }
  if (url.username || url.password) {
    ctx.addIssue({
      code: 'custom',
      path: ['url'],
      message: fix('contains credentials', 'move them to username and passwordFile'),
    });
  }
  if (url.protocol === 'mqtt:' && !LOOPBACK.has(url.hostname) && !b.allowPlaintext) {
    ctx.addIssue({
      code: 'custom',
      path: ['url'],
      message: fix(
        `plain mqtt:// to ${url.hostname} would send alarms and passwords unencrypted`,
        'use mqtts://, or set allowPlaintext: true if the network is private and trusted',
      ),
    });
  }
  if (url.protocol === 'mqtt:' && (b.ca || b.cert || b.key)) {
    ctx.addIssue({
      code: 'custom',
      path: ['url'],
      message: fix('TLS files are set but the URL is plain mqtt://', 'use mqtts://'),
    });
  }
  return true;
}

/** Client certificate and key come together; one password source, and a username with it. */
function checkCredentials(b: Raw, ctx: Ctx): void {
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
