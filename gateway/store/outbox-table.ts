/**
 * The `outbox` table, the durable Outbox: events waiting for the platform's Receipt, in priority
 * order (alarms first, oldest first within a class). `insert` runs in the caller's transaction
 * (the same commit that lets ingest ACK the device); receipts and attempt numbers go in relaxed
 * commits. Each receipt is noted in the history.
 */
import type { Clock } from '../../protocol/clock.ts';
import type { Outbox, OutboxStats, SentAttempt } from './outbox.ts';
import { type OutboxRow, toOutboxRow } from './rows.ts';
import type { Sql } from './sql.ts';

/** Notes a receipt in the event history. */
export type OutboxHistory = (eventId: string, summary: string, now: number, afterMs: number) => void;

export class OutboxTable implements Outbox {
  /** At least the outbox depth (exact, or higher after a rolled-back insert); undefined until counted. */
  private depthAtLeast: number | undefined;

  constructor(
    private readonly q: Sql,
    private readonly clock: Clock,
    private readonly history: OutboxHistory,
    /** Called after an insert (once the current synchronous code is done): the uplink sends at once. */
    private readonly inserted: () => void,
  ) {}

  /** Inserts in the caller's transaction; throws if the event id is already there. */
  insert(row: OutboxRow): void {
    this.q
      .get('INSERT INTO outbox (event_id, class, priority, payload, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(row.eventId, row.class, row.priority, JSON.stringify(row.payload), row.createdAt);
    this.added();
  }

  append(row: OutboxRow): boolean {
    const changes = this.q
      .get(
        'INSERT INTO outbox (event_id, class, priority, payload, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(event_id) DO NOTHING',
      )
      .run(row.eventId, row.class, row.priority, JSON.stringify(row.payload), row.createdAt).changes;
    if (changes > 0) this.added();
    return changes > 0;
  }

  /** The first `limit` rows in priority order. */
  head(limit: number): OutboxRow[] {
    return this.rows('SELECT * FROM outbox ORDER BY priority, created_at, rowid LIMIT ?', limit);
  }

  /** Skipped rows (in flight or held) are not decoded, so refilling a wide window stays cheap. */
  next(limit: number, skip: (eventId: string) => boolean): OutboxRow[] {
    const out: OutboxRow[] = [];
    if (limit <= 0) return out;
    const rows = this.q
      .get('SELECT * FROM outbox ORDER BY priority, created_at, rowid')
      .iterate() as Iterable<Record<string, unknown>>;
    for (const r of rows) {
      if (skip(String(r.event_id))) continue;
      out.push(toOutboxRow(r));
      if (out.length >= limit) break;
    }
    return out;
  }

  find(eventId: string): OutboxRow | undefined {
    const r = this.q.get('SELECT * FROM outbox WHERE event_id = ?').get(eventId) as
      | Record<string, unknown>
      | undefined;
    return r && toOutboxRow(r);
  }

  alarmsUnreceiptedSince(before: number): OutboxRow[] {
    return this.rows(
      'SELECT * FROM outbox WHERE priority = 0 AND sms_at IS NULL AND created_at <= ? ORDER BY created_at, rowid',
      before,
    );
  }

  stats(): OutboxStats {
    const r = this.q.get('SELECT COUNT(*) AS n, MIN(created_at) AS oldest FROM outbox').get() as {
      n: number;
      oldest: number | null;
    };
    return { depth: r.n, oldestAt: r.oldest };
  }

  /** Receipts in one relaxed commit (a drain after an outage brings thousands a second). */
  receipted(eventIds: readonly string[]): Map<string, number> {
    const found = new Map<string, number>();
    if (eventIds.length === 0) return found;
    const now = this.clock.now();
    const select = this.q.get('SELECT created_at FROM outbox WHERE event_id = ?');
    const remove = this.q.get('DELETE FROM outbox WHERE event_id = ?');
    this.q.relaxed(() => {
      for (const eventId of eventIds) {
        const row = select.get(eventId) as { created_at: number } | undefined;
        if (!row) continue;
        remove.run(eventId);
        this.history(
          eventId,
          `${eventId} receipted by the platform ${now - row.created_at} ms after it was accepted`,
          now,
          now - row.created_at,
        );
        found.set(eventId, row.created_at);
      }
    });
    if (this.depthAtLeast !== undefined) this.depthAtLeast -= found.size;
    return found;
  }

  /** All in one relaxed commit. */
  markSent(sent: readonly SentAttempt[]): void {
    if (sent.length === 0) return;
    const now = this.clock.now();
    const update = this.q.get('UPDATE outbox SET attempts = ?, last_sent_at = ? WHERE event_id = ?');
    this.q.relaxed(() => {
      for (const x of sent) update.run(x.attempt, now, x.eventId);
    });
  }

  markSms(eventId: string, at: number): void {
    this.q.get('UPDATE outbox SET sms_at = ? WHERE event_id = ?').run(at, eventId);
  }

  compact(max: number): number {
    // Counting the whole outbox on every insert would cost O(depth) per event during an outage.
    if (this.depthAtLeast !== undefined && this.depthAtLeast <= max) return 0;
    const { depth } = this.stats();
    this.depthAtLeast = depth;
    if (depth <= max) return 0;
    const dropped = this.q
      .get(
        'DELETE FROM outbox WHERE rowid IN (SELECT rowid FROM outbox WHERE priority > 0 ORDER BY priority DESC, created_at, rowid LIMIT ?)',
      )
      .run(depth - max).changes;
    this.depthAtLeast = depth - dropped;
    return dropped;
  }

  private added(): void {
    if (this.depthAtLeast !== undefined) this.depthAtLeast++;
    queueMicrotask(() => this.inserted());
  }

  private rows(sql: string, arg: number): OutboxRow[] {
    return (this.q.get(sql).all(arg) as Record<string, unknown>[]).map(toOutboxRow);
  }
}
