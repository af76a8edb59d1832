/**
 * SPEC §2.4: the answer a receiver of the serial line gives to each decode or verification error.
 * Silence where no sender can be named or where answering would let a forger make the hub talk;
 * an echo of the sender where its frame was readable. A NAK to a version-2 device is secured by
 * the sender (it needs the device's key); this rule only says whether to answer and with what.
 */
import { type FrameError, FrameErrorCode } from './errors.ts';
import { LEGACY_VERSION, type NakFrame, type NakReason, RECEIVER_ADDRESS, UNKNOWN_ADDRESS } from './frame.ts';

const REASON: Partial<Record<string, NakReason>> = {
  [FrameErrorCode.CRC]: 'crc',
  [FrameErrorCode.VERSION]: 'version',
  [FrameErrorCode.KIND]: 'unknown_kind',
  [FrameErrorCode.LENGTH]: 'length',
  [FrameErrorCode.PAYLOAD]: 'bad_payload',
};

/** The NAK to send for `error`, or null for silence. */
export function nakFor(error: FrameError): NakFrame | null {
  const reason = REASON[error.code];
  if (!reason) return null;
  const a = error.address;
  if (reason === 'crc' || reason === 'version' || reason === 'unknown_kind' || !a)
    return { kind: 'nak', deviceId: UNKNOWN_ADDRESS, seq: 0, reason };
  if (a.deviceId === RECEIVER_ADDRESS)
    return { kind: 'nak', deviceId: RECEIVER_ADDRESS, seq: a.seq, reason: 'unsupported_command' };
  // An unverified version-2 frame earns no answer: a forger must not make the hub transmit.
  if (a.version !== LEGACY_VERSION) return null;
  return { kind: 'nak', deviceId: a.deviceId, seq: a.seq, reason };
}
