/**
 * `vakt fleet`: N simulated hubs in one process (fleet-hub.ts), each on its own MQTT connection
 * with its own credentials from a pattern, connected at a bounded ramp; events raised on a
 * schedule (a rate per hub per hour for alarms, technical alarms and test alarms, spread at random
 * over the fleet); optional outages of a share of the hubs; a live progress line; and a report of
 * connections, reconnects and raise-to-receipt latency by lane.
 */

import type { Logger } from 'pino';
import type { MqttVersionSetting } from '../../gateway/config/broker.ts';
import type { UplinkSettings } from '../../gateway/uplink/uplink.ts';
import { type Clock, every, type Timer } from '../../protocol/clock.ts';
import { FleetHub, type FleetLane } from './fleet-hub.ts';
import { FLEET_LANES, type FleetEvent, FleetStats } from './fleet-stats.ts';

export interface FleetOptions {
  url: string;
  /** Each simulated hub's `mqttVersion` (gateway/uplink/connect-plan.ts); default auto. */
  mqttVersion?: MqttVersionSetting;
  hubs: number;
  /** The first hub's number (default 1): a fleet split over threads numbers its parts apart. */
  firstHub?: number;
  /** Hub ids: "{n}" becomes the hub's number, zero-padded to 6 digits (FLEET-000001). */
  idPattern: string;
  /** Broker username and password per hub: "{hub}" becomes the hub id. Omitted: anonymous. */
  usernamePattern?: string;
  passwordPattern?: string;
  /** New connections per second while the fleet comes up. */
  rampPerS: number;
  /** Events per hub per hour, by lane. */
  ratePerHubHour: Record<FleetLane, number>;
  heartbeatIntervalMs: number;
  receiptTimeoutMs: number;
  inFlight: number;
  reconnectMinMs: number;
  reconnectMaxMs: number;
  /** Every hub's automatic test alarm interval (`uplink.testAlarmInterval`); 0 or omitted: none. */
  testAlarmIntervalMs?: number;
  /** Every `everyMs`, `share` of the hubs lose their network for `forMs`. */
  outage?: { everyMs: number; forMs: number; share: number };
  clock: Clock;
  log: Logger;
  /** Told of every receipt (for tests that check order per hub). */
  onReceipt?(hubId: string, lane: FleetLane, raisedAt: number, at: number): void;
  /** Told of everything the stats are told (fleet-worker.ts forwards it to the main thread). */
  onEvent?(e: FleetEvent): void;
}

/** The live progress line of `vakt fleet` (one thread or several). */
export function progressLine(s: FleetStats, hubs: number, pending: number): string {
  const lat = FLEET_LANES.map((l) => `${l} ${s.latencyMs[l].length}/${s.raised[l]}`).join(', ');
  return `connected ${s.connected}/${hubs} · receipted ${lat} · pending ${pending} · reconnects ${s.reconnectMs.length}`;
}

/** Applies one hub's event to `stats` and tells the run's listeners (a Fleet's own, or its threads'). */
export function recordFleetEvent(
  stats: FleetStats,
  o: Pick<FleetOptions, 'onReceipt' | 'onEvent'>,
  e: FleetEvent,
): void {
  stats.apply(e);
  if (e.k === 'receipted') o.onReceipt?.(e.hubId, e.lane, e.raisedAt, e.at);
  o.onEvent?.(e);
}

export const hubIdFor = (pattern: string, n: number): string =>
  pattern.replace('{n}', String(n).padStart(6, '0'));

const TICK_MS = 100;

export class Fleet {
  readonly hubs: FleetHub[] = [];
  stats: FleetStats;
  private timers: Timer[] = [];
  private carry: Record<FleetLane, number> = { alarm: 0, technical: 0, test: 0 };

  constructor(private readonly o: FleetOptions) {
    this.stats = new FleetStats(o.clock.now());
  }

  /** Creates and starts every hub at the ramp; resolves once all have been started. */
  async start(): Promise<void> {
    this.stats = new FleetStats(this.o.clock.now());
    const first = this.o.firstHub ?? 1;
    for (let n = first; n < first + this.o.hubs; n++) this.hubs.push(this.hub(n));
    await this.ramp();
  }

  /**
   * A fleet-wide restart (a power cut across a region, a rollout): every hub stops (goodbye
   * published) and starts again at the ramp, keeping what a hub keeps on disk.
   */
  async restart(): Promise<void> {
    await this.stopHubs();
    await this.ramp();
  }

  /** Raises events on the configured schedule until `stop`. */
  schedule(): void {
    this.timers.push(every(this.o.clock, TICK_MS, () => this.tick()));
    const out = this.o.outage;
    if (out)
      this.timers.push(
        every(this.o.clock, out.everyMs, () => {
          for (const hub of this.pick(Math.round(out.share * this.hubs.length))) void hub.cut(out.forMs);
        }),
      );
  }

  /** Raises `count` events of `lane` on hubs picked at random (or on every hub: count = hubs). */
  raise(lane: FleetLane, count: number): void {
    const hubs = count === this.hubs.length ? this.hubs : this.pick(count);
    for (const hub of hubs) hub.raise(lane);
  }

  /** Raises each of `lanes` in turn on every hub; the [event id, hub id] of the last lane's events. */
  raiseEach(lanes: readonly FleetLane[]): Array<[eventId: string, hubId: string]> {
    return this.hubs.map((hub) => {
      let id = '';
      for (const lane of lanes) id = hub.raise(lane);
      return [id, hub.hubId];
    });
  }

  get size(): number {
    return this.hubs.length;
  }

  get pending(): number {
    return this.hubs.reduce((n, h) => n + h.pending, 0);
  }

  progressLine(): string {
    return progressLine(this.stats, this.hubs.length, this.pending);
  }

  /** No more scheduled events or outages; hubs stay connected (to drain what is pending). */
  unschedule(): void {
    for (const t of this.timers.splice(0)) t.cancel();
  }

  async stop(): Promise<void> {
    this.unschedule();
    await this.stopHubs();
  }

  private async stopHubs(): Promise<void> {
    // In batches: 10,000 goodbyes at once would be a storm of its own.
    for (let i = 0; i < this.hubs.length; i += 500)
      await Promise.all(this.hubs.slice(i, i + 500).map((h) => h.stop()));
  }

  private async ramp(): Promise<void> {
    const perTick = Math.max(1, Math.round((this.o.rampPerS * TICK_MS) / 1000));
    for (let i = 0; i < this.hubs.length; i++) {
      this.hubs[i]!.start();
      if ((i + 1) % perTick === 0 && i + 1 < this.hubs.length) await this.sleep(TICK_MS);
    }
  }

  private record(e: FleetEvent): void {
    recordFleetEvent(this.stats, this.o, e);
  }

  private hub(n: number): FleetHub {
    const events = {
      raised: (lane: FleetLane) => this.record({ k: 'raised', lane }),
      testAlarmFailed: () => this.record({ k: 'testFailed' }),
      receipted: (lane: FleetLane, raisedAt: number, at: number, upAt: number) =>
        this.record({ k: 'receipted', hubId: hub.hubId, lane, raisedAt, at, upAt }),
      unheard: (lane: FleetLane) => this.record({ k: 'unheard', hubId: hub.hubId, lane }),
      up: (_h: FleetHub, downFor: number | null) => this.record({ k: 'up', downFor, at: this.o.clock.now() }),
      down: () => this.record({ k: 'down' }),
    };
    const { clock, log } = this.o;
    const hub = new FleetHub(
      hubIdFor(this.o.idPattern, n),
      this.settings(n),
      clock,
      log,
      events,
      this.o.testAlarmIntervalMs,
    );
    return hub;
  }

  private tick(): void {
    for (const lane of FLEET_LANES) {
      const expected =
        (this.o.ratePerHubHour[lane] * this.hubs.length * TICK_MS) / 3_600_000 + this.carry[lane];
      const whole = Math.floor(expected);
      this.carry[lane] = expected - whole;
      if (whole > 0) this.raise(lane, whole);
    }
  }

  private pick(count: number): FleetHub[] {
    const out: FleetHub[] = [];
    for (let i = 0; i < count; i++) out.push(this.hubs[Math.floor(Math.random() * this.hubs.length)]!);
    return out;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((r) => this.o.clock.setTimer(ms, r));
  }

  private settings(n: number): UplinkSettings {
    const o = this.o;
    const hubId = hubIdFor(o.idPattern, n);
    const fill = (p: string) => p.replaceAll('{hub}', hubId);
    return {
      primary: {
        urls: [o.url],
        mqttVersion: o.mqttVersion ?? 'auto',
        options: {
          clientId: hubId,
          protocolVersion: 5,
          clean: false,
          properties: { sessionExpiryInterval: 3600 },
          reconnectPeriod: 0,
          connectTimeout: 30_000,
          keepalive: 60,
          resubscribe: false,
          ...(o.usernamePattern ? { username: fill(o.usernamePattern) } : {}),
          ...(o.passwordPattern ? { password: fill(o.passwordPattern) } : {}),
        },
        root: 'vakt/v1',
        hubId,
        reconnectMinMs: o.reconnectMinMs,
        reconnectMaxMs: o.reconnectMaxMs,
        heartbeatIntervalS: Math.round(o.heartbeatIntervalMs / 1000),
      },
      inFlight: o.inFlight,
      receiptTimeoutMs: o.receiptTimeoutMs,
      heartbeatIntervalMs: o.heartbeatIntervalMs,
      failoverAfterMs: 30_000,
      outageReportAfterMs: 3_600_000,
      maxOutbox: 1_000,
    };
  }
}
