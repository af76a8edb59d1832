import { SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import { openPtyPair, type PtyPair } from './pty-pair.ts';

describe('socat PTY pair', () => {
  let pair: PtyPair | undefined;
  afterEach(async () => {
    await pair?.close();
  });

  it('carries bytes from one end to the other through node-serialport', async () => {
    pair = await openPtyPair();
    const a = new SerialPort({ path: pair.devicePath, baudRate: 115200 });
    const b = new SerialPort({ path: pair.hubPath, baudRate: 115200 });
    await Promise.all([a, b].map((p) => new Promise((r) => p.on('open', r))));
    const got = new Promise<Buffer>((resolve) => b.once('data', resolve));
    a.write(Buffer.from([1, 2, 3, 0]));
    expect([...(await got)]).toEqual([1, 2, 3, 0]);
    await Promise.all([a, b].map((p) => new Promise((r) => p.close(r))));
  });
});
