import { cobsEncodeInto } from './cobs.ts';
import { frameCrc } from './crc16.ts';
import { FrameEncodeError } from './errors.ts';
import {
  type Frame,
  FrameKindCode,
  LEGACY_VERSION,
  MAX_COUNTER,
  MAX_DECODED_FRAME,
  MAX_ENCODED_FRAME,
  MIC_BYTES,
  SECURE_VERSION,
  TRAILER_BYTES,
  VENDOR_KIND_MIN,
} from './frame.ts';
import { writePayload } from './layout.ts';
import { type DeviceKey, isSecured, micInput } from './security.ts';

/**
 * The unstuffed bytes of a frame: version, kind, length, payload, then (secured version-2 frames)
 * counter and MIC, then the CRC-16 of the frame's version, big-endian. A secured frame is written
 * with the MIC it holds, right or wrong: `secureFrame` is what computes a right one.
 */
export function frameBody(frame: Frame): Uint8Array {
  const body = new Uint8Array(MAX_DECODED_FRAME);
  const version = frame.version ?? LEGACY_VERSION;
  const kindCode = frame.kind === 'vendor' ? frame.vendorKind : FrameKindCode[frame.kind];
  if (kindCode === undefined) throw new FrameEncodeError(`kind "${String(frame.kind)}" is not a frame kind`);
  if (frame.kind === 'vendor' && !(kindCode >= VENDOR_KIND_MIN && kindCode <= 0xff))
    throw new FrameEncodeError(`vendorKind must be between 128 and 255. Provided value is ${kindCode}`);
  const n = writePayload(frame, body, 3);
  const secured =
    version === SECURE_VERSION && frame.kind !== 'vendor' && isSecured(frame.kind, address(frame));
  const limit = MAX_DECODED_FRAME - 5 - (secured ? TRAILER_BYTES : 0);
  if (n > limit) throw new FrameEncodeError(`payload of ${n} bytes exceeds ${limit}`);
  body[0] = version;
  body[1] = kindCode;
  body[2] = n;
  let end = 3 + n;
  if (secured) {
    const s = frame.security;
    if (!s)
      throw new FrameEncodeError(`a version-2 ${frame.kind} needs a counter and a MIC: use secureFrame`);
    if (!Number.isInteger(s.counter) || s.counter < 0 || s.counter > MAX_COUNTER)
      throw new FrameEncodeError(
        `counter must be an integer between 0 and ${MAX_COUNTER}. Provided value is ${s.counter}`,
      );
    if (!/^[0-9A-Fa-f]{16}$/.test(s.mic))
      throw new FrameEncodeError(`mic must be 16 hex digits, got "${s.mic}"`);
    new DataView(body.buffer).setUint32(end, s.counter);
    body.set(Buffer.from(s.mic, 'hex'), end + 4);
    end += TRAILER_BYTES;
  }
  const crc = frameCrc(version, body, 0, end);
  body[end] = crc >>> 8;
  body[end + 1] = crc & 0xff;
  return body.subarray(0, end + 2);
}

/** `frame` as a version-2 frame; a secured one gets `counter` and the MIC `key` gives it. */
export function secureFrame<F extends Frame>(frame: F, key: DeviceKey, counter: number): F {
  const draft = { ...frame, version: SECURE_VERSION, security: { counter, mic: '0'.repeat(MIC_BYTES * 2) } };
  if (frame.kind === 'vendor' || !isSecured(frame.kind, address(frame))) {
    const { security: _, ...plain } = draft;
    return plain as F;
  }
  const body = frameBody(draft);
  const mic = key.mic(micInput(frame.kind, body, body[2]!));
  return { ...draft, security: { counter, mic: Buffer.from(mic).toString('hex').toUpperCase() } };
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

function address(frame: Frame): number {
  return 'deviceId' in frame ? frame.deviceId : 0;
}
