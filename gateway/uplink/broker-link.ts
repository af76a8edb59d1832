/**
 * One broker (primary or secondary): connect, birth and death, subscriptions, reconnect forever.
 *
 * - Every connection is a new bd_seq (persisted): the last will is HubState OFFLINE with that
 *   bd_seq, retained; on connect the hub publishes ONLINE with the same bd_seq, retained.
 * - mqtt.js's reconnect is off; a lost connection is retried after reconnectDelay (first within
 *   reconnectMin, then full jitter capped at reconnectMax), forever. `restart(reason)` drops a connection that looks alive but is not
 *   (no reply to the application heartbeat: half-open TCP).
 * - Emits `up`, `down(reason)`, `receipt(Receipt)`, `command(bytes)`.
 */
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import type { Clock, Timer } from '../../protocol/clock.ts';
import { publishProperties, type TopicKind, topicFor, v1, type vakt } from '../../protocol/uplink/index.ts';
import { TypedEmitter } from '../events.ts';
import { ProblemTally } from '../problem-tally.ts';
import { guardPacketSize, HUB_MAX_PACKET_BYTES } from './packet-size-guard.ts';
import { reconnectDelay } from './reconnect-delay.ts';

/** Longest wait for each step of a clean goodbye (OFFLINE's PUBACK, then the DISCONNECT). */
const STOP_STEP_MS = 1000;

export type PathName = 'primary' | 'secondary';

export interface BrokerLinkSettings {
  url: string;
  options: IClientOptions;
  root: string;
  hubId: string;
  reconnectMinMs: number;
  reconnectMaxMs: number;
  heartbeatIntervalS: number;
}

export interface BirthFacts {
  /** Next birth/death sequence number, persisted by the caller. */
  nextBdSeq(): number;
  state(): Omit<vakt.v1.IHubState, 'hubId' | 'status' | 'bdSeq' | 'atMs'>;
}

export type BrokerLinkEvents = {
  up: [];
  down: [reason: string];
  receipt: [receipt: vakt.v1.Receipt];
  command: [bytes: Uint8Array];
};

export class BrokerLink extends TypedEmitter<BrokerLinkEvents> {
  private client: MqttClient | undefined;
  private retry: Timer | undefined;
  private attempt = 0;
  private stopped = false;
  private isUp = false;
  /** MQTT 5 until the broker refuses it; then 3.1.1 (aedes, older brokers) for this link. */
  private protocolVersion: 4 | 5 = 5;
  private lastDownAt: number;
  private connectionBdSeq = 0;
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
    this.problems = new ProblemTally(log.child({ path: name }), clock);
    this.lastDownAt = clock.now();
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

  /**
   * A clean goodbye: OFFLINE published (retained, this connection's bd_seq), then an MQTT
   * DISCONNECT so the broker discards the last will instead of publishing a second OFFLINE.
   * Each step waits at most STOP_STEP_MS; a broker that does not answer gets the socket closed
   * (and then publishes the will, which says the same). Unreceipted events stay in the outbox.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    this.retry?.cancel();
    this.problems.stop();
    const c = this.client;
    this.client = undefined;
    if (!c) return;
    const up = this.isUp;
    this.isUp = false;
    if (up) {
      const offline = c.publishAsync(
        this.topic('state'),
        Buffer.from(this.stateBytes(v1.HubStatus.HUB_STATUS_OFFLINE)),
        { qos: 1, retain: true },
      );
      await this.within(offline.then(() => true)).catch(() => false);
    }
    const ended = await this.within(new Promise<boolean>((r) => c.end(!up, {}, () => r(true))));
    if (!ended) c.stream?.destroy();
  }

  /** `p`, or false after STOP_STEP_MS. */
  private within(p: Promise<boolean>): Promise<boolean> {
    return new Promise((resolve, reject) => {
      const timer = this.clock.setTimer(STOP_STEP_MS, () => resolve(false));
      p.then(
        (v) => {
          timer.cancel();
          resolve(v);
        },
        (err: unknown) => {
          timer.cancel();
          reject(err);
        },
      );
    });
  }

  /** Publishes at QoS 1; resolves on PUBACK. Rejects when not connected or the link drops. */
  async publish(kind: TopicKind, bytes: Uint8Array, eventId?: string, retain = false): Promise<void> {
    const c = this.client;
    if (!c || !this.isUp) throw new Error(`${this.name} broker not connected`);
    await c.publishAsync(this.topic(kind), Buffer.from(bytes), {
      qos: 1,
      retain,
      ...(this.protocolVersion === 5
        ? { properties: publishProperties(kind, this.s.hubId, eventId, this.s.heartbeatIntervalS) }
        : {}),
    });
  }

  /** Drops the connection and reconnects after the backoff. */
  restart(reason: string): void {
    if (this.stopped) return;
    this.log.warn({ path: this.name, reason }, 'dropping broker connection');
    this.lost(reason);
  }

  private topic(kind: TopicKind): string {
    return topicFor(this.s.root, this.s.hubId, kind);
  }

  private stateBytes(status: number): Uint8Array {
    return v1.HubState.encode({
      ...this.birth.state(),
      hubId: this.s.hubId,
      status,
      bdSeq: this.bdSeq,
      atMs: this.clock.now(),
    }).finish();
  }

  private connect(): void {
    if (this.stopped) return;
    try {
      this.connectionBdSeq = this.birth.nextBdSeq();
    } catch (err) {
      // The store is locked or failing: try again after the backoff instead of crashing the daemon.
      this.lost(`cannot take a new bd_seq: ${(err as Error).message}`);
      return;
    }
    const options: IClientOptions = { ...this.s.options, protocolVersion: this.protocolVersion };
    if (this.protocolVersion === 4) delete options.properties;
    const client = mqtt.connect(this.s.url, {
      ...options,
      will: {
        topic: this.topic('state'),
        payload: Buffer.from(this.stateBytes(v1.HubStatus.HUB_STATUS_OFFLINE)),
        qos: 1,
        retain: true,
      },
    });
    this.client = client;
    guardPacketSize(client, HUB_MAX_PACKET_BYTES);
    noDelay(client);
    client.on('connect', () => void this.onConnect(client));
    client.on('message', (topic, payload) => this.onMessage(topic, payload));
    client.on('error', (err) => {
      if (client !== this.client) return;
      if (this.protocolVersion === 5 && /unacceptable protocol version/i.test(err.message)) {
        this.protocolVersion = 4;
        this.log.warn({ path: this.name }, 'broker does not speak MQTT 5; using MQTT 3.1.1');
        this.attempt = 0;
      }
      this.lost(err.message);
    });
    client.on('close', () => {
      if (client === this.client) this.lost('connection closed');
    });
  }

  private async onConnect(client: MqttClient): Promise<void> {
    try {
      await client.subscribeAsync(
        [this.topic('receipt'), this.topic('command')].map((t) => t),
        { qos: 1 },
      );
      await client.publishAsync(
        this.topic('state'),
        Buffer.from(this.stateBytes(v1.HubStatus.HUB_STATUS_ONLINE)),
        {
          qos: 1,
          retain: true,
          ...(this.protocolVersion === 5 ? { properties: publishProperties('state', this.s.hubId) } : {}),
        },
      );
    } catch (err) {
      if (client === this.client) this.lost(`subscribe/birth failed: ${(err as Error).message}`);
      return;
    }
    if (client !== this.client) return;
    this.attempt = 0;
    this.isUp = true;
    this.log.info({ path: this.name, bdSeq: this.bdSeq }, 'broker connected');
    this.emit('up');
  }

  private onMessage(topic: string, payload: Buffer): void {
    if (topic === this.topic('receipt')) {
      try {
        this.emit('receipt', v1.Receipt.decode(payload));
      } catch (err) {
        this.problems.count(
          'undecodable receipt',
          { err: (err as Error).message },
          'undecodable receipt ignored',
        );
      }
    } else if (topic === this.topic('command')) {
      this.emit('command', new Uint8Array(payload));
    }
  }

  private lost(reason: string): void {
    const c = this.client;
    this.client = undefined;
    c?.removeAllListeners('close');
    c?.removeAllListeners('error');
    c?.on('error', () => {});
    c?.end(true);
    const wasUp = this.isUp;
    this.isUp = false;
    if (wasUp) {
      this.lastDownAt = this.clock.now();
      this.log.warn({ path: this.name, reason }, 'broker connection lost');
      this.emit('down', reason);
    }
    if (this.stopped || this.retry) return;
    const delay = reconnectDelay(this.attempt++, this.s.reconnectMinMs, this.s.reconnectMaxMs);
    this.log.debug({ path: this.name, reason, delayMs: Math.round(delay) }, 'broker reconnect scheduled');
    this.retry = this.clock.setTimer(delay, () => {
      this.retry = undefined;
      this.connect();
    });
  }
}

/**
 * Small MQTT packets go out at once: without TCP_NODELAY, Nagle's algorithm holds a publish
 * until the broker's delayed ACK of the previous one — about 40 ms a hop on Linux.
 */
function noDelay(client: MqttClient): void {
  const set = () => (client.stream as { setNoDelay?: (on: boolean) => void } | undefined)?.setNoDelay?.(true);
  set();
  client.on('connect', set);
}
