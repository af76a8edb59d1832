import { generateKeyPairSync } from 'node:crypto';
import type { MqttClient } from 'mqtt';
import { describe, expect, it } from 'vitest';
import { checkReceipt, receiptSigner, v1 } from '../../protocol/uplink/index.ts';
import { signedReceipts } from './receipt.ts';

describe('signedReceipts', () => {
  it("publishes on the hub's receipt topic a receipt the hub verifies with the platform .pub", async () => {
    const key = generateKeyPairSync('ed25519');
    const sent: Array<{ topic: string; payload: Buffer }> = [];
    const client = {
      publishAsync: async (topic: string, payload: Buffer) => void sent.push({ topic, payload }),
    };
    const send = signedReceipts(
      client as unknown as MqttClient,
      'vakt/v1',
      'dc09',
      () => 42,
      receiptSigner(key.privateKey),
    );
    await send({
      hubId: 'H-1',
      eventId: 'e-1',
      result: v1.ReceiptResult.RECEIPT_RESULT_REJECTED,
      reason: 'DUH',
    });
    expect(sent.map((s) => s.topic)).toEqual(['vakt/v1/H-1/receipt']);
    const r = v1.Receipt.decode(sent[0]!.payload);
    expect(r).toMatchObject({ snu: 2, reason: 'DUH', receiverId: 'dc09' });
    expect(checkReceipt(r, { hubId: 'H-1', publicKeys: [key.publicKey] })).toBe(
      v1.ReceiptResult.RECEIPT_RESULT_REJECTED,
    );
  });
});
