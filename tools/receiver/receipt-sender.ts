/**
 * Publishes the receiver's Receipts: builds one from an outcome, signs it with the platform key
 * when there is one, and sends it at QoS 1 on the hub's receipt topic over the link it is given
 * (alarm receipts on the alarm link; heartbeat receipts on the routine link, so they never queue
 * in front of an alarm's).
 */
import type { MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import { type ReceiptSigner, SNU, topicFor, v1 } from '../../protocol/uplink/index.ts';

export interface ReceiptSenderOptions {
  root: string;
  receiverId: string;
  signer: ReceiptSigner | undefined;
  now(): number;
  log: Logger;
  /** Counts each receipt the broker took. */
  sent(): void;
}

export class ReceiptSender {
  constructor(private readonly o: ReceiptSenderOptions) {}

  /** `resendAfterS` matters only for HOLD_AND_RESEND; a failed publish is logged, never thrown. */
  async send(
    link: MqttClient | undefined,
    hubId: string,
    eventId: string,
    result: number,
    reason: string,
    resendAfterS: number,
  ): Promise<void> {
    const receipt = {
      eventId,
      hubId,
      result,
      snu: SNU[result] ?? 99,
      reason,
      resendAfterS: result === v1.ReceiptResult.RECEIPT_RESULT_HOLD_AND_RESEND ? resendAfterS : 0,
      atMs: this.o.now(),
      receiverId: this.o.receiverId,
    };
    try {
      // Signed on libuv's thread pool: the event loop keeps decoding while a signature is made.
      const bytes = this.o.signer
        ? await this.o.signer.signAsync(receipt)
        : v1.Receipt.encode(receipt).finish();
      await link!.publishAsync(topicFor(this.o.root, hubId, 'receipt'), Buffer.from(bytes), { qos: 1 });
      this.o.sent();
    } catch (err) {
      // The hub resends an event that got no receipt; nothing is lost.
      this.o.log.warn({ hubId, eventId, err: (err as Error).message }, 'receipt not published');
    }
  }
}
