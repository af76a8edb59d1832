/**
 * Receipted events waiting to leave the outbox: removed together in one relaxed commit once
 * RECEIPT_BATCH are waiting or RECEIPT_BATCH_MS after the first of them arrived, and at stop.
 * Until then they are out of the window (never resent), so the receipt is acted on at once and
 * its bookkeeping costs one commit per batch, not one per receipt. A removal lost to a crash
 * only means a resend the platform dedupes (docs/uplink.md "Receipts"). The history notes each
 * receipt with the time it arrived, not the time of the commit.
 */
import type { Logger } from 'pino';
import type { Clock, Timer } from '../../protocol/clock.ts';
import type { Outbox } from '../store/outbox.ts';

/** Receipts that commit their removal at once when this many wait. */
export const RECEIPT_BATCH = 64;
/** The longest a receipted event waits for its removal to be committed. */
export const RECEIPT_BATCH_MS = 100;

export class ReceiptBatch {
  /** Event id → when its receipt arrived. */
  private readonly waiting = new Map<string, number>();
  private timer: Timer | undefined;

  constructor(
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  has(eventId: string): boolean {
    return this.waiting.has(eventId);
  }

  /** Queues the removal; false when this event's receipt is already waiting (a duplicate). */
  add(eventId: string): boolean {
    if (this.waiting.has(eventId)) return false;
    this.waiting.set(eventId, this.clock.now());
    if (this.waiting.size >= RECEIPT_BATCH) this.flush();
    else
      this.timer ??= this.clock.setTimer(RECEIPT_BATCH_MS, () => {
        this.timer = undefined;
        this.flush();
      });
    return true;
  }

  /** Commits the removals waiting; on a storage failure they wait for the next batch (not resent). */
  flush(): void {
    this.timer?.cancel();
    this.timer = undefined;
    if (this.waiting.size === 0) return;
    const batch = new Map(this.waiting);
    try {
      this.outbox.receipted([...batch.keys()], batch);
      for (const id of batch.keys()) this.waiting.delete(id);
    } catch (err) {
      this.log.error({ err: (err as Error).message, receipts: batch.size }, 'receipts could not be recorded');
    }
  }
}
