/**
 * The reference receiver: subscribes to every hub's events (optionally as one member of a shared
 * subscription group), decodes and validates them, dedupes on (hub id, event id) durably, shows
 * each event, optionally hands it to `--exec`, and only then answers with a Receipt. Bad payloads
 * are logged with topic and reason, counted, and never receipted as accepted.
 */
import type { IClientOptions, MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import {
  DEFAULT_ROOT,
  decodeMessage,
  eventIdOf,
  messageToJson,
  PayloadError,
  parseTopic,
  platformSubscriptions,
  SNU,
  topicFor,
  type UplinkMessage,
  v1,
} from '../../protocol/uplink/index.ts';
import { DedupeStore } from './dedupe-store.ts';
import { runHook } from './exec-hook.ts';
import { connectMqtt, type MqttVersionFlag } from './mqtt-connect.ts';
import { describeMessage, withDeviceLabels } from './print-event.ts';

export interface ReceiverOptions {
  url: string;
  mqtt: IClientOptions;
  /** Default: the version in `mqtt.protocolVersion`, fixed. */
  mqttVersion?: MqttVersionFlag;
  root?: string;
  shareGroup?: string;
  storeDir: string;
  receiverId: string;
  json?: boolean;
  exec?: string;
  out(line: string): void;
  log: Logger;
  /** Clock for receipt times; Date.now outside tests. */
  now?: () => number;
}

export interface ReceiverStats {
  received: number;
  handled: number;
  duplicates: number;
  undecodable: number;
  rejected: number;
  heldForResend: number;
  receipts: number;
}

const HOLD_RESEND_S = 10;

export class Receiver {
  readonly stats: ReceiverStats = {
    received: 0,
    handled: 0,
    duplicates: 0,
    undecodable: 0,
    rejected: 0,
    heldForResend: 0,
    receipts: 0,
  };
  private client: MqttClient | undefined;
  private store: DedupeStore | undefined;
  private readonly inflight = new Map<string, Promise<number>>();
  private readonly root: string;
  private readonly now: () => number;

  constructor(private readonly o: ReceiverOptions) {
    this.root = o.root ?? DEFAULT_ROOT;
    this.now = o.now ?? Date.now;
  }

  async start(): Promise<void> {
    this.store = new DedupeStore(this.o.storeDir);
    const version = this.o.mqttVersion ?? (this.o.mqtt.protocolVersion === 4 ? '3.1.1' : '5');
    const client = await connectMqtt(
      this.o.url,
      { clean: false, properties: { sessionExpiryInterval: 86_400 }, ...this.o.mqtt },
      version,
    );
    this.client = client;
    // Receipts go out at once: without TCP_NODELAY, Nagle holds each small publish ~40 ms.
    const noDelay = () => (client.stream as { setNoDelay?: (on: boolean) => void }).setNoDelay?.(true);
    noDelay();
    client.on('connect', noDelay);
    client.on('message', (topic, payload) => void this.onMessage(topic, payload));
    client.on('error', (err) => this.o.log.warn({ err: err.message }, 'broker connection error'));
    client.on('offline', () => this.o.log.warn('broker connection lost; reconnecting'));
    client.on('connect', () => this.o.log.info('broker connected'));
    await client.subscribeAsync(
      platformSubscriptions(
        this.root,
        ['alarm', 'technical', 'heartbeat', 'state', 'inventory', 'command-result'],
        this.o.shareGroup,
      ),
      { qos: 1 },
    );
    this.o.log.info(
      { root: this.root, share: this.o.shareGroup ?? null, store: this.store.size },
      'receiver subscribed',
    );
  }

  async stop(): Promise<void> {
    await Promise.allSettled(this.inflight.values());
    await this.client?.endAsync();
    this.store?.close();
  }

  private async onMessage(topic: string, payload: Buffer): Promise<void> {
    this.stats.received++;
    const t = parseTopic(this.root, topic);
    if (!t) return this.undecodable(topic, 'not a vakt topic');
    let m: UplinkMessage;
    try {
      m = decodeMessage(t.kind, payload);
    } catch (err) {
      return this.undecodable(topic, err instanceof PayloadError ? err.message : String(err));
    }
    const json = messageToJson(m);
    const messageHub = 'hubId' in m.message ? m.message.hubId : t.hubId;
    const eventId = eventIdOf(m);
    if (messageHub !== t.hubId)
      return this.reject(
        t.hubId,
        eventId,
        topic,
        `message hub id "${messageHub}" differs from topic hub "${t.hubId}"`,
      );
    if (m.kind === 'heartbeat') {
      if (!eventId) return this.reject(t.hubId, eventId, topic, 'heartbeat without event id');
      this.show(t.hubId, m, json);
      return this.receipt(t.hubId, eventId, v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED);
    }
    if (m.kind !== 'alarm' && m.kind !== 'technical') return this.show(t.hubId, m, json);
    if (!eventId) return this.reject(t.hubId, eventId, topic, `${m.kind} without event id`);
    const key = DedupeStore.key(t.hubId, eventId);
    const earlier = this.inflight.get(key);
    if (earlier || this.store!.has(key)) {
      this.stats.duplicates++;
      const result = earlier ? await earlier : v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED;
      return this.receipt(t.hubId, eventId, result);
    }
    const work = this.handle(t.hubId, key, m, json);
    this.inflight.set(key, work);
    try {
      await this.receipt(t.hubId, eventId, await work);
    } finally {
      this.inflight.delete(key);
    }
  }

  /** Shows the event, runs the hook, records it; returns the receipt result to send. */
  private async handle(
    hubId: string,
    key: string,
    m: UplinkMessage,
    json: Record<string, unknown>,
  ): Promise<number> {
    this.show(hubId, m, json);
    if (this.o.exec) {
      const r = await runHook(
        this.o.exec,
        JSON.stringify({ hubId, kind: m.kind, event: withDeviceLabels(json) }),
      );
      if (!r.ok) {
        this.stats.heldForResend++;
        this.o.log.warn(
          { hubId, eventId: eventIdOf(m), hook: r.detail },
          'exec hook failed; asking the hub to resend',
        );
        return v1.ReceiptResult.RECEIPT_RESULT_HOLD_AND_RESEND;
      }
    }
    await this.store!.add(key);
    this.stats.handled++;
    return v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED;
  }

  private show(hubId: string, m: UplinkMessage, json: Record<string, unknown>): void {
    this.o.out(
      this.o.json ? JSON.stringify({ hubId, kind: m.kind, event: json }) : describeMessage(hubId, m, json),
    );
  }

  private undecodable(topic: string, reason: string): void {
    this.stats.undecodable++;
    this.o.log.warn({ topic, reason }, 'undecodable payload ignored');
  }

  private async reject(
    hubId: string,
    eventId: string | undefined,
    topic: string,
    reason: string,
  ): Promise<void> {
    this.stats.rejected++;
    this.o.log.warn({ topic, hubId, eventId, reason }, 'invalid event rejected');
    if (eventId) await this.receipt(hubId, eventId, v1.ReceiptResult.RECEIPT_RESULT_REJECTED, reason);
  }

  private async receipt(hubId: string, eventId: string, result: number, reason = ''): Promise<void> {
    const bytes = v1.Receipt.encode({
      eventId,
      hubId,
      result,
      snu: SNU[result] ?? 99,
      reason,
      resendAfterS: result === v1.ReceiptResult.RECEIPT_RESULT_HOLD_AND_RESEND ? HOLD_RESEND_S : 0,
      atMs: this.now(),
      receiverId: this.o.receiverId,
    }).finish();
    try {
      await this.client!.publishAsync(topicFor(this.root, hubId, 'receipt'), Buffer.from(bytes), { qos: 1 });
      this.stats.receipts++;
    } catch (err) {
      // The hub resends an event that got no receipt; nothing is lost.
      this.o.log.warn({ hubId, eventId, err: (err as Error).message }, 'receipt not published');
    }
  }
}
