/**
 * The incremental device-link decoder: bytes in, frames and typed errors out. No I/O, no timers:
 * the stream wrapper, the gateway, the simulator, `vakt decode`, the property tests and the
 * benchmark all drive this one class. Every 0x00 ends a frame, so garbage, truncation or a bit
 * error costs only the frames it touches and decoding resumes at the next delimiter.
 */
import { cobsDecodeInto } from './cobs.ts';
import { crc16 } from './crc16.ts';
import { type FrameAddress, FrameError, FrameErrorCode } from './errors.ts';
import {
  codeNames,
  type Frame,
  type FrameKind,
  FrameKindCode,
  LEGACY_VERSION,
  MAX_DECODED_FRAME,
  MAX_ENCODED_FRAME,
  SECURE_VERSION,
  TRAILER_BYTES,
  VENDOR_KIND_MIN,
} from './frame.ts';
import { readPayload } from './layout.ts';
import { isSecured, micInput } from './security.ts';

/**
 * A decoded frame, or why the bytes were not one. A secured frame comes with `signed`, the exact
 * bytes its MIC covers, so `verifyFrame` checks what was on the wire, extension bytes included.
 */
export type Decoded =
  | { offset: number; frame: Frame; signed?: Uint8Array }
  | { offset: number; error: FrameError };

const kinds = codeNames(FrameKindCode);
const MIN_FRAME = 5;
const u16 = (b: Uint8Array, i: number): number => (b[i]! << 8) | b[i + 1]!;
const u32 = (b: Uint8Array, i: number): number =>
  ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;

export class FrameDecoder {
  /** Encoded bytes of the frame in progress (no delimiter). */
  private readonly pending = new Uint8Array(MAX_ENCODED_FRAME);
  private pendingLength = 0;
  /** Stream offset where the frame in progress began. */
  private frameStart = 0;
  /** Stream offset of the next byte to arrive. */
  private position = 0;
  /** Set once the frame in progress outgrew MAX_ENCODED_FRAME: skip to the next delimiter. */
  private overflowing = false;
  private readonly body = new Uint8Array(MAX_ENCODED_FRAME);

  /** Feeds bytes; returns every frame or error they complete, in stream order. */
  push(chunk: Uint8Array): Decoded[] {
    const out: Decoded[] = [];
    let i = 0;
    while (i < chunk.length) {
      const zero = chunk.indexOf(0, i);
      const end = zero === -1 ? chunk.length : zero;
      this.append(chunk, i, end);
      this.position += end - i;
      if (zero === -1) break;
      this.finish(out);
      this.position += 1;
      this.frameStart = this.position;
      i = zero + 1;
    }
    return out;
  }

  /** End of stream: a frame still in progress is reported as truncated. */
  flush(): Decoded[] {
    if (this.pendingLength === 0 && !this.overflowing) return [];
    const out: Decoded[] = [];
    if (this.overflowing) out.push(this.tooLong());
    else out.push(this.fail(FrameErrorCode.TRUNCATED, 'stream ended inside a frame (no 0x00 delimiter)'));
    this.reset();
    this.frameStart = this.position;
    return out;
  }

  private append(chunk: Uint8Array, from: number, to: number): void {
    if (this.overflowing || from === to) return;
    const n = to - from;
    if (this.pendingLength + n > MAX_ENCODED_FRAME) {
      this.overflowing = true;
      return;
    }
    this.pending.set(chunk.subarray(from, to), this.pendingLength);
    this.pendingLength += n;
  }

  private finish(out: Decoded[]): void {
    if (this.overflowing) out.push(this.tooLong());
    else if (this.pendingLength > 0) out.push(this.decodeFrame());
    this.reset();
  }

  private reset(): void {
    this.pendingLength = 0;
    this.overflowing = false;
  }

  /** SPEC §2.3: COBS, size, CRC, version, kind, length, payload — in that order. */
  private decodeFrame(): Decoded {
    const n = cobsDecodeInto(this.pending, 0, this.pendingLength, this.body);
    if (n < 0) return this.fail(FrameErrorCode.COBS, 'COBS code byte points past the end of the frame');
    if (n < MIN_FRAME)
      return this.fail(
        FrameErrorCode.TRUNCATED,
        `frame of ${n} bytes is shorter than the minimum ${MIN_FRAME}`,
      );
    if (n > MAX_DECODED_FRAME)
      return this.fail(FrameErrorCode.TOO_LONG, `frame of ${n} bytes exceeds ${MAX_DECODED_FRAME}`);
    const b = this.body;
    const crcError = checkCrc(b, n);
    if (crcError) return this.fail(crcError.code, crcError.message);
    const version = b[0]!;
    if (b[1]! >= VENDOR_KIND_MIN) return this.vendor(b, n);
    const kind: FrameKind | undefined = kinds.get(b[1]!);
    if (!kind)
      return this.fail(
        FrameErrorCode.KIND,
        `frame kind 0x${b[1]!.toString(16).padStart(2, '0')} is not defined in version ${version}`,
      );
    const secured = version === SECURE_VERSION && isSecured(kind, n >= 9 ? u32(b, 3) : 0xffffffff);
    const length = b[2]!;
    const holds = n - MIN_FRAME - (secured ? TRAILER_BYTES : 0);
    if (length !== holds) {
      const trailer = secured ? ` and a ${TRAILER_BYTES}-byte counter and MIC` : '';
      return this.fail(
        FrameErrorCode.LENGTH,
        `length byte says ${length} payload bytes, frame holds ${holds}${trailer}`,
        this.pendingLength,
        addressOf(kind, b, n),
      );
    }
    const frame = readPayload(kind, b, 3, length);
    if (typeof frame === 'string')
      return this.fail(FrameErrorCode.PAYLOAD, frame, this.pendingLength, addressOf(kind, b, n));
    if (version === LEGACY_VERSION) return { offset: this.frameStart, frame };
    frame.version = SECURE_VERSION;
    if (!secured) return { offset: this.frameStart, frame };
    const at = 3 + length;
    frame.security = { counter: u32(b, at), mic: hex(b, at + 4, at + TRAILER_BYTES) };
    return { offset: this.frameStart, frame, signed: micInput(kind, b, length) };
  }

  private vendor(b: Uint8Array, n: number): Decoded {
    const length = b[2]!;
    if (length !== n - MIN_FRAME)
      return this.fail(
        FrameErrorCode.LENGTH,
        `length byte says ${length} payload bytes, frame holds ${n - MIN_FRAME}`,
      );
    const frame: Frame = { kind: 'vendor', vendorKind: b[1]!, data: hex(b, 3, 3 + length) };
    if (b[0] === SECURE_VERSION) frame.version = SECURE_VERSION;
    return { offset: this.frameStart, frame };
  }

  private tooLong(): Decoded {
    const skipped = this.position - this.frameStart;
    return this.fail(
      FrameErrorCode.TOO_LONG,
      `${skipped} bytes without a delimiter exceed the ${MAX_ENCODED_FRAME}-byte frame limit`,
      skipped,
    );
  }

  private fail(
    code: (typeof FrameErrorCode)[keyof typeof FrameErrorCode],
    message: string,
    length = this.pendingLength,
    address?: FrameAddress,
  ): Decoded {
    return {
      offset: this.frameStart,
      error: new FrameError(code, message, this.frameStart, length, address),
    };
  }
}

/**
 * The CRC of the frame's version (§2.2). A frame whose version byte is neither 1 nor 2 but whose
 * CRC is right under either rule is a version problem; otherwise it is line noise.
 */
function checkCrc(
  b: Uint8Array,
  n: number,
): { code: 'E_FRAME_CRC' | 'E_FRAME_VERSION'; message: string } | undefined {
  const stated = u16(b, n - 2);
  const v1 = crc16(b, 0, n - 2);
  const v2 = v1 ^ 0xffff;
  const version = b[0]!;
  if (version === LEGACY_VERSION || version === SECURE_VERSION) {
    const expected = version === LEGACY_VERSION ? v1 : v2;
    if (stated === expected) return undefined;
    return {
      code: FrameErrorCode.CRC,
      message: `CRC 0x${hex16(stated)} does not match computed 0x${hex16(expected)} (version ${version})`,
    };
  }
  if (stated === v1 || stated === v2)
    return {
      code: FrameErrorCode.VERSION,
      message: `protocol version ${version} is not supported (this decoder speaks 1 and 2)`,
    };
  return { code: FrameErrorCode.CRC, message: `CRC 0x${hex16(stated)} matches neither version's CRC` };
}

/** §2.4: a device frame names its sender in its first payload bytes; a receiver command its seq. */
function addressOf(kind: FrameKind, b: Uint8Array, n: number): FrameAddress | undefined {
  const payload = n - MIN_FRAME;
  if ((kind === 'device_event' || kind === 'device_heartbeat') && payload >= 8) {
    const deviceId = u32(b, 3);
    if (deviceId === 0 || deviceId === 0xffffffff) return undefined;
    return { deviceId, seq: u16(b, 9), version: b[0]! };
  }
  if (kind === 'receiver_command' && payload >= 2) return { deviceId: 0, seq: u16(b, 3), version: b[0]! };
  return undefined;
}

function hex16(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}

function hex(b: Uint8Array, from: number, to: number): string {
  return Buffer.from(b.buffer, b.byteOffset + from, to - from)
    .toString('hex')
    .toUpperCase();
}

/** Decodes a whole buffer at once (end of input included). */
export function decodeAll(bytes: Uint8Array): Decoded[] {
  const d = new FrameDecoder();
  return [...d.push(bytes), ...d.flush()];
}
