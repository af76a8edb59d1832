/**
 * Receiver commands as SPEC §6.7 has them: each gets a sequence number and is answered by
 * `ack(0, seq)` or `nak(0, seq, unsupported_command)` within 1 s. Unanswered after 2 s it is sent
 * again with the **same** seq (the dongle answers a repeated seq without executing it twice), at
 * most twice more; after the third unanswered send the command fails with E_RECEIVER_NO_ANSWER,
 * which reaches whoever asked (learn mode over the control socket or a remote command), and a
 * `status_request` is sent so the receiver-lost rule decides whether the dongle is gone.
 */
import type { Logger } from 'pino';
import type { Clock, Timer } from '../../protocol/clock.ts';
import { VaktError } from '../../protocol/errors.ts';
import type { AckFrame, NakFrame, ReceiverCommand } from '../../protocol/serial/index.ts';

/** How long each send waits for the dongle's answer (SPEC §6.7). */
export const COMMAND_ANSWER_MS = 2_000;
/** Sends of one command: the first and two more with the same seq. */
export const COMMAND_SENDS = 3;
/** Commands awaiting an answer; beyond it the oldest is failed (learn, unpair: a handful at most). */
const MAX_PENDING = 32;

interface Pending {
  command: ReceiverCommand;
  sends: number;
  timer: Timer;
  resolve: () => void;
  reject: (err: Error) => void;
}

export class ReceiverCommands {
  private seq = 0;
  private readonly pending = new Map<number, Pending>();

  constructor(
    /** Writes the command frame with `seq` on the serial line. */
    private readonly write: (seq: number, c: ReceiverCommand) => void,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** Sends `c`; resolves when the dongle ACKs it, rejects when it NAKs it or never answers. */
  send(c: ReceiverCommand): Promise<void> {
    this.seq = (this.seq + 1) & 0xffff;
    const seq = this.seq;
    this.pending.get(seq)?.reject(new VaktError('E_RECEIVER_NO_ANSWER', `command seq ${seq} was reused`));
    if (this.pending.size >= MAX_PENDING)
      this.fail(this.pending.keys().next().value as number, 'too many pending');
    return new Promise((resolve, reject) => {
      const p: Pending = { command: c, sends: 0, timer: { cancel() {} }, resolve, reject };
      this.pending.set(seq, p);
      this.transmit(seq, p);
    });
  }

  /** An ACK or NAK from the dongle (device id 0). */
  answered(f: AckFrame | NakFrame): void {
    const p = this.pending.get(f.seq);
    if (!p) return; // an answer to a retry whose first answer already came, or a stray one
    this.pending.delete(f.seq);
    p.timer.cancel();
    if (f.kind === 'ack') {
      p.resolve();
      return;
    }
    p.reject(
      new VaktError(
        'E_RECEIVER_NO_ANSWER',
        `the radio receiver refused ${p.command.command} (nak ${f.reason})`,
        'update the receiver firmware, or check it is a Vakt receiver',
      ),
    );
  }

  /** Fails every command still waiting (the gateway stops). */
  stop(): void {
    for (const seq of [...this.pending.keys()]) this.fail(seq, 'the gateway stopped');
  }

  private transmit(seq: number, p: Pending): void {
    p.sends++;
    this.write(seq, p.command);
    p.timer = this.clock.setTimer(COMMAND_ANSWER_MS, () => {
      if (p.sends < COMMAND_SENDS) {
        this.log.warn(
          { seq, command: p.command.command, sends: p.sends },
          'receiver command unanswered: sent again',
        );
        this.transmit(seq, p);
        return;
      }
      this.fail(seq, `no answer to ${COMMAND_SENDS} sends, ${COMMAND_ANSWER_MS / 1000} s apart`);
      if (p.command.command !== 'status_request') this.send({ command: 'status_request' }).catch(() => {});
    });
  }

  private fail(seq: number, why: string): void {
    const p = this.pending.get(seq);
    if (!p) return;
    this.pending.delete(seq);
    p.timer.cancel();
    this.log.error({ seq, command: p.command.command, why }, 'receiver command failed');
    p.reject(
      new VaktError(
        'E_RECEIVER_NO_ANSWER',
        `the radio receiver did not answer ${p.command.command}: ${why}`,
        'check the receiver is plugged in (vakt status → receiver); it is reopened when it stays silent',
      ),
    );
  }
}
