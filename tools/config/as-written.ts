/**
 * `vakt config show` prints durations as a person writes them ("30s", not 30000). The loaded
 * config holds milliseconds; the schema's input side says which fields were duration strings:
 * a field that is a string going in and a number coming out. Such a field shows the file's own
 * text when the file sets it, else the schema's default text. Nothing else is taken from the file,
 * so redacted secrets stay redacted.
 */
import { z } from 'zod';
import { configSchema } from '../../gateway/config/schema.ts';

interface InputSchema {
  type?: string;
  default?: unknown;
  properties?: Record<string, InputSchema>;
  additionalProperties?: InputSchema | boolean;
  items?: InputSchema;
}

let cached: InputSchema | undefined;
function inputSchema(): InputSchema {
  cached ??= z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as InputSchema;
  return cached;
}

export function durationsAsWritten(
  effective: unknown,
  raw: unknown,
  schema: InputSchema = inputSchema(),
): unknown {
  if (typeof effective === 'number' && schema.type === 'string') {
    if (typeof raw === 'string') return raw;
    return typeof schema.default === 'string' ? schema.default : `${effective}ms`;
  }
  if (Array.isArray(effective)) {
    const rawItems = Array.isArray(raw) ? raw : [];
    return effective.map((v, i) => durationsAsWritten(v, rawItems[i], schema.items ?? {}));
  }
  if (effective !== null && typeof effective === 'object') {
    const rawObj = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    return Object.fromEntries(
      Object.entries(effective).map(([k, v]) => [
        k,
        durationsAsWritten(v, rawObj[k], schema.properties?.[k] ?? entrySchema(schema)),
      ]),
    );
  }
  return effective;
}

/** The schema of a record's entries (e.g. supervision.periods), or nothing known. */
function entrySchema(schema: InputSchema): InputSchema {
  return typeof schema.additionalProperties === 'object' ? schema.additionalProperties : {};
}
