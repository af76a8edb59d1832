import { cobsEncodeInto } from './cobs.ts';
import { crc16 } from './crc16.ts';
import { FrameEncodeError } from './errors.ts';
import {
  type Frame,
  FrameKindCode,
  MAX_DECODED_FRAME,
  MAX_ENCODED_FRAME,
  MAX_PAYLOAD,
  PROTOCOL_VERSION,
} from './frame.ts';
import { writePayload } from './layout.ts';

/** The unstuffed bytes of a frame: version, kind, length, payload, CRC-16 (big-endian). */
export function frameBody(frame: Frame): Uint8Array {
  const body = new Uint8Array(MAX_DECODED_FRAME);
  const kindCode = FrameKindCode[frame.kind];
  if (kindCode === undefined) throw new FrameEncodeError(`kind "${String(frame.kind)}" is not a frame kind`);
  const n = writePayload(frame, body, 3);
  if (n > MAX_PAYLOAD) throw new FrameEncodeError(`payload of ${n} bytes exceeds ${MAX_PAYLOAD}`);
  body[0] = PROTOCOL_VERSION;
  body[1] = kindCode;
  body[2] = n;
  const crc = crc16(body, 0, 3 + n);
  body[3 + n] = crc >>> 8;
  body[4 + n] = crc & 0xff;
  return body.subarray(0, 5 + n);
}

/**
 * Wire bytes of one frame: 0x00, COBS(body), 0x00. The leading delimiter isolates the frame from
 * any garbage the line produced before it; a receiver treats consecutive 0x00 bytes as one.
 */
export function encodeFrame(frame: Frame): Buffer {
  return stuff(frameBody(frame));
}

/** Wire bytes for any body, valid or not: the test vectors and the fault injector need bad ones. */
export function stuff(body: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(
    Math.max(MAX_ENCODED_FRAME, body.length + Math.ceil(body.length / 254) + 1) + 2,
  );
  out[0] = 0;
  const n = cobsEncodeInto(body, out, 1);
  out[n + 1] = 0;
  return out.subarray(0, n + 2);
}
