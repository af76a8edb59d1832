/**
 * The control socket's JSON-lines protocol (docs/control-socket.md): one request per line,
 * `{"id":1,"method":"status","params":{}}`, one response per line, `{"id":1,"result":…}` or
 * `{"id":1,"error":{"code":"E_CONTROL_…","message":"…"}}`. Shared by the server and the client.
 */
export const CONTROL_METHODS = [
  'status',
  'devices',
  'pair',
  'unpair',
  'learn',
  'events',
  'technical',
  'test-alarm',
  'backup',
] as const;
export type ControlMethod = (typeof CONTROL_METHODS)[number];

export interface ControlRequest {
  id: number | string;
  method: ControlMethod;
  params?: Record<string, unknown>;
}

export type ControlResponse =
  | { id: number | string | null; result: unknown }
  | { id: number | string | null; error: { code: string; message: string } };

/** Longest request line accepted (bytes); longer input is refused, not buffered forever. */
export const MAX_LINE = 64 * 1024;
