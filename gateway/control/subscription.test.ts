/**
 * A subscriber that stops reading, over a real Unix socket: the daemon keeps at most its cap of
 * unread events, counts the rest, and says how many once the client reads again — every event
 * is either delivered or counted, none vanishes.
 */
import { mkdtempSync } from 'node:fs';
import { createServer, type Socket, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../test/support/wait-for.ts';
import { Subscription } from './subscription.ts';

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanup.splice(0)) c();
});

async function socketPair(): Promise<{ daemonSide: Socket; client: Socket }> {
  const path = join(mkdtempSync(join(tmpdir(), 'vakt-sub-')), 's.sock');
  const server = createServer();
  await new Promise<void>((r) => server.listen(path, r));
  const accepted = new Promise<Socket>((r) => server.once('connection', r));
  const client = connect(path);
  const daemonSide = await accepted;
  cleanup.push(() => {
    client.destroy();
    daemonSide.destroy();
    server.close();
  });
  return { daemonSide, client };
}

describe('a subscription', () => {
  it('caps what a paused client leaves unread; delivered + dropped = pushed, dropped said once it reads', async () => {
    const { daemonSide, client } = await socketPair();
    const cap = 64 * 1024;
    const sub = new Subscription(daemonSide, false, cap, () => 1234, pino({ level: 'silent' }));
    client.pause();
    const pushed = 20_000;
    let peak = 0;
    for (let seq = 1; seq <= pushed; seq++) {
      sub.push({ kind: 'device_event', at: seq, seq, summary: 'x'.repeat(100) });
      peak = Math.max(peak, daemonSide.writableLength);
    }
    expect(peak).toBeLessThan(cap + 1024); // one line over the cap at most
    let text = '';
    client.on('data', (d: Buffer) => {
      text += d.toString();
    });
    client.resume();
    const lines = () =>
      text
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { event: Record<string, number | string> }).event);
    await waitFor(() => lines().some((e) => e.kind === 'dropped'), { what: 'the dropped event' });
    const delivered = lines().filter((e) => e.kind === 'device_event');
    const dropped = lines().find((e) => e.kind === 'dropped')!;
    expect(dropped).toMatchObject({ at: 1234 });
    expect(Number(dropped.count)).toBeGreaterThan(0);
    expect(delivered.length + Number(dropped.count)).toBe(pushed);
    // What was delivered is the oldest, in order: the gap is at the end, where the count says.
    expect(delivered.map((e) => e.seq)).toEqual(Array.from({ length: delivered.length }, (_, i) => i + 1));
    // Once caught up, events flow again.
    sub.push({ kind: 'path', at: 1, path: 'primary' });
    await waitFor(() => lines().some((e) => e.kind === 'path'), { what: 'the next event' });
  });
});
