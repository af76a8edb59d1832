/**
 * The application-level heartbeat of one broker link. MQTT keepalive only proves the TCP path to
 * the broker; a Heartbeat answered by the platform's Receipt proves the whole path. A heartbeat
 * unanswered within the receipt timeout drops the connection (half-open TCP, a dead bridge, a
 * stalled platform) and the link reconnects: detection within interval + receipt timeout.
 * A heartbeat the broker says nobody was subscribed to (unheard.ts) is not that: the broker
 * answered, so the connection stays and the heartbeat goes again soon (unheard.ts's quick
 * retries, then every interval) — a fleet that beat its platform's receivers back after a broker restart does
 * not drop every connection 10 s later and storm again.
 */
import type { Logger } from 'pino';
import { type Clock, every, type Timer } from '../../protocol/clock.ts';
import { v1 } from '../../protocol/uplink/index.ts';
import type { BrokerLink } from './broker-link.ts';
import { UnheardRetry } from './unheard.ts';

export interface HeartbeatFacts {
  outboxDepth(): number;
  oldestPendingAt(): number | null;
  openTechnicalAlarms(): number;
}

export class HeartbeatProber {
  private timer: Timer | undefined;
  private pending: { eventId: string; timer: Timer } | undefined;
  private n = 0;
  private lastAnsweredAt: number | null = null;
  private offLink: Array<() => void> = [];
  private again: Timer | undefined;
  private unheard: UnheardRetry;

  constructor(
    private readonly link: BrokerLink,
    private intervalMs: number,
    private readonly replyTimeoutMs: number,
    private readonly hubId: string,
    private readonly facts: HeartbeatFacts,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {
    this.unheard = new UnheardRetry(intervalMs);
  }

  /** Follows the link: a heartbeat at once on every connection, then every interval. */
  start(): void {
    if (this.offLink.length > 0) return;
    this.offLink = [
      this.link.on('up', () => {
        this.lastAnsweredAt = null;
        this.beat();
        this.schedule();
      }),
      this.link.on('down', () => this.halt()),
    ];
  }

  /** Last time the platform answered a heartbeat on this link's current connection. */
  get answeredAt(): number | null {
    return this.lastAnsweredAt;
  }

  setInterval(ms: number): void {
    this.intervalMs = ms;
    this.unheard = new UnheardRetry(ms);
    if (this.link.up) this.schedule();
  }

  get intervalS(): number {
    return Math.round(this.intervalMs / 1000);
  }

  /** True when `eventId` was this prober's heartbeat (the receipt is consumed). */
  onReceipt(eventId: string): boolean {
    if (this.pending?.eventId !== eventId) return eventId.startsWith(`hb-${this.link.name}-`);
    this.pending.timer.cancel();
    this.pending = undefined;
    this.unheard.forget('heartbeat');
    this.lastAnsweredAt = this.clock.now();
    return true;
  }

  stop(): void {
    for (const off of this.offLink) off();
    this.offLink = [];
    this.halt();
  }

  private schedule(): void {
    this.timer?.cancel();
    this.timer = every(this.clock, this.intervalMs, () => this.beat());
  }

  private halt(): void {
    this.timer?.cancel();
    this.timer = undefined;
    this.again?.cancel();
    this.again = undefined;
    this.pending?.timer.cancel();
    this.pending = undefined;
  }

  private beat(): void {
    if (!this.link.up || this.pending) return;
    const now = this.clock.now();
    const eventId = `hb-${this.link.name}-${this.link.bdSeq}-${++this.n}`;
    const oldest = this.facts.oldestPendingAt();
    const bytes = v1.Heartbeat.encode({
      eventId,
      hubId: this.hubId,
      atMs: now,
      intervalS: this.intervalS,
      outboxDepth: this.facts.outboxDepth(),
      oldestPendingMs: oldest === null ? 0 : now - oldest,
      openTechnicalAlarms: this.facts.openTechnicalAlarms(),
    }).finish();
    this.pending = {
      eventId,
      timer: this.clock.setTimer(this.replyTimeoutMs, () => {
        this.pending = undefined;
        this.link.restart(`no reply to heartbeat ${eventId} within ${this.replyTimeoutMs} ms`);
      }),
    };
    this.link.publish('heartbeat', bytes, eventId).then(
      (heard) => heard || this.beatSoon(eventId),
      (err: Error) => this.log.debug({ path: this.link.name, err: err.message }, 'heartbeat publish failed'),
    );
  }

  /** Nobody was subscribed to heartbeat `eventId`: no reply can come, so beat again soon. */
  private beatSoon(eventId: string): void {
    if (this.pending?.eventId !== eventId) return;
    this.pending.timer.cancel();
    this.pending = undefined;
    this.again?.cancel();
    this.again = this.clock.setTimer(this.unheard.delayFor('heartbeat'), () => {
      this.again = undefined;
      this.beat();
    });
  }
}
