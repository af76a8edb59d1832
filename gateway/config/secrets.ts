/**
 * Secrets in the config, declared once: `vakt config show`, the logger's redaction and any dump
 * of the config use this list, so a new secret field is added here and nowhere else.
 */
import type { Config } from './schema.ts';

export const SECRET_FIELDS = ['password'] as const;
export const REDACTED = '[redacted]';

/** pino `redact` paths covering every place a config or broker options object may be logged. */
export const LOG_REDACT_PATHS = [
  'password',
  '*.password',
  '*.*.password',
  'config.uplink.*.password',
  'mqtt.password',
  'options.password',
];

/** A copy of the config safe to print: every secret field replaced. */
export function redactConfig(config: Config): Config {
  return JSON.parse(JSON.stringify(config), (key, value) =>
    (SECRET_FIELDS as readonly string[]).includes(key) && value !== undefined ? REDACTED : value,
  ) as Config;
}
