/**
 * How the bridge answers a hub. One function, so platform-signed receipts can replace the plain
 * protobuf Receipt here without touching the bridge.
 */
import type { MqttClient } from 'mqtt';
import { type ReceiptSigner, SNU, topicFor, v1 } from '../../protocol/uplink/index.ts';

export interface ReceiptToSend {
  hubId: string;
  eventId: string;
  result: number;
  reason?: string;
}

export type SendReceipt = (r: ReceiptToSend) => Promise<void>;

/** The Receipt the bridge sends for `r` (signed or not, the same fields). */
function receiptFor(r: ReceiptToSend, receiverId: string, now: () => number) {
  return {
    eventId: r.eventId,
    hubId: r.hubId,
    result: r.result,
    snu: SNU[r.result] ?? 99,
    reason: r.reason ?? '',
    atMs: now(),
    receiverId,
  };
}

export function plainReceipts(
  client: MqttClient,
  root: string,
  receiverId: string,
  now: () => number,
): SendReceipt {
  return async (r) => {
    const bytes = v1.Receipt.encode(receiptFor(r, receiverId, now)).finish();
    await client.publishAsync(topicFor(root, r.hubId, 'receipt'), Buffer.from(bytes), { qos: 1 });
  };
}

/**
 * Platform-signed receipts (protocol/uplink/receipt-signing.ts): what hubs with platform keys
 * (commands.publicKeys) require. `signer` is `receiptSigner(privateKey)` for the platform key.
 */
export function signedReceipts(
  client: MqttClient,
  root: string,
  receiverId: string,
  now: () => number,
  signer: ReceiptSigner,
): SendReceipt {
  return async (r) => {
    const bytes = await signer.signAsync(receiptFor(r, receiverId, now));
    await client.publishAsync(topicFor(root, r.hubId, 'receipt'), Buffer.from(bytes), { qos: 1 });
  };
}
