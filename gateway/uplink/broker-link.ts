/**
 * One broker path (primary or secondary; one broker or the nodes of one cluster): connect, birth
 * and death, subscriptions, reconnect forever.
 *
 * - Every connection is a new bd_seq (persisted): the last will is HubState OFFLINE with that
 *   bd_seq and this path, retained; on connect the hub publishes ONLINE with the same bd_seq and
 *   path, retained. A platform judges each path on its own (TOPICS.md), so the two paths' births
 *   on one cluster never hide each other.
 * - Where and how to connect next is the `ConnectPlan`'s: nodes in order with jitter, MQTT 5 or
 *   3.1.1 per `mqttVersion`; once a whole round failed, `reconnectDelay` (first within
 *   reconnectMin, then full jitter capped at reconnectMax). mqtt.js's reconnect is off.
 *   Every failed attempt is logged at warn with its reason; `failure` says since when the path
 *   has not connected, for the uplink's technical alarm.
 * - `restart(reason)` drops a connection that looks alive but is not (no reply to the
 *   application heartbeat: half-open TCP).
 * - Emits `up`, `down(reason)`, `receipt(Receipt)`, `command(bytes)`, `state-request(bytes)`.
 */
import type { MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import type { Clock, Timer } from '../../protocol/clock.ts';
import {
  publishProperties,
  stateRequestTopic,
  type TopicKind,
  topicFor,
  v1,
} from '../../protocol/uplink/index.ts';
import { TypedEmitter } from '../events.ts';
import { ProblemTally } from '../problem-tally.ts';
import type { BirthFacts, BrokerLinkEvents, BrokerLinkSettings, PathName } from './broker-link-settings.ts';
import { ConnectPlan, type MqttProtocolVersion } from './connect-plan.ts';
import { goodbye } from './goodbye.ts';
import { FailureRun, type LinkFailure } from './link-failure.ts';
import { type Attempt, openAttempt } from './mqtt-attempt.ts';
import { guardPacketSize, HUB_MAX_PACKET_BYTES } from './packet-size-guard.ts';
import { watchUnheard } from './unheard.ts';

export type { BirthFacts, BrokerLinkEvents, BrokerLinkSettings, PathName } from './broker-link-settings.ts';

export class BrokerLink extends TypedEmitter<BrokerLinkEvents> {
  private client: MqttClient | undefined;
  /** Whether a publish on the current client reached no subscriber (unheard.ts). */
  private unheard: (messageId: number | undefined) => boolean = () => false;
  private attempt: Attempt | undefined;
  private retry: Timer | undefined;
  private stopped = false;
  private isUp = false;
  private readonly plan: ConnectPlan;
  /** The MQTT version of the current connection. */
  private version: MqttProtocolVersion = 5;
  private lastDownAt: number;
  private connectionBdSeq = 0;
  private readonly failures: FailureRun;
  /** Undecodable receipts are summarised, not logged one by one. */
  private readonly problems: ProblemTally;

  constructor(
    readonly name: PathName,
    private readonly s: BrokerLinkSettings,
    private readonly birth: BirthFacts,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {
    super((err, event) =>
      log.error({ path: name, event, err: (err as Error).message }, 'broker link listener failed'),
    );
    this.lastDownAt = clock.now();
    this.failures = new FailureRun(name, log);
    this.problems = new ProblemTally(log.child({ path: name }), clock);
    this.plan = new ConnectPlan({
      urls: s.urls,
      mqttVersion: s.mqttVersion,
      reconnectMinMs: s.reconnectMinMs,
      reconnectMaxMs: s.reconnectMaxMs,
      nodeJitterMs: Math.min(s.reconnectMinMs, 1000),
    });
  }

  /** Set while attempts fail and the path has not connected since: the last reason, since when. */
  get failure(): LinkFailure | undefined {
    return this.failures.current;
  }

  /** When the link last went down (or was created), for failover. */
  get downSince(): number {
    return this.lastDownAt;
  }

  /** This connection's birth/death sequence number. */
  get bdSeq(): number {
    return this.connectionBdSeq;
  }

  get up(): boolean {
    return this.isUp;
  }

  start(): void {
    this.connect();
  }

  /** A clean goodbye (goodbye.ts): OFFLINE with this connection's bd_seq, then DISCONNECT. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.retry?.cancel();
    this.problems.stop();
    const c = this.client;
    this.client = undefined;
    if (!c) return;
    const up = this.isUp;
    this.isUp = false;
    const offline = Buffer.from(this.stateBytes(v1.HubStatus.HUB_STATUS_OFFLINE));
    await goodbye(
      c,
      up ? () => c.publishAsync(this.topic('state'), offline, { qos: 1, retain: true }) : undefined,
      this.clock,
    );
  }

  /**
   * Publishes at QoS 1; resolves on PUBACK with whether anyone heard it (false: the broker said
   * no subscriber matched, unheard.ts). Rejects when not connected or the link drops.
   */
  async publish(kind: TopicKind, bytes: Uint8Array, eventId?: string, retain = false): Promise<boolean> {
    const c = this.client;
    const unheard = this.unheard;
    if (!c || !this.isUp) throw new Error(`${this.name} broker not connected`);
    const sent = await c.publishAsync(this.topic(kind), Buffer.from(bytes), {
      qos: 1,
      retain,
      ...(this.version === 5
        ? { properties: publishProperties(kind, this.s.hubId, eventId, this.s.heartbeatIntervalS) }
        : {}),
    });
    return !unheard(sent?.messageId);
  }

  /** Publishes this connection's ONLINE state again (retained), answering a state request. */
  async republishState(): Promise<void> {
    const c = this.client;
    if (!c || !this.isUp) return;
    await c.publishAsync(
      this.topic('state'),
      Buffer.from(this.stateBytes(v1.HubStatus.HUB_STATUS_ONLINE, true)),
      this.stateOptions(),
    );
  }

  /** Drops the connection and reconnects after the backoff. */
  restart(reason: string): void {
    if (this.stopped) return;
    this.log.warn({ path: this.name, reason }, 'dropping broker connection');
    this.failed(reason);
  }

  private topic(kind: TopicKind): string {
    return topicFor(this.s.root, this.s.hubId, kind);
  }

  private stateBytes(status: number, answeredRequest = false): Uint8Array {
    return v1.HubState.encode({
      ...this.birth.state(),
      hubId: this.s.hubId,
      status,
      bdSeq: this.bdSeq,
      atMs: this.clock.now(),
      path:
        this.name === 'primary'
          ? v1.DeliveryPath.DELIVERY_PATH_PRIMARY
          : v1.DeliveryPath.DELIVERY_PATH_SECONDARY,
      answeredRequest,
    }).finish();
  }

  private stateOptions() {
    return {
      qos: 1 as const,
      retain: true,
      ...(this.version === 5 ? { properties: publishProperties('state', this.s.hubId) } : {}),
    };
  }

  private connect(): void {
    if (this.stopped) return;
    try {
      this.connectionBdSeq = this.birth.nextBdSeq();
    } catch (err) {
      // The store is locked or failing: try again after the backoff instead of crashing the daemon.
      this.failed(`cannot take a new bd_seq: ${(err as Error).message}`);
      return;
    }
    const { url, version } = this.plan.current;
    this.version = version;
    const attempt = openAttempt(url, this.s.options, version, {
      topic: this.topic('state'),
      payload: Buffer.from(this.stateBytes(v1.HubStatus.HUB_STATUS_OFFLINE)),
      qos: 1,
      retain: true,
    });
    const client = attempt.client;
    this.attempt = attempt;
    this.client = client;
    guardPacketSize(client, HUB_MAX_PACKET_BYTES);
    this.unheard = watchUnheard(client);
    client.on('connect', () => void this.onConnect(client));
    client.on('message', (topic, payload) => this.onMessage(topic, payload));
    client.on('error', (err) => {
      if (client === this.client) this.failed(err.message);
    });
    client.on('close', () => {
      if (client === this.client) this.failed('connection closed');
    });
  }

  private async onConnect(client: MqttClient): Promise<void> {
    try {
      // A broker whose ACL refuses the state-request topic grants it with 0x80: not fatal.
      await client.subscribeAsync(
        [this.topic('receipt'), this.topic('command'), stateRequestTopic(this.s.root)],
        { qos: 1 },
      );
      await client.publishAsync(
        this.topic('state'),
        Buffer.from(this.stateBytes(v1.HubStatus.HUB_STATUS_ONLINE)),
        this.stateOptions(),
      );
    } catch (err) {
      if (client === this.client) this.failed(`subscribe/birth failed: ${(err as Error).message}`);
      return;
    }
    if (client !== this.client) return;
    this.plan.connected();
    this.failures.connected();
    this.isUp = true;
    const node = this.plan.current.url;
    this.log.info(
      { path: this.name, bdSeq: this.bdSeq, node, mqttVersion: this.version === 5 ? '5' : '3.1.1' },
      'broker connected',
    );
    this.emit('up');
  }

  private onMessage(topic: string, payload: Buffer): void {
    if (topic === this.topic('receipt')) {
      try {
        this.emit('receipt', v1.Receipt.decode(payload));
      } catch (err) {
        const e = { err: (err as Error).message };
        this.problems.count('undecodable receipt', e, 'undecodable receipt ignored');
      }
    } else if (topic === this.topic('command')) {
      this.emit('command', new Uint8Array(payload));
    } else if (topic === stateRequestTopic(this.s.root)) {
      this.emit('state-request', new Uint8Array(payload));
    }
  }

  /** The connection (or the attempt at one) ended: close it, tell, and plan the next attempt. */
  private failed(reason: string): void {
    const c = this.client;
    const end = this.attempt?.end(reason) ?? { reached: false, connack: false, reason };
    this.client = undefined;
    this.attempt = undefined;
    c?.removeAllListeners('close');
    c?.removeAllListeners('error');
    c?.on('error', () => {});
    c?.end(true);
    const wasUp = this.isUp;
    this.isUp = false;
    const now = this.clock.now();
    if (wasUp) {
      this.lastDownAt = now;
      this.log.warn({ path: this.name, reason }, 'broker connection lost');
      this.emit('down', reason);
    }
    if (this.stopped || this.retry) return;
    const node = this.plan.current.url;
    const next = wasUp ? this.plan.dropped() : this.plan.failed(end);
    if (wasUp) this.failures.dropped(reason, now);
    else this.failures.attemptFailed(node, this.version, end, next, now);
    this.log.debug(
      { path: this.name, reason, delayMs: Math.round(next.delayMs) },
      'broker reconnect scheduled',
    );
    this.retry = this.clock.setTimer(next.delayMs, () => {
      this.retry = undefined;
      this.connect();
    });
  }
}
