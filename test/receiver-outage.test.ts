/**
 * `vakt receive` while its broker is away: mqtt.js retries every second, and the receiver says
 * so once — one warning per link for the whole outage, not one per retry — then one line each
 * when it is back, with how many attempts failed meanwhile.
 */
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedBroker } from '../tools/broker/embedded-broker.ts';
import { startCli } from './support/run-cli.ts';
import { waitFor } from './support/wait-for.ts';

const cleanup: Array<() => unknown> = [];
afterAll(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

type LogLine = { msg: string; link?: string; attempts?: number; reason?: string };

describe('vakt receive during a broker outage', () => {
  it('one warning per link for an outage of several retries, one line per link when the broker is back', async () => {
    let broker = await startEmbeddedBroker({ port: 0 });
    const port = Number(new URL(broker.url).port);
    cleanup.push(() => broker.close());
    const store = mkdtempSync(join(tmpdir(), 'vakt-outage-'));
    // 3.1.1: aedes speaks no MQTT 5 (the receiver's links do not fall back by themselves).
    const r = startCli([
      'receive',
      '--broker',
      broker.url,
      '--mqtt-version',
      '3.1.1',
      '--store',
      store,
      '--json',
    ]);
    cleanup.push(() => r.child.kill('SIGKILL'));
    const logs = () =>
      r
        .err()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as LogLine);
    await waitFor(() => logs().some((l) => l.msg === 'receiver subscribed'), {
      what: 'the receiver to subscribe',
    });
    expect(r.err()).toMatch(/^vakt receive\n {2}broker {3}mqtt:\/\/127\.0\.0\.1:\d+ /); // the banner, on stderr with --json

    await broker.close();
    // While the broker is away its port hangs up on every connection: the retries are counted.
    let attempts = 0;
    const refuser = createServer((socket) => {
      attempts++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => refuser.listen(port, '127.0.0.1', resolve));
    const down = (l: LogLine) => l.msg.startsWith('broker unreachable');
    const back = (l: LogLine) => l.msg === 'broker connected again';
    await waitFor(() => attempts >= 8, { ms: 30_000, what: `8 reconnect attempts (have ${attempts})` });
    await new Promise<void>((resolve) => refuser.close(() => resolve()));
    broker = await startEmbeddedBroker({ port });
    await waitFor(() => logs().filter(back).length >= 2, { ms: 30_000, what: 'both links back' });
    const lines = logs();
    expect(
      lines
        .filter(down)
        .map((l) => l.link)
        .sort(),
    ).toEqual(['alarms', 'routine']);
    expect(lines.some((l) => l.msg === 'broker still unreachable')).toBe(false);
    expect(lines.some((l) => /broker connection (error|lost)/.test(l.msg))).toBe(false);
    // Eight and more failed attempts between the two links, told as one warning each.
    expect(lines.filter(back).reduce((n, l) => n + (l.attempts ?? 0), 0)).toBeGreaterThanOrEqual(8);
  }, 60_000);
});
