/**
 * Byte layouts of each frame kind's payload (big-endian). Readers are liberal where a field is
 * telemetry (an out-of-range battery or RSSI reads as "unknown" so the alarm still gets through)
 * and strict where the frame's meaning depends on it (addresses, event class, enumerations).
 * Bytes beyond a kind's layout are ignored: later minor revisions append fields there. Device
 * types and status codes must be in the SCAIP lists (SPEC §7).
 */

import { DeviceType, StatusCode } from '../codes/scaip.ts';
import { FrameEncodeError } from './errors.ts';
import {
  codeNames,
  EventClassCode,
  type Frame,
  type FrameKind,
  HeartbeatFlag,
  NakReasonCode,
  PairingResultCode,
  RECEIVER_ADDRESS,
  ReceiverCommandCode,
  ReceiverFlag,
  UNKNOWN_ADDRESS,
} from './frame.ts';

/** Smallest payload of each kind in protocol version 1. */
export const PAYLOAD_SIZE: Record<FrameKind, number> = {
  device_event: 20,
  device_heartbeat: 17,
  ack: 6,
  nak: 7,
  receiver_status: 15,
  receiver_command: 3,
  pairing_result: 7,
};
const COMMAND_ARGS: Record<string, number> = {
  learn_enter: 2,
  learn_leave: 0,
  set_time: 4,
  status_request: 0,
  unpair: 4,
};

const eventClasses = codeNames(EventClassCode);
const nakReasons = codeNames(NakReasonCode);
const commands = codeNames(ReceiverCommandCode);
const pairingResults = codeNames(PairingResultCode);
const deviceTypes = new Set<number>(Object.values(DeviceType));
const statusCodes = new Set<number>(Object.values(StatusCode));

/** SPEC §7: a device type or status code outside the SCAIP lists cannot be mapped for the platform. */
function scaipProblem(deviceType: number, statusCode?: number): string | undefined {
  if (!deviceTypes.has(deviceType)) return `device type ${deviceType} is not in the SCAIP list of SPEC §7`;
  if (statusCode !== undefined && !statusCodes.has(statusCode))
    return `status code ${statusCode} is not in the SCAIP list of SPEC §7`;
  return undefined;
}

const u16 = (b: Uint8Array, i: number): number => (b[i]! << 8) | b[i + 1]!;
const u32 = (b: Uint8Array, i: number): number =>
  ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const battery = (v: number): number | null => (v <= 100 ? v : null);
const dbm = (v: number): number | null => (v >= 0x81 ? v - 256 : v === 0 ? 0 : null);

/** Parses a payload of `kind` at `b[p, p + n)`. Returns the frame, or a message saying what is wrong. */
export function readPayload(kind: FrameKind, b: Uint8Array, p: number, n: number): Frame | string {
  const need = PAYLOAD_SIZE[kind];
  if (n < need) return `${kind} payload needs ${need} bytes, got ${n}`;
  switch (kind) {
    case 'device_event':
      return readDeviceEvent(b, p);
    case 'device_heartbeat':
      return readHeartbeat(b, p);
    case 'ack':
      return { kind, deviceId: u32(b, p), seq: u16(b, p + 4) };
    case 'nak': {
      const reason = nakReasons.get(b[p + 6]!);
      if (!reason) return `NAK reason ${b[p + 6]} is not defined`;
      return { kind, deviceId: u32(b, p), seq: u16(b, p + 4), reason };
    }
    case 'receiver_status':
      return readReceiverStatus(b, p);
    case 'receiver_command':
      return readReceiverCommand(b, p, n);
    case 'pairing_result':
      return readPairingResult(b, p);
  }
}

function readDeviceEvent(b: Uint8Array, p: number): Frame | string {
  const deviceId = u32(b, p);
  if (deviceId === RECEIVER_ADDRESS || deviceId === UNKNOWN_ADDRESS)
    return `device id ${hex32(deviceId)} is reserved`;
  const eventClass = eventClasses.get(b[p + 8]!);
  if (!eventClass) return `event class ${b[p + 8]} is not defined (1 alarm, 2 restore, 3 status, 4 test)`;
  const location = u16(b, p + 18);
  const scaip = scaipProblem(u16(b, p + 4), u16(b, p + 9));
  if (scaip) return scaip;
  return {
    kind: 'device_event',
    deviceId,
    deviceType: u16(b, p + 4),
    seq: u16(b, p + 6),
    eventClass,
    statusCode: u16(b, p + 9),
    battery: battery(b[p + 11]!),
    rssi: dbm(b[p + 12]!),
    uptime: u32(b, p + 13),
    attempt: b[p + 17]!,
    location: location === 0 ? null : location,
  };
}

function readHeartbeat(b: Uint8Array, p: number): Frame | string {
  const deviceId = u32(b, p);
  if (deviceId === RECEIVER_ADDRESS || deviceId === UNKNOWN_ADDRESS)
    return `device id ${hex32(deviceId)} is reserved`;
  const flags = b[p + 14]!;
  const scaip = scaipProblem(u16(b, p + 4));
  if (scaip) return scaip;
  return {
    kind: 'device_heartbeat',
    deviceId,
    deviceType: u16(b, p + 4),
    seq: u16(b, p + 6),
    battery: battery(b[p + 8]!),
    rssi: dbm(b[p + 9]!),
    uptime: u32(b, p + 10),
    tamper: (flags & HeartbeatFlag.tamper) !== 0,
    batteryLow: (flags & HeartbeatFlag.batteryLow) !== 0,
    period: u16(b, p + 15),
  };
}

function readReceiverStatus(b: Uint8Array, p: number): Frame {
  const flags = b[p + 12]!;
  return {
    kind: 'receiver_status',
    receiverId: u32(b, p),
    seq: u16(b, p + 4),
    firmware: `${b[p + 6]}.${b[p + 7]}`,
    uptime: u32(b, p + 8),
    learnMode: (flags & ReceiverFlag.learnMode) !== 0,
    jamming: (flags & ReceiverFlag.jamming) !== 0,
    rxOverflow: (flags & ReceiverFlag.rxOverflow) !== 0,
    noise: dbm(b[p + 13]!),
    pairedCount: b[p + 14]!,
  };
}

function readReceiverCommand(b: Uint8Array, p: number, n: number): Frame | string {
  const kind = 'receiver_command';
  const seq = u16(b, p);
  const command = commands.get(b[p + 2]!);
  if (!command) return `receiver command ${b[p + 2]} is not defined`;
  const args = COMMAND_ARGS[command]!;
  if (n < 3 + args) return `${command} needs ${args} argument bytes, got ${n - 3}`;
  switch (command) {
    case 'learn_enter':
      return { kind, seq, command, timeout: u16(b, p + 3) };
    case 'set_time':
      return { kind, seq, command, time: u32(b, p + 3) };
    case 'unpair':
      return { kind, seq, command, deviceId: u32(b, p + 3) };
    default:
      return { kind, seq, command };
  }
}

function readPairingResult(b: Uint8Array, p: number): Frame | string {
  const result = pairingResults.get(b[p + 6]!);
  if (!result) return `pairing result ${b[p + 6]} is not defined`;
  const deviceType = u16(b, p + 4);
  if (deviceType !== 0 && !deviceTypes.has(deviceType))
    return `device type ${deviceType} is neither 0 (unknown) nor in the SCAIP list of SPEC §7`;
  return { kind: 'pairing_result', deviceId: u32(b, p), deviceType: u16(b, p + 4), result };
}

/** Writes `frame`'s payload into `d` at `p`; returns its length. Throws FrameEncodeError on a bad field. */
export function writePayload(frame: Frame, d: Uint8Array, p: number): number {
  const w = new Writer(d, p);
  switch (frame.kind) {
    case 'device_event':
      w.device(frame.deviceId).u16(frame.deviceType, 'deviceType').u16(frame.seq, 'seq');
      w.u8(EventClassCode[frame.eventClass], 'eventClass').u16(frame.statusCode, 'statusCode');
      w.battery(frame.battery).dbm(frame.rssi, 'rssi').u32(frame.uptime, 'uptime');
      w.u8(Math.min(frame.attempt, 255), 'attempt').u16(frame.location ?? 0, 'location');
      break;
    case 'device_heartbeat':
      w.device(frame.deviceId).u16(frame.deviceType, 'deviceType').u16(frame.seq, 'seq');
      w.battery(frame.battery).dbm(frame.rssi, 'rssi').u32(frame.uptime, 'uptime');
      w.u8(
        (frame.tamper ? HeartbeatFlag.tamper : 0) | (frame.batteryLow ? HeartbeatFlag.batteryLow : 0),
        'flags',
      );
      w.u16(frame.period, 'period');
      break;
    case 'ack':
      w.u32(frame.deviceId, 'deviceId').u16(frame.seq, 'seq');
      break;
    case 'nak':
      w.u32(frame.deviceId, 'deviceId').u16(frame.seq, 'seq').u8(NakReasonCode[frame.reason], 'reason');
      break;
    case 'receiver_status': {
      const [major, minor] = parseFirmware(frame.firmware);
      w.u32(frame.receiverId, 'receiverId').u16(frame.seq, 'seq').u8(major, 'firmware').u8(minor, 'firmware');
      w.u32(frame.uptime, 'uptime');
      const flags =
        (frame.learnMode ? ReceiverFlag.learnMode : 0) |
        (frame.jamming ? ReceiverFlag.jamming : 0) |
        (frame.rxOverflow ? ReceiverFlag.rxOverflow : 0);
      w.u8(flags, 'flags').dbm(frame.noise, 'noise').u8(frame.pairedCount, 'pairedCount');
      break;
    }
    case 'receiver_command':
      w.u16(frame.seq, 'seq').u8(ReceiverCommandCode[frame.command], 'command');
      if (frame.command === 'learn_enter') w.u16(frame.timeout, 'timeout');
      if (frame.command === 'set_time') w.u32(frame.time, 'time');
      if (frame.command === 'unpair') w.u32(frame.deviceId, 'deviceId');
      break;
    case 'pairing_result':
      w.u32(frame.deviceId, 'deviceId').u16(frame.deviceType, 'deviceType');
      w.u8(PairingResultCode[frame.result], 'result');
      break;
    case 'vendor': {
      if (!/^([0-9A-Fa-f]{2})*$/.test(frame.data))
        throw new FrameEncodeError('vendor data must be hex bytes');
      const data = Buffer.from(frame.data, 'hex');
      d.set(data.subarray(0, d.length - p), p);
      w.at += data.length;
      break;
    }
  }
  return w.at - p;
}

function parseFirmware(v: string): [number, number] {
  const m = /^(\d{1,3})\.(\d{1,3})$/.exec(v);
  if (!m) throw new FrameEncodeError(`firmware "${v}" must be "major.minor", each 0..255`);
  return [Number(m[1]), Number(m[2])];
}

export function hex32(n: number): string {
  return n.toString(16).toUpperCase().padStart(8, '0');
}

class Writer {
  constructor(
    private readonly d: Uint8Array,
    public at: number,
  ) {}

  private check(v: number, max: number, field: string, min = 0): void {
    if (!Number.isInteger(v) || v < min || v > max) {
      throw new FrameEncodeError(
        `${field} must be an integer between ${min} and ${max}. Provided value is ${v}`,
      );
    }
  }
  u8(v: number, field: string): this {
    this.check(v, 0xff, field);
    this.d[this.at++] = v;
    return this;
  }
  u16(v: number, field: string): this {
    this.check(v, 0xffff, field);
    this.d[this.at++] = v >>> 8;
    this.d[this.at++] = v & 0xff;
    return this;
  }
  u32(v: number, field: string): this {
    this.check(v, 0xffffffff, field);
    this.d[this.at++] = v >>> 24;
    this.d[this.at++] = (v >>> 16) & 0xff;
    this.d[this.at++] = (v >>> 8) & 0xff;
    this.d[this.at++] = v & 0xff;
    return this;
  }
  device(v: number): this {
    this.check(v, UNKNOWN_ADDRESS - 1, 'deviceId', RECEIVER_ADDRESS + 1);
    return this.u32(v, 'deviceId');
  }
  battery(v: number | null): this {
    if (v !== null) this.check(v, 100, 'battery');
    return this.u8(v ?? 0xff, 'battery');
  }
  dbm(v: number | null, field: string): this {
    if (v === null) return this.u8(0x7f, field);
    this.check(v, 0, field, -127);
    return this.u8(v & 0xff, field);
  }
}
