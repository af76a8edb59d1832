import { VaktError } from '../errors.ts';

/**
 * Why a DC-09 message (or a receiver's reply) could not be used. Codes are stable: the bridge
 * counts and logs them, tests match on them.
 */
export const Dc09ErrorCode = {
  /** Not `<LF>crc 0LLL "id" … <CR>`: missing LF/CR, non-hex CRC or length, too long. */
  FRAME: 'E_DC09_FRAME',
  /** The CRC-16 in the message disagrees with the one computed over `"id"…` to the end. */
  CRC: 'E_DC09_CRC',
  /** The 0LLL length disagrees with the number of characters from `"` to the end. */
  LENGTH: 'E_DC09_LENGTH',
  /** An id token (`"SIA-DCS"`, `"ACK"`, …) this codec does not know. */
  ID: 'E_DC09_ID',
  /** Sequence, receiver, line prefix or account malformed. */
  FIELD: 'E_DC09_FIELD',
  /** The `[…]` data or `[x…]` extended data blocks are malformed. */
  DATA: 'E_DC09_DATA',
  /** `_HH:MM:SS,MM-DD-YYYY` malformed or naming a time that does not exist. */
  TIMESTAMP: 'E_DC09_TIMESTAMP',
  /** Encrypted without a key, a key of the wrong size, or ciphertext that does not decrypt. */
  KEY: 'E_DC09_KEY',
  /** A reply that is not ACK/NAK/DUH/RSP, or that answers another message. */
  REPLY: 'E_DC09_REPLY',
  /** Asked to encode a message whose fields are out of range. */
  ENCODE: 'E_DC09_ENCODE',
} as const;
export type Dc09ErrorCodeValue = (typeof Dc09ErrorCode)[keyof typeof Dc09ErrorCode];

export class Dc09Error extends VaktError {
  constructor(code: Dc09ErrorCodeValue, message: string, hint?: string) {
    super(code, message, hint ?? 'see docs/dc09.md for the message format');
  }
}
