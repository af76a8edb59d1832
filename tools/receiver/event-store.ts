/**
 * What the receiver keeps, behind one interface with two implementations: the embedded file
 * store (file-event-store.ts, the default) and PostgreSQL (postgres/pg-event-store.ts, for a
 * group of receivers on one database). Both promise the same thing: `record` resolves only once
 * the event is durable, and says whether this call was the first to record it — the receiver sends
 * its Receipt after that, and shows the event only when it was first.
 */
import type { vakt } from '../../protocol/uplink/index.ts';

/**
 * The work classes, highest priority first. A store serves lanes in this order; under saturation
 * the last ones are delayed or shed, alarms never.
 */
export const LANES = ['alarm', 'technical', 'routine', 'test', 'state', 'heartbeat'] as const;
export type Lane = (typeof LANES)[number];

/** The lane of an event from the alarm topic: its event class decides (tests are low priority). */
export function laneOfAlarm(a: vakt.v1.IAlarm): Lane {
  if (a.eventClass === 4) return 'test'; // EVENT_CLASS_TEST
  if (a.eventClass === 1 || !a.eventClass) return 'alarm'; // ALARM, or unspecified: assume the worst
  return 'routine'; // restore, status
}

export type RecordedEvent =
  | { kind: 'alarm'; hubId: string; eventId: string; lane: Lane; atMs: number; message: vakt.v1.Alarm }
  | {
      kind: 'technical';
      hubId: string;
      eventId: string;
      lane: Lane;
      atMs: number;
      message: vakt.v1.TechnicalAlarm;
    };

export interface HubLiveness {
  online: number;
  offline: number;
  silent: number;
}

export interface HubRow {
  hubId: string;
  liveness: 'online' | 'offline' | 'silent' | 'unknown';
  bdSeq: number | null;
  statusAtMs: number | null;
  lastHeartbeatAtMs: number | null;
  heartbeatIntervalS: number | null;
  softwareVersion: string | null;
}

export interface EventStore {
  /** Short name for logs and metrics: "file" or "postgres". */
  readonly kind: string;
  /**
   * true when the store keeps the events themselves (its table is the hand-off): an event is shown
   * only after it committed there, once. false when it keeps only ids: the receiver shows (and runs
   * --exec) first and records after, so a crash in between repeats an event, never loses one.
   */
  readonly holdsEvents: boolean;
  open(): Promise<void>;
  /**
   * A fast "already recorded" answer, when the store can give one without I/O. `false` means
   * "not known here", not "new": `record` is the authority.
   */
  knows(hubId: string, eventId: string): boolean;
  /** Records durably; resolves true when this call recorded it first, false for a duplicate. */
  record(e: RecordedEvent): Promise<boolean>;
  /** A birth or death; stale ones (lower bd_seq) are ignored. Durable when it resolves. */
  hubState(s: vakt.v1.HubState, atMs: number): Promise<void>;
  /**
   * Notes a heartbeat; stores may coalesce per hub and write later (never awaited by receipts).
   * false: shed (too many hubs waiting to be written).
   */
  heartbeat(h: vakt.v1.Heartbeat, atMs: number): boolean;
  liveness(nowMs: number): Promise<HubLiveness>;
  hubs(nowMs: number): Promise<HubRow[]>;
  /** Work waiting to be written, by lane (for admission control and metrics). */
  depth(): Record<Lane, number>;
  /** How long the last write took, ms (0 when it writes synchronously). */
  lastWriteMs(): number;
  close(): Promise<void>;
}

/** Silent: no heartbeat (or, before the first, no birth) within 3 heartbeat intervals. */
export const SILENT_AFTER_INTERVALS = 3;
/** The interval assumed until a hub's first heartbeat says its own. */
export const DEFAULT_HEARTBEAT_INTERVAL_S = 60;

export function emptyDepth(): Record<Lane, number> {
  return { alarm: 0, technical: 0, routine: 0, test: 0, state: 0, heartbeat: 0 };
}
