/**
 * The incremental device-link decoder: bytes in, frames and typed errors out. No I/O, no timers:
 * the stream wrapper, the gateway, the simulator, `vakt decode`, the property tests and the
 * benchmark all drive this one class. Every 0x00 ends a frame, so garbage, truncation or a bit
 * error costs only the frames it touches and decoding resumes at the next delimiter.
 */
import { cobsDecodeInto } from './cobs.ts';
import { crc16 } from './crc16.ts';
import { FrameError, FrameErrorCode } from './errors.ts';
import {
  codeNames,
  type Frame,
  type FrameKind,
  FrameKindCode,
  MAX_DECODED_FRAME,
  MAX_ENCODED_FRAME,
  PROTOCOL_VERSION,
} from './frame.ts';
import { readPayload } from './layout.ts';

export type Decoded = { offset: number; frame: Frame } | { offset: number; error: FrameError };

const kinds = codeNames(FrameKindCode);
const MIN_FRAME = 5;

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
    const crc = (b[n - 2]! << 8) | b[n - 1]!;
    const expected = crc16(b, 0, n - 2);
    if (crc !== expected) {
      return this.fail(
        FrameErrorCode.CRC,
        `CRC 0x${hex16(crc)} does not match computed 0x${hex16(expected)}`,
      );
    }
    if (b[0] !== PROTOCOL_VERSION) {
      return this.fail(
        FrameErrorCode.VERSION,
        `protocol version ${b[0]} is not supported (this decoder speaks ${PROTOCOL_VERSION})`,
      );
    }
    const length = b[2]!;
    if (length !== n - MIN_FRAME) {
      return this.fail(
        FrameErrorCode.LENGTH,
        `length byte says ${length} payload bytes, frame holds ${n - MIN_FRAME}`,
      );
    }
    const kind: FrameKind | undefined = kinds.get(b[1]!);
    if (!kind)
      return this.fail(
        FrameErrorCode.KIND,
        `frame kind 0x${b[1]!.toString(16).padStart(2, '0')} is not defined in version 1`,
      );
    const frame = readPayload(kind, b, 3, length);
    if (typeof frame === 'string') return this.fail(FrameErrorCode.PAYLOAD, frame);
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
  ): Decoded {
    return { offset: this.frameStart, error: new FrameError(code, message, this.frameStart, length) };
  }
}

function hex16(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}

/** Decodes a whole buffer at once (end of input included). */
export function decodeAll(bytes: Uint8Array): Decoded[] {
  const d = new FrameDecoder();
  return [...d.push(bytes), ...d.flush()];
}
