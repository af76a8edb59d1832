/**
 * The frames of the device link (dongle ⇄ gateway), as decoded objects. Byte layouts are in
 * `layout.ts`; the normative description is `SPEC.md` beside this file.
 */

/** Version 1: unauthenticated frames (legacy devices, and every frame of a version-1 dongle). */
export const LEGACY_VERSION = 1;
/** Version 2: frames to and from a device carry a frame counter and a MIC (SPEC §4). */
export const SECURE_VERSION = 2;
/** The newest version this code speaks. */
export const PROTOCOL_VERSION = SECURE_VERSION;
export type LinkVersion = typeof LEGACY_VERSION | typeof SECURE_VERSION;

/** The one set of size limits (SPEC §2.1), for both versions. Body: header, payload, trailer, CRC. */
export const MAX_DECODED_FRAME = 245;
/** COBS-encoded maximum, not counting the 0x00 delimiters: one code byte per body under 254 bytes. */
export const MAX_ENCODED_FRAME = MAX_DECODED_FRAME + 1;
/** Frame counter and MIC after the payload of a secured frame. */
export const COUNTER_BYTES = 4;
export const MIC_BYTES = 8;
export const TRAILER_BYTES = COUNTER_BYTES + MIC_BYTES;
/** Largest payload: the body less header (3) and CRC (2); a secured frame also loses its trailer. */
export const MAX_PAYLOAD = MAX_DECODED_FRAME - 5;
export const MAX_SECURED_PAYLOAD = MAX_PAYLOAD - TRAILER_BYTES;
/** A counter never wraps (SPEC §4.4): past this value a device must be re-keyed. */
export const MAX_COUNTER = 0xffffffff;

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

/** Set on a version-2 frame: `version: 2` on every one, `security` on a secured one. */
export interface LinkFields {
  /** Absent on a version-1 frame. */
  version?: typeof SECURE_VERSION;
  /** Frame counter and MIC of a secured frame (device frames, ACK/NAK to a device). */
  security?: FrameSecurity;
}

export interface FrameSecurity {
  /** 0 … 2^32−1, strictly increasing per device and direction. */
  counter: number;
  /** The 8-byte MIC as 16 upper-case hex digits. */
  mic: string;
}

/** A device reported something: an alarm, its restore, a status change or a test. */
export interface DeviceEventFrame extends LinkFields {
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
  /** SCAIP location code (`lco`) 1..65535, or null. */
  location: number | null;
}

/** Periodic "I am alive" from a device, for supervision. Never acknowledged. */
export interface DeviceHeartbeatFrame extends LinkFields {
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

export interface AckFrame extends LinkFields {
  kind: 'ack';
  deviceId: number;
  seq: number;
}

export interface NakFrame extends LinkFields {
  kind: 'nak';
  deviceId: number;
  seq: number;
  reason: NakReason;
}

export interface ReceiverStatusFrame extends LinkFields {
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

export type ReceiverCommandFrame = { kind: 'receiver_command'; seq: number } & ReceiverCommand & LinkFields;

export interface PairingResultFrame extends LinkFields {
  kind: 'pairing_result';
  deviceId: number;
  deviceType: number;
  result: PairingOutcome;
}

/** Kinds 0x80–0xFF (SPEC §3): carried, never NAKed; what they mean is agreed outside this SPEC. */
export interface VendorFrame extends LinkFields {
  kind: 'vendor';
  /** 0x80 … 0xFF. */
  vendorKind: number;
  /** The payload as upper-case hex. */
  data: string;
}
export const VENDOR_KIND_MIN = 0x80;

export type Frame =
  | VendorFrame
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
