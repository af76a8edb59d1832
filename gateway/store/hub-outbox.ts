/**
 * The outbox the gateway's uplink sends from: the durable `outbox` table, and the memory outbox
 * holding what could not be written while storage fails (docs/uplink.md "storage failing").
 * Rows from both come out in one priority order. Bookkeeping that cannot be written (attempt
 * numbers, SMS marks, receipt removal, compaction) is skipped and reported, never thrown: it
 * catches up when writes work again — at worst a resend the platform dedupes.
 */
import type { MemoryOutbox } from './memory-outbox.ts';
import type { Outbox, OutboxStats, SentAttempt } from './outbox.ts';
import type { OutboxTable } from './outbox-table.ts';
import type { OutboxRow } from './rows.ts';

/** Most receipts remembered while their removal cannot be written; beyond, the oldest may be resent. */
const UNRECORDED_MAX = 10_000;

export type StorageFailed = (err: unknown, what: string) => void;

export class HubOutbox implements Outbox {
  /** Receipted rows whose removal failed: not handed out again; removed with the next receipts. */
  private readonly unrecorded = new Set<string>();

  constructor(
    private readonly table: OutboxTable,
    private readonly memory: MemoryOutbox,
    private readonly failed: StorageFailed,
  ) {}

  /** Written durably, or held in memory when the write fails. */
  append(row: OutboxRow): boolean {
    if (this.memory.has(row.eventId)) return false;
    try {
      return this.table.append(row);
    } catch (err) {
      this.failed(err, 'append to the outbox');
      return this.memory.append(row);
    }
  }

  next(limit: number, skip: (eventId: string) => boolean): OutboxRow[] {
    const stored =
      this.bestEffort('read the outbox', () =>
        this.table.next(limit, (id) => skip(id) || this.unrecorded.has(id)),
      ) ?? [];
    return [...this.memory.next(limit, skip), ...stored]
      .sort((a, b) => a.priority - b.priority || a.createdAt - b.createdAt)
      .slice(0, Math.max(0, limit));
  }

  find(eventId: string): OutboxRow | undefined {
    return this.memory.find(eventId) ?? this.bestEffort('read the outbox', () => this.table.find(eventId));
  }

  markSent(sent: readonly SentAttempt[]): void {
    this.memory.markSent(sent);
    const stored = sent.filter((x) => !this.memory.has(x.eventId));
    this.bestEffort('record sent attempts', () => this.table.markSent(stored));
  }

  markSms(eventId: string, at: number): void {
    this.memory.markSms(eventId, at);
    this.bestEffort('record SMS sent', () => this.table.markSms(eventId, at));
  }

  /** Never throws: a removal that cannot be written is retried with the next receipts. */
  receipted(eventIds: readonly string[]): Map<string, number> {
    const found = this.memory.receipted(eventIds);
    const stored = eventIds.filter((id) => !found.has(id));
    const retry = [...this.unrecorded, ...stored];
    try {
      for (const [id, createdAt] of this.table.receipted(retry)) found.set(id, createdAt);
      this.unrecorded.clear();
    } catch (err) {
      this.failed(err, 'record receipts');
      for (const id of stored) this.unrecorded.add(id);
      for (const id of this.unrecorded) {
        if (this.unrecorded.size <= UNRECORDED_MAX) break;
        this.unrecorded.delete(id);
      }
    }
    return found;
  }

  alarmsUnreceiptedSince(before: number): OutboxRow[] {
    const stored = this.bestEffort('read the outbox', () => this.table.alarmsUnreceiptedSince(before)) ?? [];
    return [...stored, ...this.memory.alarmsUnreceiptedSince(before)].sort(
      (a, b) => a.createdAt - b.createdAt,
    );
  }

  /** Rows in the database and in memory together. */
  stats(): OutboxStats {
    const stored = this.table.stats();
    const held = this.memory.stats();
    const oldest = [stored.oldestAt, held.oldestAt].filter((t): t is number => t !== null);
    return {
      depth: stored.depth + held.depth,
      oldestAt: oldest.length ? Math.min(...oldest) : null,
    };
  }

  /** Compacts the database; memory keeps its own bound (MEMORY_OUTBOX_MAX). */
  compact(max: number): number {
    return this.bestEffort('compact the outbox', () => this.table.compact(max)) ?? 0;
  }

  private bestEffort<T>(what: string, fn: () => T): T | undefined {
    try {
      return fn();
    } catch (err) {
      this.failed(err, what);
      return undefined;
    }
  }
}
