/**
 * The hub's side of the uplink contract, reduced to what receiver tests need: publish events at
 * QoS 1, keep each until its Receipt arrives, resend (attempt + 1) when none came in time.
 */
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import { sampleAlarm, topicFor, v1, type vakt } from '../../protocol/uplink/index.ts';

export { sampleAlarm };

export class HubPublisher {
  readonly receipts = new Map<string, vakt.v1.Receipt[]>();
  resends = 0;
  private client!: MqttClient;
  private readonly pending = new Map<string, vakt.v1.IAlarm>();

  constructor(
    private readonly url: string,
    readonly hubId: string,
    private readonly options: IClientOptions = {},
    private readonly root = 'vakt/v1',
  ) {}

  async start(): Promise<this> {
    this.client = await mqtt.connectAsync(this.url, {
      clientId: `hub-${this.hubId}`,
      clean: true,
      reconnectPeriod: 200,
      ...this.options,
    });
    this.client.on('message', (_t, payload) => {
      const r = v1.Receipt.decode(payload);
      this.receipts.set(r.eventId, [...(this.receipts.get(r.eventId) ?? []), r]);
      if (r.result === v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED) this.pending.delete(r.eventId);
    });
    await this.client.subscribeAsync(topicFor(this.root, this.hubId, 'receipt'), { qos: 1 });
    return this;
  }

  async publish(alarm: vakt.v1.IAlarm): Promise<void> {
    this.pending.set(alarm.eventId!, alarm);
    await this.client.publishAsync(
      topicFor(this.root, this.hubId, 'alarm'),
      Buffer.from(v1.Alarm.encode(alarm).finish()),
      { qos: 1 },
    );
  }

  async publishRaw(kind: 'alarm' | 'technical' | 'heartbeat', payload: Uint8Array): Promise<void> {
    await this.client.publishAsync(topicFor(this.root, this.hubId, kind), Buffer.from(payload), { qos: 1 });
  }

  /** Resends every event still without an accepted Receipt, every `everyMs`, until none is left. */
  async settle(everyMs = 1000, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.pending.size > 0) {
      if (Date.now() > deadline) throw new Error(`${this.pending.size} events never receipted`);
      await new Promise((r) => setTimeout(r, everyMs));
      for (const a of [...this.pending.values()]) {
        this.resends++;
        a.attempt = (a.attempt ?? 1) + 1;
        await this.publish(a).catch(() => undefined);
      }
    }
  }

  get unreceipted(): number {
    return this.pending.size;
  }

  async stop(): Promise<void> {
    await this.client.endAsync(true);
  }
}
