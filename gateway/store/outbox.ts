/**
 * The outbox contract: events waiting for the platform's Receipt. Implemented by `OutboxTable`
 * (SQLite, durable), `MemoryOutbox` (memory only: events held while storage fails, and a fleet
 * simulator's hubs) and `HubOutbox` (the two together, what the gateway's uplink sends from).
 * Every implementation passes `outbox.contract.ts`.
 *
 * The uplink depends on this and on `UplinkState`, never on `HubStore`, so it runs unchanged over
 * an in-memory outbox with no SQLite.
 */
import type { TypedEmitter } from '../events.ts';
import type { NoticeInput, OutboxRow } from './rows.ts';
import type { StoreEvents } from './store-events.ts';

export interface OutboxStats {
  depth: number;
  /** When the oldest row was accepted (ms), or null when the outbox is empty. */
  oldestAt: number | null;
}

export interface SentAttempt {
  eventId: string;
  attempt: number;
}

export interface Outbox {
  /** Adds a row; false (and nothing written) when a row with its event id is already there. */
  append(row: OutboxRow): boolean;
  /**
   * The next `limit` rows, lowest priority number first (alarms), oldest first within a
   * priority, leaving out those `skip` excludes (in flight, held back).
   */
  next(limit: number, skip: (eventId: string) => boolean): OutboxRow[];
  find(eventId: string): OutboxRow | undefined;
  /** Records the attempt numbers of what was just published (bookkeeping: may be lost). */
  markSent(sent: readonly SentAttempt[]): void;
  /** The SMS fallback sent this alarm at `at`. */
  markSms(eventId: string, at: number): void;
  /**
   * The platform receipted these: the rows are gone. Returns, for each id that was still in the
   * outbox, when it was accepted. May throw when storage fails; then nothing was removed.
   */
  receipted(eventIds: readonly string[]): Map<string, number>;
  /** Alarm rows (priority 0) accepted at or before `before`, not yet sent by SMS, oldest first. */
  alarmsUnreceiptedSince(before: number): OutboxRow[];
  stats(): OutboxStats;
  /**
   * Keeps at most `max` rows: never drops an alarm (priority 0); drops the lowest class (highest
   * priority number) first, oldest first within it. Returns how many rows were dropped.
   */
  compact(max: number): number;
}

/** What the uplink needs of the hub state: the outbox, its signal, and a way to report. */
export interface UplinkState {
  readonly pending: Outbox;
  readonly events: TypedEmitter<StoreEvents>;
  /** Adds a one-off technical report (an outage, a compaction) to the outbox; its event id. */
  notice(t: NoticeInput): string;
  openTechnicalAlarms(): readonly unknown[];
}
