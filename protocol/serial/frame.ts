/**
 * The frames of the device link (dongle ⇄ gateway), as decoded objects. Byte layouts are in
 * `layout.ts`; the normative description is `SPEC.md` beside this file.
 */

export const PROTOCOL_VERSION = 1;
/** Largest payload a v1 frame may carry (the length byte could say 255; v1 caps it). */
export const MAX_PAYLOAD = 240;
/** version + kind + length + payload + CRC. */
export const MAX_DECODED_FRAME = 3 + MAX_PAYLOAD + 2;
/** COBS-encoded maximum, not counting the 0x00 delimiter. */
export const MAX_ENCODED_FRAME = MAX_DECODED_FRAME + 2;

/** Address of the receiver dongle itself in ACK/NAK frames (commands are acknowledged with it). */
export const RECEIVER_ADDRESS = 0x00000000;
/** Address used in a NAK when the offending frame's device could not be read. */
export const UNKNOWN_ADDRESS = 0xffffffff;

export const FrameKindCode = {
  device_event: 0x01,
  device_heartbeat: 0x02,
  ack: 0x03,
  nak: 0x04,
  receiver_status: 0x10,
  receiver_command: 0x11,
  pairing_result: 0x12,
} as const;
export type FrameKind = keyof typeof FrameKindCode;

export const EventClassCode = { alarm: 1, restore: 2, status: 3, test: 4 } as const;
export type EventClass = keyof typeof EventClassCode;

export const NakReasonCode = {
  crc: 1,
  length: 2,
  version: 3,
  unknown_kind: 4,
  bad_payload: 5,
  not_paired: 6,
  busy: 7,
  unsupported_command: 8,
} as const;
export type NakReason = keyof typeof NakReasonCode;

export const ReceiverCommandCode = {
  learn_enter: 1,
  learn_leave: 2,
  set_time: 3,
  status_request: 4,
  unpair: 5,
} as const;
export type ReceiverCommandName = keyof typeof ReceiverCommandCode;

export const PairingResultCode = {
  paired: 0,
  already_paired: 1,
  table_full: 2,
  learn_timeout: 3,
  unpaired: 4,
  not_found: 5,
} as const;
export type PairingOutcome = keyof typeof PairingResultCode;

export const HeartbeatFlag = { tamper: 0x01, batteryLow: 0x02 } as const;
export const ReceiverFlag = { learnMode: 0x01, jamming: 0x02, rxOverflow: 0x04 } as const;

/** A device reported something: an alarm, its restore, a status change or a test. */
export interface DeviceEventFrame {
  kind: 'device_event';
  deviceId: number;
  /** SCAIP device type (`dty`). */
  deviceType: number;
  /** Per-device sequence number 0..65535, wrapping; the same on every retransmission. */
  seq: number;
  eventClass: EventClass;
  /** SCAIP status code (`stc`). */
  statusCode: number;
  /** Percent 0..100, or null when the device does not know. */
  battery: number | null;
  /** Received signal strength at the dongle, dBm −127..0, or null. */
  rssi: number | null;
  /** Seconds since the device last reset. */
  uptime: number;
  /** 0 for the first transmission, 1.. for retransmissions (saturates at 255). */
  attempt: number;
  /** SCAIP location code (`lco`) 1..999, or null. */
  location: number | null;
}

/** Periodic "I am alive" from a device, for supervision. Never acknowledged. */
export interface DeviceHeartbeatFrame {
  kind: 'device_heartbeat';
  deviceId: number;
  deviceType: number;
  seq: number;
  battery: number | null;
  rssi: number | null;
  uptime: number;
  tamper: boolean;
  batteryLow: boolean;
  /** The device's own nominal heartbeat period in seconds, or 0 when it does not say. */
  period: number;
}

export interface AckFrame {
  kind: 'ack';
  deviceId: number;
  seq: number;
}

export interface NakFrame {
  kind: 'nak';
  deviceId: number;
  seq: number;
  reason: NakReason;
}

export interface ReceiverStatusFrame {
  kind: 'receiver_status';
  receiverId: number;
  seq: number;
  /** major.minor, e.g. "1.4". */
  firmware: string;
  uptime: number;
  learnMode: boolean;
  jamming: boolean;
  rxOverflow: boolean;
  /** Radio noise floor, dBm −127..0, or null. */
  noise: number | null;
  pairedCount: number;
}

export type ReceiverCommand =
  | { command: 'learn_enter'; timeout: number }
  | { command: 'learn_leave' }
  | { command: 'set_time'; time: number }
  | { command: 'status_request' }
  | { command: 'unpair'; deviceId: number };

export type ReceiverCommandFrame = { kind: 'receiver_command'; seq: number } & ReceiverCommand;

export interface PairingResultFrame {
  kind: 'pairing_result';
  deviceId: number;
  deviceType: number;
  result: PairingOutcome;
}

export type Frame =
  | DeviceEventFrame
  | DeviceHeartbeatFrame
  | AckFrame
  | NakFrame
  | ReceiverStatusFrame
  | ReceiverCommandFrame
  | PairingResultFrame;

/** Reverse lookup built once from a name → code table. */
export function codeNames<T extends Record<string, number>>(table: T): Map<number, keyof T> {
  return new Map(Object.entries(table).map(([name, n]) => [n, name as keyof T]));
}
