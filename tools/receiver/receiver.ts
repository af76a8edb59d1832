/**
 * The reference receiver: subscribes to every hub's events (optionally as one member of a shared
 * subscription group), decodes and validates them, records them exactly once by (hub id, event id)
 * in its store (an fsync'ed file, or PostgreSQL shared by a group), shows each new one, optionally
 * hands it to `--exec`, and only then answers with a Receipt. Bad payloads are logged with topic
 * and reason, counted, and never receipted as accepted. Receipts are signed with the platform key
 * when one is given (hubs with platform keys act only on signed receipts).
 *
 * Alarms first: alarms and technical alarms arrive on their own MQTT connection (own in-flight
 * window), are written before anything else, and are never shed; test alarms and heartbeat writes
 * give way when the store or the CPU is saturated (admission.ts).
 */
import type { KeyObject } from 'node:crypto';
import type { IClientOptions, MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import { VaktError } from '../../protocol/errors.ts';
import {
  DEFAULT_ROOT,
  decodeMessage,
  eventIdOf,
  messageToJson,
  PayloadError,
  parseTopic,
  platformSubscriptions,
  receiptSigner,
  type UplinkMessage,
  v1,
} from '../../protocol/uplink/index.ts';
import { Admission, type AdmissionLimits, DEFAULT_LIMITS } from './admission.ts';
import { openLink } from './broker-link.ts';
import type { LoginAttempt } from './login-refusal.ts';
import { EventIntake } from './event-intake.ts';
import { type EventStore, type Lane, laneOfAlarm } from './event-store.ts';
import { FileEventStore } from './file-event-store.ts';
import { ReceiverMetrics } from './metrics.ts';
import type { MqttVersionFlag } from './mqtt-connect.ts';
import { describeMessage, withDeviceLabels } from './print-event.ts';
import { ReceiptSender } from './receipt-sender.ts';

export interface ReceiverOptions {
  url: string;
  mqtt: IClientOptions;
  /** 5, 3.1.1 or auto (mqtt-connect.ts); default: the version in `mqtt.protocolVersion`, fixed. */
  mqttVersion?: MqttVersionFlag;
  login?: LoginAttempt; // to explain a refused login (login-refusal.ts)
  root?: string;
  shareGroup?: string;
  /** The file store's directory; used when no `store` is given. */
  storeDir?: string;
  /** Where events are recorded (e.g. a PgEventStore); default: a FileEventStore in `storeDir`. */
  store?: EventStore;
  receiverId: string;
  json?: boolean;
  exec?: string;
  out(line: string): void;
  log: Logger;
  /** Serve OpenMetrics at http://host:port/metrics (port 0: any free port). */
  metrics?: { host: string; port: number };
  limits?: Partial<AdmissionLimits>;
  /** Clock for receipt times; Date.now outside tests. */
  now?: () => number;
  /** The platform's Ed25519 private key: receipts are signed with it (`vakt keys generate --platform`). */
  signingKey?: KeyObject;
}

export interface ReceiverStats {
  received: number;
  handled: number;
  duplicates: number;
  undecodable: number;
  rejected: number;
  heldForResend: number;
  receipts: number;
  shed: number;
}

const HOLD_RESEND_S = 10;
/** A shed test alarm comes back after this long, when the storm has likely passed. */
const SHED_RESEND_S = 60;
const EVENT_LANES: readonly Lane[] = ['alarm', 'technical', 'routine', 'test'];
const ROUTINE_LANES: readonly Lane[] = ['state', 'heartbeat'];
const RESULT_NAME: Record<number, string> = {
  1: 'accepted',
  2: 'hold_and_resend',
  3: 'take_alternative',
  4: 'rejected',
};

export class Receiver {
  readonly stats: ReceiverStats = {
    received: 0,
    handled: 0,
    duplicates: 0,
    undecodable: 0,
    rejected: 0,
    heldForResend: 0,
    receipts: 0,
    shed: 0,
  };
  readonly metrics: ReceiverMetrics;
  /** The port /metrics is served on, once started with `metrics`. */
  metricsPort: number | undefined;
  private alarmLink: MqttClient | undefined;
  private routineLink: MqttClient | undefined;
  private store: EventStore | undefined;
  private readonly admission: Admission;
  private intake: EventIntake | undefined;
  private readonly root: string;
  private readonly now: () => number;
  private stopped = false;
  private readonly receipts: ReceiptSender;

  constructor(private readonly o: ReceiverOptions) {
    this.root = o.root ?? DEFAULT_ROOT;
    this.now = o.now ?? Date.now;
    this.admission = new Admission(() => this.store, { ...DEFAULT_LIMITS, ...o.limits });
    this.metrics = new ReceiverMetrics(
      () => this.store,
      this.now,
      () => this.admission.saturated(),
    );
    this.receipts = new ReceiptSender({
      root: this.root,
      receiverId: o.receiverId,
      signer: o.signingKey ? receiptSigner(o.signingKey) : undefined,
      now: this.now,
      log: o.log,
      sent: () => this.stats.receipts++,
    });
  }

  async start(): Promise<void> {
    const store = this.o.store ?? new FileEventStore(this.o.storeDir ?? '.vakt-receiver');
    if (this.o.exec && store.holdsEvents)
      throw new VaktError(
        'E_USAGE_STORE_EXEC',
        `--exec cannot be combined with the ${store.kind} store`,
        'the database table is the hand-off: read new rows from it (docs/platform.md), or use the file store with --exec',
      );
    await store.open();
    this.store = store;
    this.intake = new EventIntake({
      store,
      admission: this.admission,
      metrics: this.metrics,
      stats: this.stats,
      show: (hubId, m, json) => this.show(hubId, m, json),
      exec: this.o.exec,
      log: this.o.log,
      now: this.now,
    });
    this.admission.start();
    if (this.o.metrics) this.metricsPort = await this.metrics.serve(this.o.metrics.host, this.o.metrics.port);
    const link = (name: string, kinds: Parameters<typeof platformSubscriptions>[1], lanes: readonly Lane[]) =>
      openLink({
        name,
        url: this.o.url,
        mqtt:
          name === 'alarms'
            ? this.o.mqtt
            : { ...this.o.mqtt, clientId: `${this.o.mqtt.clientId ?? this.o.receiverId}-routine` },
        inFlight: name === 'alarms' ? 1000 : 100,
        subscriptions: platformSubscriptions(this.root, kinds, this.o.shareGroup),
        onMessage: (topic, payload) => void this.onMessage(topic, payload),
        isFull: () => this.admission.full(lanes),
        log: this.o.log,
        ...(this.o.login ? { login: this.o.login } : {}),
        ...(this.o.mqttVersion ? { mqttVersion: this.o.mqttVersion } : {}),
      });
    this.alarmLink = await link('alarms', ['alarm', 'technical'], EVENT_LANES);
    this.routineLink = await link(
      'routine',
      ['heartbeat', 'state', 'inventory', 'command-result'],
      ROUTINE_LANES,
    );
    this.o.log.info(
      {
        root: this.root,
        share: this.o.shareGroup ?? null,
        store: store.kind,
        metricsPort: this.metricsPort ?? null,
      },
      'receiver subscribed',
    );
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.intake?.drain();
    await Promise.allSettled([this.alarmLink?.endAsync(), this.routineLink?.endAsync()]);
    this.admission.stop();
    await this.metrics.close();
    await this.store?.close();
  }

  private async onMessage(topic: string, payload: Buffer): Promise<void> {
    const t0 = performance.now();
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
      if (!this.store!.heartbeat(m.message, this.now())) this.intake!.shed('heartbeat');
      this.show(t.hubId, m, json);
      // On the routine link: a heartbeat's receipt never queues in front of an alarm's.
      return this.receipt(
        t.hubId,
        eventId,
        v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED,
        '',
        0,
        this.routineLink,
      );
    }
    if (m.kind === 'state') {
      this.show(t.hubId, m, json);
      return this.store!.hubState(m.message, this.now()).catch((err: Error) =>
        this.o.log.warn({ hubId: t.hubId, err: err.message }, 'hub state not recorded'),
      );
    }
    if (m.kind !== 'alarm' && m.kind !== 'technical') return this.show(t.hubId, m, json);
    if (!eventId) return this.reject(t.hubId, eventId, topic, `${m.kind} without event id`);
    const lane: Lane = m.kind === 'alarm' ? laneOfAlarm(m.message) : 'technical';
    this.metrics.eventsIn.inc({ lane });
    const result = await this.intake!.settle(t.hubId, eventId, lane, m, json);
    await this.receipt(
      t.hubId,
      eventId,
      result,
      '',
      result === v1.ReceiptResult.RECEIPT_RESULT_HOLD_AND_RESEND && lane === 'test'
        ? SHED_RESEND_S
        : HOLD_RESEND_S,
    );
    this.metrics.receipted.inc({ lane, result: RESULT_NAME[result] ?? String(result) });
    this.metrics.receiptLatency.observe({ lane }, (performance.now() - t0) / 1000);
    const sent = Number(m.message.sentAtMs);
    if (sent > 0) this.metrics.deliveryLatency.observe({ lane }, Math.max(0, this.now() - sent) / 1000);
  }

  private show(hubId: string, m: UplinkMessage, json: Record<string, unknown>): void {
    this.o.out(
      this.o.json
        ? JSON.stringify({ hubId, kind: m.kind, event: withDeviceLabels(json) })
        : describeMessage(hubId, m, json),
    );
  }

  private undecodable(topic: string, reason: string): void {
    this.stats.undecodable++;
    this.metrics.undecodable.inc();
    this.o.log.warn({ topic, reason }, 'undecodable payload ignored');
  }

  private async reject(
    hubId: string,
    eventId: string | undefined,
    topic: string,
    reason: string,
  ): Promise<void> {
    this.stats.rejected++;
    this.metrics.rejected.inc();
    this.o.log.warn({ topic, hubId, eventId, reason }, 'invalid event rejected');
    if (eventId) await this.receipt(hubId, eventId, v1.ReceiptResult.RECEIPT_RESULT_REJECTED, reason);
  }

  private async receipt(
    hubId: string,
    eventId: string,
    result: number,
    reason = '',
    resendAfterS = HOLD_RESEND_S,
    link = this.alarmLink,
  ): Promise<void> {
    if (this.stopped && !link?.connected) return;
    await this.receipts.send(link, hubId, eventId, result, reason, resendAfterS);
  }
}
