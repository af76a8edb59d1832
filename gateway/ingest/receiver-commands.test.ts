import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import type { ReceiverCommand } from '../../protocol/serial/index.ts';
import { COMMAND_ANSWER_MS, ReceiverCommands } from './receiver-commands.ts';

function rig() {
  const clock = new FakeClock();
  const sent: Array<{ seq: number; command: string }> = [];
  const commands = new ReceiverCommands(
    (seq, c: ReceiverCommand) => sent.push({ seq, command: c.command }),
    clock,
    pino({ level: 'silent' }),
  );
  return { clock, sent, commands };
}

describe('receiver commands (SPEC §6.7)', () => {
  it('an answer to the second send settles the command: same seq, no third send', async () => {
    const r = rig();
    const done = r.commands.send({ command: 'learn_enter', timeout: 60 });
    r.clock.advance(COMMAND_ANSWER_MS);
    expect(r.sent).toEqual([
      { seq: 1, command: 'learn_enter' },
      { seq: 1, command: 'learn_enter' },
    ]);
    r.commands.answered({ kind: 'ack', deviceId: 0, seq: 1 });
    await expect(done).resolves.toBeUndefined();
    r.clock.advance(10 * COMMAND_ANSWER_MS);
    expect(r.sent).toHaveLength(2);
  });

  it('three unanswered sends fail it with E_RECEIVER_NO_ANSWER, then a status_request goes out', async () => {
    const r = rig();
    const done = r.commands.send({ command: 'unpair', deviceId: 5 });
    const failed = expect(done).rejects.toMatchObject({ code: 'E_RECEIVER_NO_ANSWER' });
    r.clock.advance(3 * COMMAND_ANSWER_MS);
    await failed;
    expect(r.sent).toEqual([
      { seq: 1, command: 'unpair' },
      { seq: 1, command: 'unpair' },
      { seq: 1, command: 'unpair' },
      { seq: 2, command: 'status_request' },
    ]);
    // The status_request fails alone; it asks for no further status_request.
    r.clock.advance(3 * COMMAND_ANSWER_MS);
    expect(r.sent.filter((s) => s.command === 'status_request')).toHaveLength(3);
  });

  it('a NAK fails it at once, saying the receiver refused it; answers to unknown seqs are ignored', async () => {
    const r = rig();
    const done = r.commands.send({ command: 'learn_leave' });
    r.commands.answered({ kind: 'ack', deviceId: 0, seq: 99 });
    r.commands.answered({ kind: 'nak', deviceId: 0, seq: 1, reason: 'unsupported_command' });
    await expect(done).rejects.toMatchObject({
      code: 'E_RECEIVER_NO_ANSWER',
      message: expect.stringMatching(/refused learn_leave \(nak unsupported_command\)/),
    });
    r.clock.advance(10 * COMMAND_ANSWER_MS);
    expect(r.sent).toHaveLength(1);
  });

  it('stop fails whatever is still waiting', async () => {
    const r = rig();
    const done = r.commands.send({ command: 'status_request' });
    r.commands.stop();
    await expect(done).rejects.toMatchObject({ message: expect.stringMatching(/gateway stopped/) });
  });
});
