/**
 * The control socket's `receiver`: asks the radio receiver for its status over the serial link
 * the daemon holds (a status_request, SPEC §5.6) and answers with the next receiver_status, or
 * `answered: false` after the timeout. Tools use it where they would open the port themselves
 * (provision's receiver check) but the daemon has it.
 */
import type { Clock } from '../../protocol/clock.ts';
import { hex32, type ReceiverStatusFrame } from '../../protocol/serial/index.ts';
import type { Ingest } from '../ingest/ingest.ts';
import type { ReceiverAnswer } from './answers.ts';

export function askReceiver(
  ingest: Ingest,
  clock: Clock,
  port: string,
  timeoutMs: number,
): Promise<ReceiverAnswer> {
  return new Promise((resolve) => {
    const done = (f: ReceiverStatusFrame | undefined) => {
      off();
      timer.cancel();
      resolve(
        f
          ? {
              port,
              answered: true,
              receiverId: hex32(f.receiverId),
              firmware: f.firmware,
              pairedCount: f.pairedCount,
              jamming: f.jamming,
              learnMode: f.learnMode,
            }
          : { port, answered: false, timeoutMs },
      );
    };
    const off = ingest.on('receiver-status', (f) => done(f));
    const timer = clock.setTimer(timeoutMs, () => done(undefined));
    // No answer is the timeout's to report; the command's own E_RECEIVER_NO_ANSWER adds nothing here.
    ingest.command({ command: 'status_request' }).catch(() => {});
  });
}
