/**
 * A device's event delivery (SPEC §5.4, §5.5): stop-and-wait, one event in flight until it is
 * ACKed, refused for good (`not_paired`) or given up after the retransmission schedule; waiting
 * events sent next, alarms first. What goes on air (sequence number, security, battery) is the
 * firmware's: it is asked for a frame and to transmit it.
 */
import type { DeviceEventFrame, NakReason } from '../../protocol/serial/index.ts';
import { enqueue, type InFlight, type Pending } from './delivery-queue.ts';
import type { FirmwareContext } from './firmware-context.ts';
import { ACK_TIMEOUT_MS, giveUpAfter, waitAfter } from './retransmission.ts';

export interface Transmitter {
  /** The event frame for `pending`, with the next sequence number. */
  frameFor(pending: Pending): DeviceEventFrame;
  /** Puts `frame` on air; the reason it could not (the event is then given up), if it could not. */
  transmit(frame: DeviceEventFrame): string | undefined;
}

export class StopAndWait {
  private queue: Pending[] = [];
  private inFlight: InFlight | undefined;
  private stopped = true;

  constructor(
    private readonly deviceId: number,
    private readonly ctx: Pick<FirmwareContext, 'linkClock' | 'random' | 'emit'>,
    private readonly transmitter: Transmitter,
  ) {}

  /** Events waiting or in flight. */
  get backlog(): number {
    return this.queue.length + (this.inFlight ? 1 : 0);
  }

  start(): void {
    this.stopped = false;
  }

  stop(): void {
    this.stopped = true;
    this.inFlight?.timer.cancel();
  }

  /** Forgets every waiting and in-flight event: RAM lost with the battery. */
  clear(): void {
    this.queue = [];
    this.inFlight = undefined;
  }

  add(pending: Pending): void {
    enqueue(this.queue, pending);
    this.pump();
  }

  onAck(seq: number): void {
    const f = this.inFlight;
    if (!f || f.frame.seq !== seq) return; // a late ACK for an event already settled
    f.timer.cancel();
    this.inFlight = undefined;
    this.ctx.emit({
      type: 'acked',
      deviceId: this.deviceId,
      seq,
      eventClass: f.frame.eventClass,
      statusCode: f.frame.statusCode,
      attempts: f.attempt + 1,
      latencyMs: this.ctx.linkClock.now() - f.firstSentAt,
    });
    this.pump();
  }

  onNak(seq: number, reason: NakReason): void {
    const f = this.inFlight;
    if (!f || f.frame.seq !== seq) return;
    this.ctx.emit({ type: 'nak', deviceId: this.deviceId, seq, reason });
    if (reason === 'not_paired') this.giveUp('not_paired');
    // `busy` and the informational reasons: the ACK timeout and backoff already govern.
  }

  private pump(): void {
    if (this.inFlight || this.stopped) return;
    const next = this.queue.shift();
    if (!next) return;
    const frame = this.transmitter.frameFor(next);
    this.inFlight = { frame, attempt: 0, firstSentAt: this.ctx.linkClock.now(), timer: { cancel() {} } };
    this.send();
  }

  private send(): void {
    const f = this.inFlight!;
    const failed = this.transmitter.transmit({ ...f.frame, attempt: Math.min(f.attempt, 255) });
    if (failed) {
      this.giveUp(failed);
      return;
    }
    const wait = f.attempt === 0 ? ACK_TIMEOUT_MS : waitAfter(f.attempt, this.ctx.random);
    f.timer = this.ctx.linkClock.setTimer(wait, () => this.onAckTimeout());
  }

  private onAckTimeout(): void {
    const f = this.inFlight;
    if (!f || this.stopped) return;
    if (f.attempt + 1 >= giveUpAfter(f.frame.eventClass)) {
      this.giveUp('no ACK');
      return;
    }
    f.attempt++;
    this.send();
  }

  private giveUp(reason: string): void {
    const f = this.inFlight!;
    f.timer.cancel();
    this.inFlight = undefined;
    this.ctx.emit({
      type: 'gave_up',
      deviceId: this.deviceId,
      seq: f.frame.seq,
      eventClass: f.frame.eventClass,
      statusCode: f.frame.statusCode,
      attempts: f.attempt + 1,
      reason,
    });
    this.pump();
  }
}
