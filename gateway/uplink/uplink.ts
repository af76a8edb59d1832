/**
 * The uplink stage: the primary and optional secondary broker links, which one carries events,
 * the sending window, heartbeats and the outage report.
 *
 * Path choice. The primary carries events while it is healthy. It is unhealthy when it has been
 * disconnected, or has left an event unreceipted, for `failoverAfter` (default 30 s); then, if the
 * secondary is connected, events go there — the same events with the same event ids, so a
 * platform that hears both dedupes. The hub keeps reconnecting to the primary and switches back
 * once the primary answers a heartbeat. A TAKE_ALTERNATIVE receipt switches at once and keeps
 * the secondary for `failoverAfter`.
 *
 * A path that has not connected for `outageReportAfter` (every attempt failing: refused, closed,
 * unreachable) is `unreachable` until it connects again (`reachable`): the gateway raises and
 * clears the UPLINK_DOWN technical alarm on those.
 */
import type { Logger } from 'pino';
import { type Clock, every, type Timer } from '../../protocol/clock.ts';
import type { vakt } from '../../protocol/uplink/index.ts';
import { TypedEmitter } from '../events.ts';
import type { UplinkState } from '../store/outbox.ts';
import { type BirthFacts, BrokerLink, type BrokerLinkSettings, type PathName } from './broker-link.ts';
import { Delivery, type ReceiptInfo } from './delivery.ts';
import { HeartbeatProber } from './heartbeat.ts';
import { OutageTracker } from './outage.ts';
import { OutboxLimit } from './outbox-limit.ts';
import { ReceiptGate } from './receipt-gate.ts';
import { StateRequests } from './state-requests.ts';
import type { UplinkEvents, UplinkSettings } from './uplink-contract.ts';

export type { ReceiptInfo } from './delivery.ts';
export type { UplinkEvents, UplinkSettings } from './uplink-contract.ts';

interface Path {
  link: BrokerLink;
  heartbeat: HeartbeatProber;
  /** Reported unreachable and not connected since. */
  unreachable: boolean;
}

export class Uplink extends TypedEmitter<UplinkEvents> {
  private readonly delivery: Delivery;
  private readonly limit: OutboxLimit;
  private readonly gate: ReceiptGate;
  private paths: Path[] = [];
  private active: Path | undefined;
  private tick: Timer | undefined;
  private preferSecondaryUntil = 0;
  private outage: OutageTracker | undefined;
  private offStore: (() => void) | undefined;
  private readonly stateRequests: StateRequests;

  constructor(
    private readonly store: UplinkState,
    private readonly s: UplinkSettings,
    private readonly birth: BirthFacts,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {
    super((err, event) => log.error({ event, err: (err as Error).message }, 'uplink listener failed'));
    const window = { inFlight: s.inFlight, receiptTimeoutMs: s.receiptTimeoutMs };
    this.delivery = new Delivery(store.pending, clock, window, log);
    this.limit = new OutboxLimit(store, s.maxOutbox, clock, log);
    const trust = { hubId: s.primary.hubId, publicKeys: s.receiptKeys ?? [] };
    this.gate = new ReceiptGate(trust, (n) => void store.notice(n), clock, log);
    this.stateRequests = new StateRequests(clock, log);
  }

  start(): void {
    if (this.outage) return;
    this.outage = new OutageTracker(this.clock.now(), this.s.outageReportAfterMs);
    this.delivery.on('receipted', (eventId, info) => this.onReceipted(eventId, info));
    this.delivery.on('alternative', (eventId) => this.takeAlternative(eventId));
    this.delivery.on('rejected', (row, reason) => this.emit('rejected', row, reason));
    this.delivery.on('unheard', (eventId) => this.emit('unheard', eventId));
    this.offStore = this.store.events.on('outbox', () => {
      this.limit.enforce();
      this.delivery.pump();
    });
    this.paths = [this.path('primary', this.s.primary)];
    if (this.s.secondary) this.paths.push(this.path('secondary', this.s.secondary));
    for (const p of this.paths) {
      p.heartbeat.start();
      p.link.start();
    }
    this.tick = every(this.clock, 1000, () => {
      this.choose();
      this.checkReachable();
    });
    if (!this.gate.authenticated)
      this.log.warn(
        'no platform keys configured (commands.publicKeys): receipts are not authenticated, so any broker account that may publish on the receipt topic can clear alarms',
      );
  }

  async stop(): Promise<void> {
    this.offStore?.();
    this.tick?.cancel();
    this.gate.stop();
    this.stateRequests.stop();
    this.delivery.stop();
    for (const p of this.paths) p.heartbeat.stop();
    await Promise.all(this.paths.map((p) => p.link.stop()));
  }

  /** The path events go on now, or undefined while no broker is usable. */
  get activePath(): string | undefined {
    return this.active?.link.name;
  }

  status(): Record<string, unknown> {
    return {
      path: this.activePath ?? null,
      downSince: this.outage?.downSince ?? null,
      inFlight: this.delivery.inFlightCount,
      receipts: { authenticated: this.gate.authenticated, ...this.gate.stats },
      brokers: this.paths.map((p) => ({
        path: p.link.name,
        connected: p.link.up,
        heartbeatAnsweredAt: p.heartbeat.answeredAt,
      })),
    };
  }

  setHeartbeatInterval(ms: number): void {
    for (const p of this.paths) p.heartbeat.setInterval(ms);
  }

  /**
   * Publishes `bytes` retained on every connected broker (the inventory); resolves with how many
   * took it. A broker that is down gets it on its next birth (the `birth` event).
   */
  async publishRetained(kind: 'inventory', bytes: Uint8Array, only?: BrokerLink): Promise<number> {
    const links = this.paths.map((p) => p.link).filter((l) => l.up && (!only || l === only));
    const done = await Promise.allSettled(links.map((l) => l.publish(kind, bytes, undefined, true)));
    return done.filter((d) => d.status === 'fulfilled').length;
  }

  /** Publishes a non-outbox message (command result, inventory) on the active path. */
  async publishDirect(
    kind: 'command-result' | 'inventory',
    bytes: Uint8Array,
    via?: BrokerLink,
  ): Promise<void> {
    const link = via?.up ? via : this.active?.link;
    if (!link) throw new Error('no broker connected');
    await link.publish(kind, bytes);
  }

  private path(name: PathName, settings: BrokerLinkSettings): Path {
    const facts = {
      outboxDepth: () => this.store.pending.stats().depth,
      oldestPendingAt: () => this.store.pending.stats().oldestAt,
      openTechnicalAlarms: () => this.store.openTechnicalAlarms().length,
    };
    const { s, clock, log } = this;
    const link = new BrokerLink(name, settings, this.birth, clock, log);
    const heartbeat = new HeartbeatProber(
      link,
      s.heartbeatIntervalMs,
      s.receiptTimeoutMs,
      settings.hubId,
      facts,
      clock,
      log,
    );
    const path = { link, heartbeat, unreachable: false };
    this.stateRequests.watch(link);
    link.on('up', () => {
      this.emit('birth', link);
      if (path.unreachable) {
        path.unreachable = false;
        this.emit('reachable', name);
      }
      this.choose();
    });
    link.on('down', () => this.onDown(path));
    link.on('receipt', (r) => this.onReceipt(path, r));
    link.on('command', (bytes) => this.emit('command', bytes, link));
    return path;
  }

  private checkReachable(): void {
    const now = this.clock.now();
    for (const p of this.paths) {
      const f = p.link.failure;
      if (p.unreachable || !f || f.attempts === 0 || now - f.since < this.s.outageReportAfterMs) continue;
      p.unreachable = true;
      this.log.warn({ path: p.link.name, reason: f.reason, attempts: f.attempts }, 'broker path unreachable');
      this.emit('unreachable', p.link.name, f.reason, f.since);
    }
  }

  private onReceipted(eventId: string, info: ReceiptInfo): void {
    const report = this.outage?.receipted(eventId, info.createdAt, this.clock.now());
    if (report) this.reportOutage(report);
    this.emit('receipted', eventId, info);
  }

  private onReceipt(path: Path, r: vakt.v1.Receipt): void {
    const result = this.gate.admit(r, (id) => id.startsWith('hb-') || this.delivery.waitsFor(id));
    if (result === undefined) return;
    if (path.heartbeat.onReceipt(r.eventId)) {
      if (path === this.active) this.recovered();
      this.choose();
      return;
    }
    this.recovered();
    this.delivery.onReceipt(r, result);
  }

  /** A receipt came back on the active path: the outage (if any) is over. */
  private recovered(): void {
    if (!this.outage || this.outage.downSince === null) return;
    const pending = this.store.pending
      .next(1_000_000, () => false)
      .map((r) => ({ eventId: r.eventId, createdAt: r.createdAt }));
    const now = this.clock.now();
    this.outage.up(now, pending);
    const report = this.outage.receipted('', undefined, now);
    if (report) this.reportOutage(report);
  }

  private onDown(path: Path): void {
    if (path !== this.active) return;
    this.delivery.abandon();
    this.choose();
  }

  private healthy(p: Path | undefined): boolean {
    return !!p && p.link.up && p.heartbeat.answeredAt !== null;
  }

  /** How long the primary has been unusable: disconnected, or sitting on an unreceipted event. */
  private primaryTroubleMs(primary: Path): number {
    const now = this.clock.now();
    if (!primary.link.up) return now - primary.link.downSince;
    if (this.active !== primary) return 0;
    const oldest = this.delivery.oldestInFlightAt();
    return oldest === null ? 0 : now - oldest;
  }

  private choose(): void {
    const [primary, secondary] = this.paths as [Path, Path | undefined];
    const now = this.clock.now();
    let next = this.active;
    if (!secondary) next = primary.link.up ? primary : undefined;
    else if (this.active === secondary) {
      if (!secondary.link.up) next = primary.link.up ? primary : undefined;
      else if (now >= this.preferSecondaryUntil && this.healthy(primary)) next = primary;
    } else {
      // On the primary, or on nothing.
      const trouble = this.primaryTroubleMs(primary);
      if (primary.link.up && trouble < this.s.failoverAfterMs) next = primary;
      else if (secondary.link.up && trouble >= this.s.failoverAfterMs) next = secondary;
      else next = primary.link.up ? primary : undefined;
    }
    if (next === this.active) return;
    const from = this.active?.link.name ?? 'none';
    this.active = next;
    if (!next) this.outage?.down(now);
    this.log.warn({ from, to: next?.link.name ?? 'none' }, 'uplink path changed');
    this.emit('path', next?.link.name);
    this.delivery.use(next?.link);
  }

  private takeAlternative(eventId: string): void {
    const secondary = this.paths[1];
    if (secondary?.link.up && this.active !== secondary) {
      this.preferSecondaryUntil = this.clock.now() + this.s.failoverAfterMs;
      this.active = secondary;
      this.log.warn({ eventId }, 'taking the alternative path: secondary broker');
      this.delivery.use(secondary.link);
      return;
    }
    this.emit('alternative', eventId);
  }

  private reportOutage(o: { fromMs: number; toMs: number; eventsDelayed: number; maxDelayMs: number }): void {
    const minutes = ((o.toMs - o.fromMs) / 60_000).toFixed(1);
    this.store.notice({
      kind: 'UPLINK_DOWN',
      rootCause: `the uplink was down from ${new Date(o.fromMs).toISOString()} to ${new Date(o.toMs).toISOString()} (${minutes} min); ${o.eventsDelayed} events delayed, at most ${Math.round(o.maxDelayMs / 1000)} s`,
      devices: [],
      action: "check the hub's network connection (router, cable, mobile data) if outages repeat",
      outage: o,
    });
    this.log.warn(o, 'uplink outage reported');
  }
}
