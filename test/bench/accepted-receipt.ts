/** The ACCEPTED Receipt a bare bench platform answers an Alarm with: nothing checked, stored or signed. */
import { v1 } from '../../protocol/uplink/index.ts';

export function acceptedReceipt(payload: Buffer, receiverId: string): { hubId: string; bytes: Buffer } {
  const a = v1.Alarm.decode(payload);
  const receipt = v1.Receipt.encode({
    eventId: a.eventId,
    hubId: a.hubId,
    result: v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED,
    atMs: Date.now(),
    receiverId,
  }).finish();
  return { hubId: a.hubId, bytes: Buffer.from(receipt) };
}
