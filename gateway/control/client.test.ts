/**
 * The control clients against a real Unix socket whose listener takes connections and never
 * answers: both give up after their timeout with the one E_SOCKET_TIMEOUT error, naming what
 * was asked; against no listener at all, E_NOT_RUNNING naming the socket.
 */
import { mkdtempSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callGateway } from './client.ts';
import { subscribeGateway } from './subscribe-client.ts';

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanup.splice(0)) c();
});

/** A socket that accepts and reads, but never writes a byte back. */
async function silentGateway(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'vakt-client-')), 'control.sock');
  const held: Socket[] = [];
  const server = createServer((s) => held.push(s));
  await new Promise<void>((r) => server.listen(path, r));
  cleanup.push(() => {
    for (const s of held) s.destroy();
    server.close();
  });
  return path;
}

describe('control clients', () => {
  it('callGateway: a gateway that does not answer is E_SOCKET_TIMEOUT naming the method', async () => {
    const path = await silentGateway();
    await expect(callGateway(path, 'status', {}, 200)).rejects.toMatchObject({
      code: 'E_SOCKET_TIMEOUT',
      message: 'the gateway did not answer "status" within 0.2 s',
    });
  });

  it('subscribeGateway: a gateway that does not accept the subscription is E_SOCKET_TIMEOUT', async () => {
    const path = await silentGateway();
    await expect(subscribeGateway(path, () => {}, {}, 200)).rejects.toMatchObject({
      code: 'E_SOCKET_TIMEOUT',
      message: 'the gateway did not answer "subscribe" within 0.2 s',
    });
  });

  it('no gateway listening: E_NOT_RUNNING naming the socket', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'vakt-client-')), 'absent.sock');
    await expect(callGateway(path, 'status')).rejects.toMatchObject({
      code: 'E_NOT_RUNNING',
      message: expect.stringContaining(path),
    });
  });
});
