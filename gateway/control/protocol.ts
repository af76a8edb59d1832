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
  'learn-leave',
  'events',
  'technical',
  'test-alarm',
  'backup',
  'subscribe',
  'receiver',
  'reload',
] as const;
export type ControlMethod = (typeof CONTROL_METHODS)[number];

export interface ControlRequest {
  id: number | string;
  method: ControlMethod;
  params?: Record<string, unknown>;
}

export type ControlResponse =
  | { id: number | string | null; result: unknown }
  | { id: number | string | null; error: { code: string; message: string; hint?: string } };

/**
 * What one client may cost the daemon (docs/control-socket.md, "Limits"). Every figure bounds
 * memory or file descriptors that a client, not the daemon, decides to use.
 */
export interface ControlLimits {
  /** Longest request line (bytes); a longer one is answered E_CONTROL_TOO_LONG and closed. */
  maxLine: number;
  /** Open connections; one more is answered E_CONTROL_BUSY and closed. */
  maxConnections: number;
  /** Requests still running (learn with wait, test-alarm, backup, receiver, reload) per connection. */
  maxPending: number;
  /** Answers queued for a client that reads nothing although reading stopped: then it is closed. */
  maxQueuedBytes: number;
  /** A connection with no traffic and nothing running for this long is closed. */
  idleMs: number;
  /** Pushed events a subscriber leaves unread; beyond it events are dropped and counted. */
  maxSubscriberBytes: number;
}

export const CONTROL_LIMITS: ControlLimits = {
  maxLine: 64 * 1024,
  maxConnections: 64,
  maxPending: 8,
  maxQueuedBytes: 4 * 1024 * 1024,
  idleMs: 10 * 60_000,
  maxSubscriberBytes: 1024 * 1024,
};

/** Longest request id echoed back; a longer one is refused like any malformed request. */
export const MAX_ID_LENGTH = 128;
