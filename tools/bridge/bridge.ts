/**
 * The DC-09 bridge: a shared-subscription member on the uplink that forwards each alarm and
 * technical alarm of a known hub to the centre, and receipts it to the hub only after the
 * centre's ACK (DUH → REJECTED; no answer → no receipt, so the hub's outbox keeps it). Events
 * ACKed once are never sent again (durable log, fsync'ed before the receipt). Heartbeats are
 * receipted only while a centre link is up, so a hub sees a dead centre path as a dead uplink.
 */
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import type { Clock } from '../../protocol/clock.ts';
import { platformSubscriptions, v1 } from '../../protocol/uplink/index.ts';
import { Centre, type Outcome } from './centre.ts';
import { CentreLink } from './centre-link.ts';
import { type Incoming, outgoingFor, readIncoming } from './centre-event.ts';
import type { BridgeConfig } from './config.ts';
import { LinkReport } from './link-report.ts';
import { LinkTest } from './link-test.ts';
import { plainReceipts, type SendReceipt } from './receipt.ts';
import { SentLog } from './sent-log.ts';

export interface BridgeOptions {
  config: BridgeConfig;
  key: Buffer | undefined;
  url: string;
  mqtt: IClientOptions;
  clock: Clock;
  log: Logger;
  /** Swap in platform-signed receipts here; plain protobuf receipts by default. */
  receipts?: (client: MqttClient) => SendReceipt;
}

export interface BridgeStats {
  received: number;
  forwarded: number;
  duplicates: number;
  rejected: number;
  undelivered: number;
  unknownHub: number;
  undecodable: number;
  queueFull: number;
  heartbeatsAnswered: number;
  receipts: number;
}

const MAX_UNKNOWN_REMEMBERED = 10_000;

export class Bridge {
  readonly stats: BridgeStats = {
    received: 0,
    forwarded: 0,
    duplicates: 0,
    rejected: 0,
    undelivered: 0,
    unknownHub: 0,
    undecodable: 0,
    queueFull: 0,
    heartbeatsAnswered: 0,
    receipts: 0,
  };
  readonly centre: Centre;
  private client: MqttClient | undefined;
  private store: SentLog | undefined;
  private sendReceipt: SendReceipt | undefined;
  private readonly inflight = new Map<string, Promise<Outcome>>();
  private readonly unknownHubs = new Set<string>();
  private readonly linkTest: LinkTest;
  private report: LinkReport | undefined;
  private stopped = false;

  constructor(private readonly o: BridgeOptions) {
    const c = o.config.centre;
    const links = [new CentreLink(c.main, 'main'), ...(c.backup ? [new CentreLink(c.backup, 'backup')] : [])];
    this.centre = new Centre(links, {
      attempts: c.attempts,
      replyTimeoutMs: c.replyTimeout,
      key: o.key,
      clock: o.clock,
      log: o.log,
    });
    const first = Object.values(o.config.hubs)[0];
    this.linkTest = new LinkTest(this.centre, o.clock, c.linkTest, {
      account: c.linkTestAccount ?? first?.account ?? '000',
      receiver: c.receiver,
      line: c.line,
    });
  }

  async start(): Promise<void> {
    const cfg = this.o.config;
    this.store = new SentLog(cfg.store);
    await this.store.open();
    const client = await mqtt.connectAsync(this.o.url, {
      clean: false,
      ...this.o.mqtt,
      ...(this.o.mqtt.protocolVersion === 5 ? { properties: { sessionExpiryInterval: 86_400 } } : {}),
    });
    this.client = client;
    this.sendReceipt = (
      this.o.receipts ?? ((cl) => plainReceipts(cl, cfg.mqtt.root, cfg.receiverId, this.o.clock.now))
    )(client);
    this.report = new LinkReport({
      bridgeId: cfg.receiverId,
      log: this.o.log,
      metricsFile: cfg.metricsFile,
      notifyTopic: cfg.notify?.topic,
      client,
      now: () => this.o.clock.now(),
    });
    this.centre.on('link', (s) => {
      this.report?.onChange(s);
      this.report?.snapshot(this.metrics());
    });
    const noDelay = () => (client.stream as { setNoDelay?: (on: boolean) => void }).setNoDelay?.(true);
    noDelay();
    client.on('connect', noDelay);
    client.on('message', (topic, payload) => void this.onMessage(topic, payload));
    client.on('error', (err) => this.o.log.warn({ err: err.message }, 'broker connection error'));
    client.on('offline', () => this.o.log.warn('broker connection lost; reconnecting'));
    await client.subscribeAsync(
      platformSubscriptions(cfg.mqtt.root, ['alarm', 'technical', 'heartbeat'], cfg.mqtt.share),
      {
        qos: 1,
      },
    );
    this.linkTest.start();
    this.o.log.info(
      { share: cfg.mqtt.share, hubs: Object.keys(cfg.hubs).length, sent: this.store.size },
      'dc09 bridge subscribed',
    );
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.linkTest.stop();
    await Promise.allSettled(this.inflight.values());
    await this.client?.endAsync();
    this.centre.close();
    await this.store?.close();
    this.report?.snapshot(this.metrics());
  }

  metrics(): object {
    return {
      bridge: this.stats,
      centre: this.centre.stats,
      links: [...this.centre.states.values()],
      offsetMs: this.centre.offsetMs,
    };
  }

  private async onMessage(topic: string, payload: Buffer): Promise<void> {
    if (this.stopped) return;
    this.stats.received++;
    let e: Incoming;
    try {
      e = readIncoming(this.o.config.mqtt.root, topic, payload, this.o.config);
    } catch (err) {
      this.stats.undecodable++;
      this.o.log.warn(
        { topic: topic.slice(0, 200), err: (err as Error).message },
        'event not usable; not receipted',
      );
      return;
    }
    if (!e.hub) return this.unknownHub(e.hubId);
    if (e.kind === 'heartbeat') {
      if (!this.centre.isUp()) return;
      this.stats.heartbeatsAnswered++;
      return this.receipt(e.hubId, e.eventId, v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED);
    }
    const key = SentLog.key(e.hubId, e.eventId);
    if (this.store!.has(key)) {
      this.stats.duplicates++;
      return this.receipt(e.hubId, e.eventId, v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED);
    }
    let work = this.inflight.get(key);
    if (work) this.stats.duplicates++;
    else {
      if (this.inflight.size >= this.o.config.queue) {
        this.stats.queueFull++;
        this.o.log.warn({ hubId: e.hubId, eventId: e.eventId }, 'bridge queue full; the hub will resend');
        return;
      }
      work = this.forward(e, key);
      this.inflight.set(key, work);
      void work.finally(() => this.inflight.delete(key));
    }
    const out = await work;
    if (out.result === 'ack')
      await this.receipt(e.hubId, e.eventId, v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED);
    else if (out.result === 'duh')
      await this.receipt(e.hubId, e.eventId, v1.ReceiptResult.RECEIPT_RESULT_REJECTED, out.reason);
  }

  /** Sends one event; on ACK records it durably before anyone is told. */
  private async forward(
    e: Extract<Incoming, { kind: 'alarm' | 'technical' }>,
    key: string,
  ): Promise<Outcome> {
    let out: Outcome;
    try {
      const o = outgoingFor(e, e.hub!, this.o.config);
      out = await this.centre.deliver(o.build);
      const log = {
        hubId: e.hubId,
        eventId: e.eventId,
        cid: o.mapped.cid,
        sia: o.mapped.sia,
        q: o.mapped.qualifier,
      };
      if (out.result === 'ack') this.o.log.info({ ...log, link: out.link }, 'delivered to the centre');
      else
        this.o.log.warn(
          { ...log, reason: out.reason },
          out.result === 'duh' ? 'centre rejected the event' : 'centre unreachable; no receipt',
        );
    } catch (err) {
      out = { result: 'duh', link: '', reason: `cannot encode for DC-09: ${(err as Error).message}` };
    }
    if (out.result === 'ack') {
      await this.store!.add(key);
      this.stats.forwarded++;
    } else if (out.result === 'duh') this.stats.rejected++;
    else this.stats.undelivered++;
    return out;
  }

  private unknownHub(hubId: string): void {
    this.stats.unknownHub++;
    if (this.unknownHubs.has(hubId) || this.unknownHubs.size >= MAX_UNKNOWN_REMEMBERED) return;
    this.unknownHubs.add(hubId);
    this.o.log.warn({ hubId }, 'hub has no account in the bridge config; its events are not receipted');
  }

  private async receipt(hubId: string, eventId: string, result: number, reason = ''): Promise<void> {
    try {
      await this.sendReceipt!({ hubId, eventId, result, reason });
      this.stats.receipts++;
    } catch (err) {
      this.o.log.warn({ hubId, eventId, err: (err as Error).message }, 'receipt not published');
    }
  }
}
