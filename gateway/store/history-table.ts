/**
 * The `events` table: the hub's event history for `vakt monitor`, `events` and diagnostics,
 * trimmed to the newest EVENT_HISTORY rows. Written in the same commit as what it records.
 */
import type { Sql } from './sql.ts';

/** Rows of event history kept for `vakt monitor`, `events` and diagnostics. */
export const EVENT_HISTORY = 20_000;

export interface HistoryEntry {
  eventId: string;
  kind: string;
  deviceId: number | null;
  summary: string;
  createdAt: number;
}

/** What a watcher hears of a row once it is committed: the row, and what the summary says in words. */
export interface RecordedEvent extends HistoryEntry {
  detail?: EventDetail;
}

/** The parts of a summary a reader names (tools/term/event-words.ts), kept apart for watchers only. */
export type EventDetail =
  | { eventClass: string; statusCode: number; seq: number }
  | { technicalKind: string; rootCause: string; affectedDevices: string[] }
  | { receiptedAfterMs: number };

export class HistoryTable {
  private inserts = 0;

  constructor(
    private readonly q: Sql,
    /** Told of each row once its commit is on disk; undefined while nobody watches. */
    private readonly watcher: () => ((e: RecordedEvent) => void) | undefined = () => undefined,
  ) {}

  add(eventId: string, kind: string, deviceId: number | null, summary: string, now: number, detail?: EventDetail): void {
    this.q.get('INSERT INTO events VALUES (?, ?, ?, ?, ?)').run(eventId, kind, deviceId, summary, now);
    const tell = this.watcher();
    if (tell) {
      const entry: RecordedEvent = { eventId, kind, deviceId, summary, createdAt: now, ...(detail ? { detail } : {}) };
      this.q.afterCommit(() => tell(entry));
    }
    // Trimming on every insert would cost a scan per event; every 1000th keeps it bounded.
    if (++this.inserts % 1000 === 0)
      this.q.get('DELETE FROM events WHERE rowid <= (SELECT MAX(rowid) FROM events) - ?').run(EVENT_HISTORY);
  }

  /** Whether `eventId` was recorded (within the newest EVENT_HISTORY rows). */
  has(eventId: string): boolean {
    return this.q.get('SELECT 1 FROM events WHERE event_id = ?').get(eventId) !== undefined;
  }

  /** The newest `limit` rows, last written first (insertion order: a clock step does not reorder them). */
  recent(limit: number): HistoryEntry[] {
    const rows = this.q
      .get('SELECT * FROM events ORDER BY rowid DESC LIMIT ?')
      .all(limit) as Record<string, unknown>[];
    return rows.map((r) => ({
      eventId: String(r.event_id),
      kind: String(r.kind),
      deviceId: r.device_id === null ? null : Number(r.device_id),
      summary: String(r.summary),
      createdAt: Number(r.created_at),
    }));
  }
}
