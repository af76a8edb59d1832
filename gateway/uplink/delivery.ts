/**
 * The sending window: up to `inFlight` outbox events published and awaiting their Receipt, each
 * with a receipt timeout after which it is resent (attempt + 1, same event id). Only an ACCEPTED
 * receipt removes an event from the outbox; PUBACK only means the broker took it.
 *
 * Receipts (the contract in protocol/uplink/vakt.proto), already admitted by the ReceiptGate:
 * - ACCEPTED: forget the event.
 * - HOLD_AND_RESEND: resend after `resend_after_s`, 1 s .. MAX_RESEND_AFTER_S (60 s): a receipt
 *   can delay an event, never park it.
 * - TAKE_ALTERNATIVE: handed to the uplink, which switches path (or goes to SMS for alarms); the
 *   path that refused it gets it again only after the receipt timeout, so a platform that keeps
 *   refusing sees one copy per receipt timeout, never a storm.
 * - REJECTED: not resent unchanged; removed and reported (`rejected` event) so a person looks.
 */
import type { Logger } from 'pino';
import type { Clock, Timer } from '../../protocol/clock.ts';
import { MAX_RESEND_AFTER_S, v1, type vakt } from '../../protocol/uplink/index.ts';
import { TypedEmitter } from '../events.ts';
import { ProblemTally } from '../problem-tally.ts';
import type { Outbox } from '../store/outbox.ts';
import type { OutboxRow } from '../store/rows.ts';
import type { BrokerLink, PathName } from './broker-link.ts';
import { UnheardRetry, UnheardRounds } from './unheard.ts';
import type { DeliveryEvents } from './uplink-contract.ts';

export interface DeliverySettings {
  inFlight: number;
  receiptTimeoutMs: number;
}

interface InFlight {
  row: OutboxRow;
  sentAt: number;
  attempt: number;
  timer: Timer;
}

const PATH = {
  primary: v1.DeliveryPath.DELIVERY_PATH_PRIMARY,
  secondary: v1.DeliveryPath.DELIVERY_PATH_SECONDARY,
} as const;

export type { DeliveryEvents, ReceiptInfo } from './uplink-contract.ts';

export class Delivery extends TypedEmitter<DeliveryEvents> {
  private link: BrokerLink | undefined;
  private readonly inflight = new Map<string, InFlight>();
  /** Events not to send before their timer fires: on `path` only, or on every path. */
  private readonly held = new Map<string, { timer: Timer; path: PathName | undefined }>();
  /** ACCEPTED receipts waiting for their one batched commit (see forgetSoon). */
  private readonly forgetting = new Map<string, { row?: OutboxRow; receipt: vakt.v1.Receipt }>();
  private forgetScheduled = false;
  private pumping = false;
  private again = false;
  /** Receipts for events the hub does not hold, or with results it does not know: summarised. */
  private readonly problems: ProblemTally;
  private readonly unheard: UnheardRounds;

  constructor(
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly s: DeliverySettings,
    private readonly log: Logger,
  ) {
    super((err, event) => log.error({ event, err: (err as Error).message }, 'delivery listener failed'));
    this.problems = new ProblemTally(log, clock);
    this.unheard = new UnheardRounds(clock, new UnheardRetry(s.receiptTimeoutMs), (members) => {
      for (const [id, handle] of members) if (this.held.get(id)?.timer === handle) this.held.delete(id);
      this.pump();
    });
  }

  /** The path to send on (undefined: none). Events in flight on the old path are resent. */
  use(link: BrokerLink | undefined): void {
    if (link === this.link) return;
    this.link = link;
    this.abandon();
    this.pump();
  }

  /** The link dropped: what was in flight is resent when a path is up again. */
  abandon(): void {
    for (const f of this.inflight.values()) f.timer.cancel();
    this.inflight.clear();
  }

  /** When the oldest event in flight was sent, or null: how long the path has left it unreceipted. */
  oldestInFlightAt(): number | null {
    let oldest: number | null = null;
    for (const f of this.inflight.values()) if (oldest === null || f.sentAt < oldest) oldest = f.sentAt;
    return oldest;
  }

  get inFlightCount(): number {
    return this.inflight.size;
  }

  stop(): void {
    this.problems.stop();
    this.forget();
    this.abandon();
    for (const h of this.held.values()) h.timer.cancel();
    this.held.clear();
    this.unheard.stop();
    this.link = undefined;
  }

  /** Fills the window from the outbox, alarms first, oldest first. */
  pump(): void {
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.again = false;
        const link = this.link;
        if (!link?.up) return;
        const room = this.s.inFlight - this.inflight.size;
        if (room <= 0) return;
        const held = (id: string) => {
          const h = this.held.get(id);
          return h !== undefined && (h.path === undefined || h.path === link.name);
        };
        const skip = (id: string) => this.inflight.has(id) || held(id) || this.forgetting.has(id);
        const rows = this.nextRows(room, skip);
        // Published first, recorded after in one commit: the attempt number is bookkeeping, and a
        // lost record only repeats an attempt number after a power cut.
        this.outbox.markSent(rows.map((row) => this.send(row, link)));
      } while (this.again);
    } finally {
      this.pumping = false;
    }
  }

  /** True while the event is in flight, held, being forgotten or in the outbox: a receipt for it counts. */
  waitsFor(eventId: string): boolean {
    if (this.inflight.has(eventId) || this.held.has(eventId) || this.forgetting.has(eventId)) return true;
    try {
      return this.outbox.find(eventId) !== undefined;
    } catch {
      return false;
    }
  }

  /** Acts on an admitted receipt whose meaning is `result` (a ReceiptResult). */
  onReceipt(r: vakt.v1.Receipt, result: number): void {
    const f = this.inflight.get(r.eventId);
    // Only an event the hub holds can be receipted: a receipt for anything else (a late duplicate,
    // or anyone who can publish on the topic) must not start timers, switch paths or log a line each.
    if (!f && !this.forgetting.has(r.eventId) && !this.outbox.find(r.eventId)) {
      this.problems.count(
        'receipt for an unknown event',
        { eventId: r.eventId.slice(0, 64), result: r.result },
        'receipt for an event the hub does not hold ignored',
      );
      return;
    }
    f?.timer.cancel();
    this.inflight.delete(r.eventId);
    this.unheard.forget(r.eventId);
    switch (result) {
      case v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED:
        if (!this.forgetting.has(r.eventId)) this.forgetting.set(r.eventId, { row: f?.row, receipt: r });
        this.forgetSoon();
        return; // the window refills after the batch is committed
      case v1.ReceiptResult.RECEIPT_RESULT_HOLD_AND_RESEND: {
        const ms = Math.min(Math.max(1, r.resendAfterS || 1), MAX_RESEND_AFTER_S) * 1000;
        this.hold(r.eventId, ms, undefined);
        this.log.info({ eventId: r.eventId, resendAfterMs: ms }, 'platform asked to hold and resend');
        break;
      }
      case v1.ReceiptResult.RECEIPT_RESULT_TAKE_ALTERNATIVE:
        this.hold(r.eventId, this.s.receiptTimeoutMs, this.link?.name);
        this.log.warn({ eventId: r.eventId, reason: r.reason }, 'platform asked for the alternative path');
        this.emit('alternative', r.eventId, r.reason);
        break;
      case v1.ReceiptResult.RECEIPT_RESULT_REJECTED: {
        const row = f?.row ?? this.outbox.find(r.eventId);
        if (!row) break;
        // Taken out of the window like an accepted one (so not resent unchanged), then reported.
        this.forgetting.set(r.eventId, { row, receipt: r });
        this.forgetSoon();
        this.log.error({ eventId: r.eventId, reason: r.reason }, 'platform rejected an event');
        this.emit('rejected', row, r.reason);
        break;
      }
      default:
        this.problems.count(
          'receipt with an unknown result',
          { eventId: r.eventId, result },
          'receipt with unknown result ignored',
        );
    }
    this.pump();
  }

  /** Keeps `eventId` out of the window for `ms` (on `path` only, or on every path). */
  private hold(eventId: string, ms: number, path: PathName | undefined): void {
    this.held.get(eventId)?.timer.cancel();
    const timer = this.clock.setTimer(ms, () => {
      if (this.held.get(eventId)?.timer !== timer) return;
      this.held.delete(eventId);
      this.pump();
    });
    this.held.set(eventId, { timer, path });
  }

  /**
   * Receipts that arrive together (one socket read holds many during a drain) are committed
   * together: one fsync for the batch instead of one per receipt. setImmediate runs after the
   * I/O that is ready now, so a lone receipt waits for nothing but its own commit.
   */
  private forgetSoon(): void {
    if (this.forgetScheduled) return;
    this.forgetScheduled = true;
    setImmediate(() => {
      this.forgetScheduled = false;
      this.forget();
      this.pump();
    });
  }

  private forget(): void {
    if (this.forgetting.size === 0) return;
    const batch = [...this.forgetting];
    this.forgetting.clear();
    let removed: Map<string, number>;
    try {
      removed = this.outbox.receipted(batch.map(([id]) => id));
    } catch (err) {
      // Storage fails: keep them out of the window (not resent) and try again with the next receipt.
      for (const [id, info] of batch) this.forgetting.set(id, info);
      this.log.error(
        { err: (err as Error).message, receipts: batch.length },
        'receipts could not be recorded',
      );
      return;
    }
    for (const [eventId, { row, receipt }] of batch) {
      if (receipt.result !== v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED) continue;
      if (!removed.has(eventId) && !row) continue;
      const createdAt = removed.get(eventId) ?? row?.createdAt;
      this.emit('receipted', eventId, { createdAt, path: this.link?.name, receipt });
    }
  }

  /** The next rows to send; none while the outbox cannot be read. */
  private nextRows(room: number, skip: (id: string) => boolean): OutboxRow[] {
    try {
      return this.outbox.next(room, skip);
    } catch (err) {
      this.log.error({ err: (err as Error).message }, 'outbox could not be read');
      return [];
    }
  }
  private send(row: OutboxRow, link: BrokerLink): { eventId: string; attempt: number } {
    const attempt = row.attempts + 1;
    const now = this.clock.now();
    const path = row.smsAt !== null ? v1.DeliveryPath.DELIVERY_PATH_SMS : PATH[link.name];
    const copy = { ...row.payload, attempt, path, sentAtMs: now };
    const kind = row.class === 'technical' ? 'technical' : 'alarm';
    const bytes =
      kind === 'technical'
        ? v1.TechnicalAlarm.encode(copy as vakt.v1.ITechnicalAlarm).finish()
        : v1.Alarm.encode(copy as vakt.v1.IAlarm).finish();
    const entry: InFlight = {
      row: { ...row, attempts: attempt },
      sentAt: now,
      attempt,
      timer: this.clock.setTimer(this.s.receiptTimeoutMs, () => {
        if (this.inflight.get(row.eventId) !== entry) return;
        this.inflight.delete(row.eventId);
        this.log.warn({ eventId: row.eventId, attempt, path: link.name }, 'no receipt in time; resending');
        this.pump();
      }),
    };
    this.inflight.set(row.eventId, entry);
    link.publish(kind, bytes, row.eventId).then(
      (heard) => heard || this.resendUnheard(entry),
      // The receipt timer resends; the link's own supervision notices a dead connection.
      (err: Error) => this.log.debug({ eventId: row.eventId, err: err.message }, 'publish failed'),
    );
    this.log.debug({ eventId: row.eventId, attempt, path: link.name }, 'event published');
    return { eventId: row.eventId, attempt };
  }

  /** No platform receiver was subscribed (unheard.ts): no receipt will come, so resend soon. */
  private resendUnheard(entry: InFlight): void {
    const eventId = entry.row.eventId;
    if (this.inflight.get(eventId) !== entry) return;
    entry.timer.cancel();
    this.inflight.delete(eventId);
    const why = 'no platform receiver subscribed; resending soon';
    this.problems.count('event heard by no subscriber', { eventId }, why);
    this.held.set(eventId, { timer: this.unheard.add(eventId, entry.row.priority), path: undefined });
    this.emit('unheard', eventId);
  }
}
