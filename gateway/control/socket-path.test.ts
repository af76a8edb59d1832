import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearStaleSocket } from './socket-path.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'vakt-sock-'));

describe('control socket path before listening', () => {
  it('leaves a regular file, a directory and a symlink alone with E_SOCKET_PATH', async () => {
    const d = dir();
    writeFileSync(join(d, 'file'), 'keep me');
    mkdirSync(join(d, 'dir'));
    symlinkSync(join(d, 'file'), join(d, 'link'));
    for (const name of ['file', 'dir', 'link'])
      await expect(clearStaleSocket(join(d, name))).rejects.toMatchObject({ code: 'E_SOCKET_PATH' });
    expect(readFileSync(join(d, 'link'), 'utf8')).toBe('keep me');
  });

  it('removes a stale socket, refuses one that is still answered', async () => {
    const path = join(dir(), 'c.sock');
    await clearStaleSocket(path); // nothing there: fine
    const live = createServer(() => {});
    await new Promise<void>((r) => live.listen(path, r));
    await expect(clearStaleSocket(path)).rejects.toMatchObject({ code: 'E_SOCKET_LISTEN' });
    // A socket file nobody listens on any more (the listener's fd closed without unlinking).
    const stale = join(dir(), 's.sock');
    const s2 = createServer(() => {});
    await new Promise<void>((r) => s2.listen(stale, r));
    await new Promise<void>((r) => live.close(() => r()));
    (s2 as unknown as { _handle: { close(): void } })._handle.close();
    await expect(clearStaleSocket(stale)).resolves.toBeUndefined();
  });
});
