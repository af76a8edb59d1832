/**
 * Which message each topic carries, and decoding with typed errors (a platform must never crash
 * on a bad payload). Also the Receipt result ↔ SCAIP `snu` mapping.
 */
import { VaktError } from '../errors.ts';
import { vakt } from './generated/vakt.js';
import type { TopicKind } from './topics.ts';

export const v1 = vakt.v1;

export const MESSAGE_FOR_TOPIC = {
  alarm: v1.Alarm,
  technical: v1.TechnicalAlarm,
  heartbeat: v1.Heartbeat,
  state: v1.HubState,
  inventory: v1.DeviceInventory,
  'command-result': v1.CommandResult,
  receipt: v1.Receipt,
  command: v1.Command,
} as const;

export type UplinkMessage =
  | { kind: 'alarm'; message: vakt.v1.Alarm }
  | { kind: 'technical'; message: vakt.v1.TechnicalAlarm }
  | { kind: 'heartbeat'; message: vakt.v1.Heartbeat }
  | { kind: 'state'; message: vakt.v1.HubState }
  | { kind: 'inventory'; message: vakt.v1.DeviceInventory }
  | { kind: 'command-result'; message: vakt.v1.CommandResult }
  | { kind: 'receipt'; message: vakt.v1.Receipt }
  | { kind: 'command'; message: vakt.v1.Command };

export class PayloadError extends VaktError {
  constructor(
    readonly topicKind: string,
    message: string,
  ) {
    super('E_PAYLOAD', message);
  }
}

/** Decodes a payload of `kind`; throws PayloadError naming the message type and the problem. */
export function decodeMessage(kind: TopicKind, bytes: Uint8Array): UplinkMessage {
  const type = MESSAGE_FOR_TOPIC[kind];
  try {
    return { kind, message: type.decode(bytes) } as UplinkMessage;
  } catch (err) {
    throw new PayloadError(
      kind,
      `payload on a ${kind} topic is not a vakt.v1 message: ${(err as Error).message}`,
    );
  }
}

/** The event id a platform dedupes and receipts on, for the kinds that carry one. */
export function eventIdOf(m: UplinkMessage): string | undefined {
  return m.kind === 'alarm' || m.kind === 'technical' || m.kind === 'heartbeat'
    ? m.message.eventId
    : undefined;
}

/** SCAIP `snu` for each receipt result (0 OK, 4 hold on, 5 not treated, 2 invalid). */
export const SNU: Record<number, number> = {
  [v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED]: 0,
  [v1.ReceiptResult.RECEIPT_RESULT_HOLD_AND_RESEND]: 4,
  [v1.ReceiptResult.RECEIPT_RESULT_TAKE_ALTERNATIVE]: 5,
  [v1.ReceiptResult.RECEIPT_RESULT_REJECTED]: 2,
};

/** Plain JSON of a message: enums as names, 64-bit as numbers, defaults included. */
export function messageToJson(m: UplinkMessage): Record<string, unknown> {
  const type = MESSAGE_FOR_TOPIC[m.kind] as { toObject(msg: unknown, o: object): Record<string, unknown> };
  return type.toObject(m.message, { enums: String, longs: Number, defaults: true, bytes: String });
}
