import { VaktError } from '../errors.ts';

/**
 * Why a run of bytes on the device link was not a frame. Codes are stable; `offset` is the
 * stream position (0-based, counting every byte the decoder was given) where the bad frame began.
 */
export const FrameErrorCode = {
  /** Bytes between delimiters failed CRC-16: bit errors, or two frames merged by a lost 0x00. */
  CRC: 'E_FRAME_CRC',
  /** The length byte disagrees with the frame's actual size. */
  LENGTH: 'E_FRAME_LENGTH',
  /** CRC good but a protocol version this decoder does not speak. */
  VERSION: 'E_FRAME_VERSION',
  /** CRC good but a kind byte this version does not define. */
  KIND: 'E_FRAME_KIND',
  /** Fewer bytes than the smallest frame, or the stream ended inside a frame. */
  TRUNCATED: 'E_FRAME_TRUNCATED',
  /** More bytes than the largest frame before a delimiter; bytes skipped until the next 0x00. */
  TOO_LONG: 'E_FRAME_TOO_LONG',
  /** The COBS stuffing is inconsistent (a code byte points past the frame). */
  COBS: 'E_FRAME_COBS',
  /** Frame intact but its payload is too short for its kind or a field is out of range. */
  PAYLOAD: 'E_FRAME_PAYLOAD',
} as const;
export type FrameErrorCodeValue = (typeof FrameErrorCode)[keyof typeof FrameErrorCode];

export class FrameError extends VaktError {
  readonly offset: number;
  /** Encoded bytes the error consumed (not counting the delimiter). */
  readonly length: number;

  constructor(code: FrameErrorCodeValue, message: string, offset: number, length: number) {
    super(code, `${message} (at byte ${offset})`);
    this.offset = offset;
    this.length = length;
  }
}

/** Thrown by the encoder when asked to encode a frame whose fields are out of range. */
export class FrameEncodeError extends VaktError {
  constructor(message: string) {
    super('E_FRAME_ENCODE', message, 'check the field against the table in protocol/serial/SPEC.md');
  }
}
