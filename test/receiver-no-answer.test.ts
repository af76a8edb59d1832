/**
 * SPEC §6.7 over a real PTY: a dongle that hears the hub but never answers. `vakt run` sends each
 * receiver command three times with the same seq, 2 s apart, then asks for a status; the control
 * socket's caller gets E_RECEIVER_NO_ANSWER and learn mode is not left on.
 */
import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPtyPair } from '../firmware-sim/link/pty-pair.ts';
import { callGateway } from '../gateway/control/client.ts';
import { FrameDecoder, type ReceiverCommandFrame } from '../protocol/serial/index.ts';
import { startDaemon } from './support/run-cli.ts';
import { waitFor } from './support/wait-for.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

describe('a receiver that never answers a command', () => {
  it('gets the command three times with one seq, then a status_request; the caller gets E_RECEIVER_NO_ANSWER', async () => {
    const pty = await openPtyPair();
    cleanup.push(() => pty.close());
    const heard: Array<{ at: number; frame: ReceiverCommandFrame }> = [];
    const decoder = new FrameDecoder();
    const line = createReadStream(pty.devicePath);
    line.on('data', (chunk) => {
      for (const d of decoder.push(chunk as Buffer))
        if ('frame' in d && d.frame.kind === 'receiver_command')
          heard.push({ at: Date.now(), frame: d.frame });
    });
    line.on('error', () => {}); // the PTY goes away at cleanup
    cleanup.push(() => line.destroy());
    const dir = mkdtempSync(join(tmpdir(), 'vakt-mute-'));
    const socket = join(dir, 'control.sock');
    const config = join(dir, 'vakt.yaml');
    writeFileSync(
      config,
      `hub:\n  id: H-MUTE\nstorage:\n  dir: ${join(dir, 'state')}\nserial:\n  port: ${pty.hubPath}\nuplink:\n  primary:\n    url: mqtt://127.0.0.1:1\ncontrol:\n  socket: ${socket}\nlog:\n  level: warn\n`,
      { mode: 0o600 },
    );
    const daemon = await startDaemon(config, socket);
    cleanup.push(() => {
      if (daemon.child.exitCode === null) daemon.child.kill('SIGKILL');
    });

    const learn = callGateway(socket, 'learn', { timeoutS: 30, allowUnauthenticated: true }, 20_000);
    await expect(learn).rejects.toMatchObject({
      code: 'E_RECEIVER_NO_ANSWER',
      message: expect.stringMatching(/did not answer learn_enter: no answer to 3 sends/),
    });
    expect(((await callGateway(socket, 'status')) as { learn: { active: boolean } }).learn.active).toBe(
      false,
    );
    const sends = heard.filter((h) => h.frame.command === 'learn_enter');
    expect(sends).toHaveLength(3);
    expect(new Set(sends.map((h) => h.frame.seq)).size).toBe(1);
    for (let i = 1; i < 3; i++) expect(sends[i]!.at - sends[i - 1]!.at).toBeGreaterThanOrEqual(1_900);
    await waitFor(
      () => heard.some((h) => h.at >= sends[2]!.at + 1_900 && h.frame.command === 'status_request'),
      {
        what: 'a status_request after the third unanswered send',
      },
    );
    expect(daemon.err() + daemon.out()).toMatch(/receiver command failed/);
  }, 60_000);
});
