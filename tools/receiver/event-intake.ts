/**
 * What the receiver does with one alarm or technical alarm once it is decoded and valid: answer a
 * copy already in hand or known, shed a test alarm under saturation, or record it (showing it and
 * running --exec before or after, as the store wants) — and say which Receipt result to send.
 * Concurrent copies of one event share one piece of work.
 */
import type { Logger } from 'pino';
import { type UplinkMessage, v1 } from '../../protocol/uplink/index.ts';
import type { Admission } from './admission.ts';
import type { EventStore, Lane, RecordedEvent } from './event-store.ts';
import { runHook } from './exec-hook.ts';
import type { ReceiverMetrics } from './metrics.ts';
import { withDeviceLabels } from './print-event.ts';

export interface IntakeStats {
  handled: number;
  duplicates: number;
  heldForResend: number;
  shed: number;
}

export interface IntakeDeps {
  store: EventStore;
  admission: Admission;
  metrics: ReceiverMetrics;
  stats: IntakeStats;
  show(hubId: string, m: UplinkMessage, json: Record<string, unknown>): void;
  exec: string | undefined;
  log: Logger;
  now(): number;
}

export class EventIntake {
  private readonly inflight = new Map<string, Promise<number>>();

  constructor(private readonly d: IntakeDeps) {}

  /** Resolves once every event in hand is settled. */
  async drain(): Promise<void> {
    await Promise.allSettled(this.inflight.values());
  }

  shed(work: 'test-alarm' | 'heartbeat'): void {
    this.d.stats.shed++;
    this.d.metrics.shed.inc({ work });
  }

  /** Dedupes, sheds or records one event; returns the receipt result to send. */
  async settle(
    hubId: string,
    eventId: string,
    lane: Lane,
    m: Extract<UplinkMessage, { kind: 'alarm' | 'technical' }>,
    json: Record<string, unknown>,
  ): Promise<number> {
    const key = `${hubId}\t${eventId}`;
    const earlier = this.inflight.get(key);
    if (earlier || this.d.store.knows(hubId, eventId)) {
      this.duplicate(lane);
      return earlier ? await earlier : v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED;
    }
    if (this.d.admission.sheds(lane)) {
      this.shed('test-alarm');
      return v1.ReceiptResult.RECEIPT_RESULT_HOLD_AND_RESEND;
    }
    const e = { kind: m.kind, hubId, eventId, lane, atMs: this.d.now(), message: m.message } as RecordedEvent;
    const work = this.handle(e, m, json);
    this.inflight.set(key, work);
    try {
      return await work;
    } finally {
      this.inflight.delete(key);
    }
  }

  /** Shows and runs the hook (before or after recording, as the store wants); returns the receipt result. */
  private async handle(e: RecordedEvent, m: UplinkMessage, json: Record<string, unknown>): Promise<number> {
    const showFirst = !this.d.store.holdsEvents;
    if (showFirst) {
      this.d.show(e.hubId, m, json);
      if (this.d.exec && !(await this.hook(e, m, json)))
        return v1.ReceiptResult.RECEIPT_RESULT_HOLD_AND_RESEND;
    }
    let fresh: boolean;
    try {
      fresh = await this.d.store.record(e);
    } catch (err) {
      this.d.stats.heldForResend++;
      this.d.log.warn(
        { hubId: e.hubId, eventId: e.eventId, err: (err as Error).message },
        'event not recorded; asking the hub to resend',
      );
      return v1.ReceiptResult.RECEIPT_RESULT_HOLD_AND_RESEND;
    }
    if (!fresh) {
      this.duplicate(e.lane);
      return v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED;
    }
    if (!showFirst) this.d.show(e.hubId, m, json);
    this.d.stats.handled++;
    return v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED;
  }

  private async hook(e: RecordedEvent, m: UplinkMessage, json: Record<string, unknown>): Promise<boolean> {
    const r = await runHook(
      this.d.exec!,
      JSON.stringify({ hubId: e.hubId, kind: m.kind, event: withDeviceLabels(json) }),
    );
    if (r.ok) return true;
    this.d.stats.heldForResend++;
    this.d.log.warn(
      { hubId: e.hubId, eventId: e.eventId, hook: r.detail },
      'exec hook failed; asking the hub to resend',
    );
    return false;
  }

  private duplicate(lane: Lane): void {
    this.d.stats.duplicates++;
    this.d.metrics.duplicates.inc({ lane });
  }
}
