/**
 * The gate every receipt passes before the hub acts on it: signed by a trusted platform key (when
 * keys are configured), carrying this hub's id, with a result and snu that agree, for an event the
 * hub is waiting for. A receipt that fails changes nothing; it is counted, and the faults are
 * reported as one RECEIPT_UNTRUSTED notice and one log line per interval (default 10 min), so a
 * flood of forgeries costs the platform one message, not one per forgery.
 */
import type { Logger } from 'pino';
import type { Clock, Timer } from '../../protocol/clock.ts';
import {
  checkReceipt,
  type ReceiptFault,
  type ReceiptTrust,
  type vakt,
} from '../../protocol/uplink/index.ts';
import type { NoticeInput } from '../store/rows.ts';

/** One notice and one log line at most this often. */
export const RECEIPT_REPORT_INTERVAL_MS = 600_000;

export interface ReceiptCounts {
  /** Receipts acted on. */
  acted: number;
  /** Valid receipts for events the hub no longer waits for (answers to duplicates): ignored. */
  stale: number;
  /** Receipts refused, by reason, since the hub started. */
  untrusted: Partial<Record<ReceiptFault, number>>;
}

export class ReceiptGate {
  private readonly counts: ReceiptCounts = { acted: 0, stale: 0, untrusted: {} };
  /** Faults not yet reported. */
  private unreported: Partial<Record<ReceiptFault, number>> = {};
  private lastExample: { eventId: string; reason: ReceiptFault; keyId: string } | undefined;
  private lastReportAt: number | undefined;
  private timer: Timer | undefined;

  constructor(
    private readonly trust: ReceiptTrust,
    private readonly notice: (n: NoticeInput) => void,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly intervalMs = RECEIPT_REPORT_INTERVAL_MS,
  ) {}

  get stats(): ReceiptCounts {
    return { ...this.counts, untrusted: { ...this.counts.untrusted } };
  }

  /** True when receipts must be signed (platform keys are configured). */
  get authenticated(): boolean {
    return this.trust.publicKeys.length > 0;
  }

  /** The result to act on, or undefined when the receipt must be ignored. */
  admit(r: vakt.v1.Receipt, waitingFor: (eventId: string) => boolean): number | undefined {
    const checked = checkReceipt(r, this.trust);
    if (typeof checked === 'string') {
      this.refuse(r, checked);
      return undefined;
    }
    if (!waitingFor(r.eventId)) {
      this.counts.stale++;
      this.log.debug({ eventId: r.eventId }, 'receipt for an event not in flight or in the outbox ignored');
      return undefined;
    }
    this.counts.acted++;
    return checked;
  }

  stop(): void {
    this.timer?.cancel();
    this.timer = undefined;
  }

  private refuse(r: vakt.v1.Receipt, reason: ReceiptFault): void {
    this.counts.untrusted[reason] = (this.counts.untrusted[reason] ?? 0) + 1;
    this.unreported[reason] = (this.unreported[reason] ?? 0) + 1;
    this.lastExample = { eventId: r.eventId.slice(0, 64), reason, keyId: r.keyId.slice(0, 16) };
    const now = this.clock.now();
    if (this.lastReportAt === undefined || now - this.lastReportAt >= this.intervalMs) this.report();
    else
      this.timer ??= this.clock.setTimer(this.lastReportAt + this.intervalMs - now, () => {
        this.timer = undefined;
        this.report();
      });
  }

  private report(): void {
    const faults = this.unreported;
    const total = Object.values(faults).reduce((a, b) => a + (b ?? 0), 0);
    if (total === 0) return;
    this.unreported = {};
    const now = this.clock.now();
    const since = this.lastReportAt;
    this.lastReportAt = now;
    const list = Object.entries(faults)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ');
    const window =
      since === undefined
        ? ''
        : ` between ${new Date(since).toISOString()} and ${new Date(now).toISOString()}`;
    this.log.warn({ faults, example: this.lastExample }, 'receipts not acted on');
    const details: Record<string, string> = {};
    for (const [k, n] of Object.entries(faults)) details[k] = String(n);
    if (this.lastExample) details.last_event_id = this.lastExample.eventId;
    this.notice({
      kind: 'RECEIPT_UNTRUSTED',
      rootCause: `${total} receipt(s) on this hub's receipt topic were not acted on${window}: ${list}`,
      devices: [],
      action:
        "check which broker accounts may publish to this hub's receipt topic (per-hub ACL) and that every receiver signs with a key the hub trusts (commands.publicKeys)",
      details,
    });
  }
}
