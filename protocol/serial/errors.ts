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
  /** Verification (version 2): the MIC does not match — forged, or the wrong key. */
  MIC: 'E_FRAME_MIC',
  /** Verification: the counter is not above the highest accepted — a replay, or counters exhausted. */
  REPLAY: 'E_FRAME_REPLAY',
  /** Verification: no key is known for the device (not paired with an install code). */
  KEY: 'E_FRAME_KEY',
  /** Verification: a version-1 (unauthenticated) frame where a secured one is required. */
  UNSECURED: 'E_FRAME_UNSECURED',
} as const;
export type FrameErrorCodeValue = (typeof FrameErrorCode)[keyof typeof FrameErrorCode];

/** Who sent a bad frame, when its CRC held and its layout names the sender (SPEC §2.4). */
export interface FrameAddress {
  /** The device id, or 0 for a receiver command. */
  deviceId: number;
  seq: number;
  /** The frame's version byte (1 or 2). */
  version: number;
}

export class FrameError extends VaktError {
  readonly offset: number;
  /** Encoded bytes the error consumed (not counting the delimiter). */
  readonly length: number;
  /** Set when the frame's sender could be read despite the error: NAKs echo it. */
  readonly address: FrameAddress | undefined;

  constructor(
    code: FrameErrorCodeValue,
    message: string,
    offset: number,
    length: number,
    address?: FrameAddress,
  ) {
    super(code, `${message} (at byte ${offset})`);
    this.offset = offset;
    this.length = length;
    this.address = address;
  }
}

/** Thrown by the encoder when asked to encode a frame whose fields are out of range. */
export class FrameEncodeError extends VaktError {
  constructor(message: string) {
    super('E_FRAME_ENCODE', message, 'check the field against the table in protocol/serial/SPEC.md');
  }
}
