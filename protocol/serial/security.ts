/**
 * What version 2 secures and how (SPEC §4): which frames carry a counter and a MIC, the bytes the
 * MIC covers, and the per-device key that computes it. Pure: no I/O, keys are given by callers.
 */
import { inspect } from 'node:util';
import { AesCmac } from './aes-cmac.ts';
import {
  COUNTER_BYTES,
  type FrameKind,
  MIC_BYTES,
  RECEIVER_ADDRESS,
  SECURE_VERSION,
  UNKNOWN_ADDRESS,
} from './frame.ts';

/** First byte of the MIC input: which way the frame travels, so no frame can be reflected. */
export const Direction = { fromDevice: 0x01, toDevice: 0x02 } as const;
/** The value the rssi byte takes in the MIC input: the dongle writes the measured RSSI there. */
export const RSSI_MASK = 0x7f;

/**
 * A device's 128-bit link key, ready to compute MICs. It never prints itself: `JSON.stringify`,
 * pino and `util.inspect` see "[device key]", so a key cannot reach a log by accident.
 */
export class DeviceKey {
  readonly #cmac: AesCmac;

  constructor(bytes: Uint8Array) {
    this.#cmac = new AesCmac(bytes);
  }

  static fromHex(hex: string): DeviceKey {
    return new DeviceKey(Buffer.from(hex, 'hex'));
  }

  /** The 8-byte MIC of `input[start, end)`: AES-CMAC truncated to its first 8 bytes. */
  mic(input: Uint8Array, start = 0, end = input.length): Uint8Array {
    return this.#cmac.mac(input, start, end).subarray(0, MIC_BYTES);
  }

  toJSON(): string {
    return '[device key]';
  }

  toString(): string {
    return '[device key]';
  }

  [inspect.custom](): string {
    return '[device key]';
  }
}

/** Whether a version-2 frame of `kind` sent to or from `address` carries a counter and a MIC. */
export function isSecured(kind: FrameKind, address: number): boolean {
  if (kind === 'device_event' || kind === 'device_heartbeat') return true;
  if (kind === 'ack' || kind === 'nak') return address !== RECEIVER_ADDRESS && address !== UNKNOWN_ADDRESS;
  return false;
}

export function directionOf(kind: FrameKind): number {
  return kind === 'ack' || kind === 'nak' ? Direction.toDevice : Direction.fromDevice;
}

/** Offset of the dongle-measured rssi byte in the payload, or -1. */
export function rssiOffset(kind: FrameKind): number {
  return kind === 'device_event' ? 12 : kind === 'device_heartbeat' ? 9 : -1;
}

/**
 * The MIC input of a secured body `b` (header at 0, payload of `n` bytes at 3, counter after it):
 * direction ‖ version ‖ kind ‖ length ‖ payload (rssi byte as 0x7F) ‖ counter.
 */
export function micInput(kind: FrameKind, b: Uint8Array, n: number): Uint8Array {
  const input = new Uint8Array(1 + 3 + n + COUNTER_BYTES);
  input[0] = directionOf(kind);
  input.set(b.subarray(0, 3 + n + COUNTER_BYTES), 1);
  input[1] = SECURE_VERSION;
  const rssi = rssiOffset(kind);
  if (rssi >= 0 && rssi < n) input[4 + rssi] = RSSI_MASK;
  return input;
}
