/**
 * The `outbox` table, the durable Outbox: events waiting for the platform's Receipt, in priority
 * order (alarms first, oldest first within a class). `insert` runs in the caller's transaction
 * (the same commit that lets ingest ACK the device); receipts and attempt numbers go in relaxed
 * commits. Each receipt is noted in the history. Attempt numbers are held in memory (and shown on
 * every row read) until the next receipts' commit writes them, so a delivered event costs one
 * commit after its ACK, not two: an attempt number lost to a crash is only repeated once.
 */
import type { Clock } from '../../protocol/clock.ts';
import type { Outbox, OutboxStats, SentAttempt } from './outbox.ts';
import { type OutboxRow, toOutboxRow } from './rows.ts';
import type { Sql } from './sql.ts';

/** Notes a receipt in the event history. */
export type OutboxHistory = (eventId: string, summary: string, now: number, afterMs: number) => void;

/** Attempt records held unwritten at most; one more writes them all in their own relaxed commit. */
export const ATTEMPTS_HELD_MAX = 256;

export class OutboxTable implements Outbox {
  /** Sent attempts not yet written (event id → attempt, sent at): written with the next receipts. */
  private readonly attemptsHeld = new Map<string, { attempt: number; at: number }>();
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
      out.push(this.toRow(r));
      if (out.length >= limit) break;
    }
    return out;
  }

  find(eventId: string): OutboxRow | undefined {
    const r = this.q.get('SELECT * FROM outbox WHERE event_id = ?').get(eventId) as
      | Record<string, unknown>
      | undefined;
    return r && this.toRow(r);
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
    for (const eventId of eventIds) this.attemptsHeld.delete(eventId);
    this.q.relaxed(() => {
      this.writeAttempts();
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

  /** Held until the next receipts' commit, or written at once when ATTEMPTS_HELD_MAX are held. */
  markSent(sent: readonly SentAttempt[]): void {
    if (sent.length === 0) return;
    const now = this.clock.now();
    for (const x of sent) this.attemptsHeld.set(x.eventId, { attempt: x.attempt, at: now });
    if (this.attemptsHeld.size >= ATTEMPTS_HELD_MAX) this.q.relaxed(() => this.writeAttempts());
  }

  /** In the caller's transaction; forgotten only once it commits (a failed write keeps them held). */
  private writeAttempts(): void {
    if (this.attemptsHeld.size === 0) return;
    const update = this.q.get('UPDATE outbox SET attempts = ?, last_sent_at = ? WHERE event_id = ?');
    const written = [...this.attemptsHeld];
    for (const [eventId, x] of written) update.run(x.attempt, x.at, eventId);
    this.q.afterCommit(() => {
      for (const [eventId, x] of written) if (this.attemptsHeld.get(eventId) === x) this.attemptsHeld.delete(eventId);
    });
  }

  /** A stored row with its held attempt record, if any. */
  private toRow(r: Record<string, unknown>): OutboxRow {
    const row = toOutboxRow(r);
    const held = this.attemptsHeld.get(row.eventId);
    if (held) {
      row.attempts = held.attempt;
      row.lastSentAt = held.at;
    }
    return row;
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
    return (this.q.get(sql).all(arg) as Record<string, unknown>[]).map((r) => this.toRow(r));
  }
}
