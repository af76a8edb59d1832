/**
 * How the bridge answers a hub. One function, so platform-signed receipts can replace the plain
 * protobuf Receipt here without touching the bridge.
 */
import type { MqttClient } from 'mqtt';
import { SNU, topicFor, v1 } from '../../protocol/uplink/index.ts';

export interface ReceiptToSend {
  hubId: string;
  eventId: string;
  result: number;
  reason?: string;
}

export type SendReceipt = (r: ReceiptToSend) => Promise<void>;

export function plainReceipts(
  client: MqttClient,
  root: string,
  receiverId: string,
  now: () => number,
): SendReceipt {
  return async (r) => {
    const bytes = v1.Receipt.encode({
      eventId: r.eventId,
      hubId: r.hubId,
      result: r.result,
      snu: SNU[r.result] ?? 99,
      reason: r.reason ?? '',
      atMs: now(),
      receiverId,
    }).finish();
    await client.publishAsync(topicFor(root, r.hubId, 'receipt'), Buffer.from(bytes), { qos: 1 });
  };
}
