/**
 * A receiver's answer to one message: ACK (accepted), NAK (rejected, usually for its timestamp:
 * the NAK carries the receiver's time), DUH (not understood), RSP (accepted, with a response).
 */
import { Dc09Error, Dc09ErrorCode } from './errors.ts';
import { type DecodeOptions, type Dc09Message, decodeMessage } from './message.ts';

export type Reply =
  | { kind: 'ACK' | 'RSP' | 'DUH'; message: Dc09Message }
  | { kind: 'NAK'; message: Dc09Message; receiverTimeMs: number | undefined };

/**
 * Decodes `frame` as the reply to `sent`; throws E_DC09_REPLY when it is not a reply or answers
 * another message (other sequence number or account), and the codec's errors when malformed.
 */
export function parseReply(frame: string, sent: Dc09Message, o: DecodeOptions = {}): Reply {
  const m = decodeMessage(frame, o);
  switch (m.id) {
    case 'NAK':
      return { kind: 'NAK', message: m, receiverTimeMs: m.timeMs };
    case 'ACK':
    case 'RSP':
    case 'DUH':
      if (m.seq !== sent.seq || (m.account !== undefined && m.account !== sent.account))
        throw new Dc09Error(
          Dc09ErrorCode.REPLY,
          `${m.id} for sequence ${m.seq} account ${m.account} answers another message (sent ${sent.seq} ${sent.account})`,
        );
      if (m.id !== 'DUH' && sent.encrypted && !m.encrypted)
        throw new Dc09Error(Dc09ErrorCode.REPLY, `plain ${m.id} to an encrypted message`);
      return { kind: m.id, message: m };
    default:
      throw new Dc09Error(Dc09ErrorCode.REPLY, `"${m.id}" is not a reply (ACK, NAK, DUH or RSP)`);
  }
}
