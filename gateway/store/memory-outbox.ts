/**
 * Where events go when the hub state cannot be written (disk full, failing card, read-only
 * filesystem): held in memory and forwarded like outbox rows, so an alarm still reaches the
 * platform while storage fails.
 *
 * The device is not ACKed for an event held here — nothing on the hub would survive a power cut —
 * so it keeps retransmitting. Each retransmission finds its event here by (device, seq, class,
 * code) and keeps the same event id. Once the platform has receipted the event, the event is safe
 * (the platform has it), and the next retransmission is ACKed: `receiptedEventFor` says so.
 */
import type { OutboxRow } from './hub-store.ts';

/** Most events held at once; alarms are never dropped, the oldest non-alarm goes first. */
export const MEMORY_OUTBOX_MAX = 1_000;
/** How many receipted keys are remembered for ACKing the device's next retransmission. */
const RECEIPTED_KEYS = 1_000;

export class MemoryOutbox {
  private readonly rows = new Map<string, OutboxRow>();
  private readonly idByKey = new Map<string, string>();
  private readonly keyById = new Map<string, string>();
  private readonly receiptedKeys = new Map<string, string>();
  /** Called when an event is added, so the uplink can send it at once. */
  onAdd: () => void = () => {};

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
    this.rows.set(row.eventId, row);
    this.idByKey.set(key, row.eventId);
    this.keyById.set(row.eventId, key);
    this.bound();
    this.onAdd();
    return { eventId: row.eventId, held: true };
  }

  /** The event id the platform already receipted for `key`, if it did. */
  receiptedEventFor(key: string): string | undefined {
    return this.receiptedKeys.get(key);
  }

  /** The next `limit` rows in priority order, oldest first, that `skip` does not exclude. */
  next(limit: number, skip: (eventId: string) => boolean): OutboxRow[] {
    return [...this.rows.values()]
      .filter((r) => !skip(r.eventId))
      .sort((a, b) => a.priority - b.priority || a.createdAt - b.createdAt)
      .slice(0, Math.max(0, limit));
  }

  /** Alarms held since `before` or longer, not yet sent by SMS (for the SMS fallback). */
  alarmsUnreceiptedSince(before: number): OutboxRow[] {
    return [...this.rows.values()].filter(
      (r) => r.priority === 0 && r.smsAt === null && r.createdAt <= before,
    );
  }

  markSms(eventId: string, at: number): void {
    const row = this.rows.get(eventId);
    if (row) row.smsAt = at;
  }

  /** Records the attempt number of a row just sent. */
  markSent(eventId: string, attempt: number): void {
    const row = this.rows.get(eventId);
    if (row) row.attempts = attempt;
  }

  /** The platform receipted `eventId`: forget the row, remember the key; the row if it was held here. */
  receipted(eventId: string): OutboxRow | undefined {
    const row = this.rows.get(eventId);
    if (!row) return undefined;
    this.rows.delete(eventId);
    const key = this.keyById.get(eventId);
    this.keyById.delete(eventId);
    if (key !== undefined) {
      this.idByKey.delete(key);
      this.receiptedKeys.set(key, eventId);
      if (this.receiptedKeys.size > RECEIPTED_KEYS)
        this.receiptedKeys.delete(this.receiptedKeys.keys().next().value as string);
    }
    return row;
  }

  private bound(): void {
    while (this.rows.size > MEMORY_OUTBOX_MAX) {
      const victim = [...this.rows.values()]
        .filter((r) => r.priority > 0)
        .sort((a, b) => b.priority - a.priority || a.createdAt - b.createdAt)[0];
      if (!victim) return; // only alarms: keep them all
      this.rows.delete(victim.eventId);
      const key = this.keyById.get(victim.eventId);
      this.keyById.delete(victim.eventId);
      if (key !== undefined) this.idByKey.delete(key);
    }
  }
}
