/**
 * The Outbox in memory. Two uses: a fleet simulator's hubs (no SQLite), and where events go when
 * the hub state cannot be written (disk full, failing card, read-only filesystem): held in memory
 * and forwarded like outbox rows, so an alarm still reaches the platform while storage fails.
 *
 * The device is not ACKed for an event held here — nothing on the hub would survive a power cut —
 * so it keeps retransmitting. Each retransmission finds its event here by (device, seq, class,
 * code) and keeps the same event id (`hold`). Once the platform has receipted the event, the
 * event is safe (the platform has it), and the next retransmission is ACKed: `receiptedEventFor`
 * says so.
 */
import type { Outbox, OutboxStats, SentAttempt } from './outbox.ts';
import type { OutboxRow } from './rows.ts';

/** Most events held at once; alarms are never dropped, the oldest non-alarm goes first. */
export const MEMORY_OUTBOX_MAX = 1_000;
/** How many receipted keys are remembered for ACKing the device's next retransmission. */
const RECEIPTED_KEYS = 1_000;

export class MemoryOutbox implements Outbox {
  private readonly rows = new Map<string, OutboxRow>();
  private readonly idByKey = new Map<string, string>();
  private readonly keyById = new Map<string, string>();
  private readonly receiptedKeys = new Map<string, string>();

  constructor(
    /** Called when an event is added, so the uplink can send it at once. */
    private readonly added: () => void = () => {},
    /** Held at most; beyond it, lower classes are compacted as by `compact`. */
    private readonly capacity = MEMORY_OUTBOX_MAX,
  ) {}

  get size(): number {
    return this.rows.size;
  }

  has(eventId: string): boolean {
    return this.rows.has(eventId);
  }

  /**
   * Holds the row `make()` builds under `key`, or finds the one already held for it (a
   * retransmission). Returns the event id and whether it is new.
   */
  hold(key: string, make: () => OutboxRow): { eventId: string; held: boolean } {
    const known = this.idByKey.get(key);
    if (known) return { eventId: known, held: false };
    const row = make();
    return { eventId: row.eventId, held: this.add(row, key) };
  }

  append(row: OutboxRow): boolean {
    return this.add(row, undefined);
  }

  /** The event id the platform already receipted for `key`, if it did. */
  receiptedEventFor(key: string): string | undefined {
    return this.receiptedKeys.get(key);
  }

  next(limit: number, skip: (eventId: string) => boolean): OutboxRow[] {
    return [...this.rows.values()]
      .filter((r) => !skip(r.eventId))
      .sort(byPriorityThenAge)
      .slice(0, Math.max(0, limit))
      .map((r) => ({ ...r }));
  }

  find(eventId: string): OutboxRow | undefined {
    const row = this.rows.get(eventId);
    return row && { ...row };
  }

  alarmsUnreceiptedSince(before: number): OutboxRow[] {
    return [...this.rows.values()]
      .filter((r) => r.priority === 0 && r.smsAt === null && r.createdAt <= before)
      .sort(byPriorityThenAge);
  }

  markSms(eventId: string, at: number): void {
    const row = this.rows.get(eventId);
    if (row) row.smsAt = at;
  }

  markSent(sent: readonly SentAttempt[]): void {
    for (const x of sent) {
      const row = this.rows.get(x.eventId);
      if (row) row.attempts = x.attempt;
    }
  }

  stats(): OutboxStats {
    let oldestAt: number | null = null;
    for (const r of this.rows.values())
      if (oldestAt === null || r.createdAt < oldestAt) oldestAt = r.createdAt;
    return { depth: this.rows.size, oldestAt };
  }

  /** Forgets the rows and remembers their keys (for ACKing the device's next retransmission). */
  receipted(eventIds: readonly string[]): Map<string, number> {
    const found = new Map<string, number>();
    for (const eventId of eventIds) {
      const row = this.rows.get(eventId);
      if (!row) continue;
      found.set(eventId, row.createdAt);
      const key = this.forget(eventId);
      if (key === undefined) continue;
      this.receiptedKeys.set(key, eventId);
      if (this.receiptedKeys.size > RECEIPTED_KEYS)
        this.receiptedKeys.delete(this.receiptedKeys.keys().next().value as string);
    }
    return found;
  }

  compact(max: number): number {
    const excess = this.rows.size - max;
    if (excess <= 0) return 0;
    const victims = [...this.rows.values()]
      .filter((r) => r.priority > 0)
      .sort((a, b) => b.priority - a.priority || a.createdAt - b.createdAt)
      .slice(0, excess);
    for (const v of victims) this.forget(v.eventId);
    return victims.length;
  }

  private add(row: OutboxRow, key: string | undefined): boolean {
    if (this.rows.has(row.eventId)) return false;
    this.rows.set(row.eventId, { ...row });
    if (key !== undefined) {
      this.idByKey.set(key, row.eventId);
      this.keyById.set(row.eventId, key);
    }
    this.compact(this.capacity);
    this.added();
    return true;
  }

  /** Drops the row and its key; returns the key it was held under, if any. */
  private forget(eventId: string): string | undefined {
    this.rows.delete(eventId);
    const key = this.keyById.get(eventId);
    this.keyById.delete(eventId);
    if (key !== undefined) this.idByKey.delete(key);
    return key;
  }
}

function byPriorityThenAge(a: OutboxRow, b: OutboxRow): number {
  return a.priority - b.priority || a.createdAt - b.createdAt;
}
