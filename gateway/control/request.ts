/**
 * One control-socket line read into a request, or into the typed error that answers it. Any
 * JSON value, truncated text or binary ends here as an error, never as an exception.
 */
import { z } from 'zod';
import { VaktError } from '../../protocol/errors.ts';
import { type ControlParams, parseParams } from './params.ts';
import { CONTROL_METHODS, type ControlMethod, MAX_ID_LENGTH } from './protocol.ts';

export type RequestId = number | string | null;

export type ParsedRequest =
  | { id: RequestId; method: ControlMethod; params: ControlParams[ControlMethod] }
  | { id: RequestId; error: VaktError };

const envelope = z.looseObject({
  id: z
    .union([z.number(), z.string().max(MAX_ID_LENGTH)])
    .nullable()
    .optional(),
  method: z.unknown().optional(),
  params: z.unknown().optional(),
});
const method = z.enum(CONTROL_METHODS);

export function parseRequest(line: string): ParsedRequest {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: notJson('request is not valid JSON') };
  }
  const req = envelope.safeParse(value);
  if (!req.success) {
    const idBad = req.error.issues.some((i) => i.path[0] === 'id');
    return {
      id: null,
      error: notJson(
        idBad
          ? `id must be a number or a string of at most ${MAX_ID_LENGTH} characters`
          : 'request must be a JSON object {"id", "method", "params"}',
      ),
    };
  }
  const id = req.data.id ?? null;
  const m = method.safeParse(req.data.method);
  if (!m.success)
    return {
      id,
      error: new VaktError(
        'E_CONTROL_METHOD',
        `unknown method ${preview(req.data.method)}; methods: ${CONTROL_METHODS.join(', ')}`,
      ),
    };
  try {
    return { id, method: m.data, params: parseParams(m.data, req.data.params) };
  } catch (err) {
    return { id, error: err as VaktError };
  }
}

function notJson(what: string): VaktError {
  return new VaktError(
    'E_CONTROL_JSON',
    `${what}; send one JSON object per line`,
    'e.g. {"id":1,"method":"status","params":{}}',
  );
}

/** A client's value quoted in a message, cut short: messages stay one short line. */
function preview(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
