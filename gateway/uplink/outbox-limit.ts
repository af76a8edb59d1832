/**
 * Keeps the outbox within `maxOutbox` rows after each commit that added to it (alarms are never
 * dropped, see Outbox.compact) and reports what it dropped: at most one OUTBOX_COMPACTED
 * notice a minute, because the notice itself takes an outbox row.
 */
import type { Logger } from 'pino';
import type { Clock } from '../../protocol/clock.ts';
import type { UplinkState } from '../store/outbox.ts';

const REPORT_EVERY_MS = 60_000;

export class OutboxLimit {
  private dropped = 0;
  private lastReport = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly store: UplinkState,
    private readonly maxOutbox: number,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** Compacts if over the limit; reports the dropped rows when a report is due. */
  enforce(): void {
    this.dropped += this.store.pending.compact(this.maxOutbox);
    if (this.dropped === 0 || this.clock.now() - this.lastReport < REPORT_EVERY_MS) return;
    this.lastReport = this.clock.now();
    const n = this.dropped;
    this.dropped = 0;
    this.log.error({ dropped: n }, 'outbox full: lower-priority events compacted');
    this.store.notice({
      kind: 'OUTBOX_COMPACTED',
      rootCause: `the outbox reached its limit of ${this.maxOutbox} events; ${n} lower-priority events were dropped (alarms are never dropped)`,
      devices: [],
      action: 'restore the uplink; check why events were not receipted for so long',
      details: { dropped: String(n) },
    });
  }
}
