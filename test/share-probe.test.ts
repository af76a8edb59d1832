/**
 * `$share` is checked, not assumed: the probe on real brokers, and `vakt receive --share`
 * refusing a broker that grants the subscription and delivers nothing (aedes, like NATS 2.9 and
 * RabbitMQ 3.10 — see mqtt-engines.test.ts and docs/platform.md §5).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbeddedBroker } from '../tools/broker/embedded-broker.ts';
import { probeShare } from '../tools/receiver/share-probe.ts';
import { Mosquitto } from './support/mosquitto.ts';
import { runCli } from './support/run-cli.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

describe('$share probe', () => {
  it('mosquitto honours $share: each probe reaches exactly one member; the engine is named', async () => {
    const m = await new Mosquitto().start();
    cleanup.push(() => m.stop());
    const p = await probeShare(m.url, {}, 'auto', 'vakt/v1');
    expect(p).toMatchObject({ honoured: true, engine: expect.stringMatching(/^mosquitto version /) });
    expect(p.detail).toMatch(/^6 probes published, members got \d \+ \d$/);
  }, 30_000);

  it('vakt receive --share on a broker that ignores $share: refused naming what was seen, exit 3 (E_SHARE_UNSUPPORTED: unavailable)', async () => {
    const b = await startEmbeddedBroker({ port: 0 });
    cleanup.push(() => b.close());
    // --mqtt-version is left at its default, auto: aedes refuses MQTT 5 and the probe goes on with 3.1.1.
    const r = await runCli([
      'receive',
      '--broker',
      b.url,
      '--share',
      'centre',
      '--store',
      '/tmp/vakt-share-unused',
    ]);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/does not honour shared subscriptions \(6 probes published, members got 0 \+ 0/);
    expect(r.stderr).toContain('not NATS 2.9 or RabbitMQ 3.10');
  }, 30_000);
});
