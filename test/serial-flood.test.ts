/**
 * Serial garbage flood against a real `vakt run` over a PTY: 128 KiB of random bytes in 64-byte
 * bursts from the dongle's side. The hub logs the first frame error and counts the rest (one line per minute per
 * kind, docs/uplink.md "Floods in the log"), its RSS returns within 20 MiB of its baseline, and a
 * device event after the flood is still committed and ACKed.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Pendant } from '../firmware-sim/devices/pendant.ts';
import { startHubDaemon } from './support/hub-daemon.ts';
import { rssMiB, rssSampler, settledRss } from './support/rss.ts';
import { pairPendantByCli } from './support/run-cli.ts';
import { waitFor } from './support/wait-for.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterAll(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

describe('serial garbage flood', () => {
  it('128 KiB of garbage in bursts: one log line for it, RSS back within 20 MiB, events still ACKed', async () => {
    const hub = await startHubDaemon({ hubId: 'H-SERIAL' });
    cleanup.push(() => hub.stop());
    const pid = hub.daemon.child.pid!;
    await pairPendantByCli(hub.socket);
    const baseline = await settledRss(pid);
    const linesBefore = hub.daemon.out().split('\n').length;
    const sampler = rssSampler(pid);
    // Bursts of 64 random bytes every 5 ms for 10 s, as a noisy line would bring them.
    for (let i = 0; i < 2000; i++) {
      hub.sim.dongle.writeRaw(randomBytes(64));
      await new Promise((r) => setTimeout(r, 5));
    }
    const b1 = hub.sim.device('B1') as Pendant;
    const acked = () => hub.sim.events.some((e) => e.type === 'acked');
    b1.press();
    await waitFor(acked, { what: 'the pendant event ACKed after the flood', ms: 60_000 }).catch((err) => {
      console.info(hub.daemon.out().split('\n').slice(-15).join('\n'));
      console.info(JSON.stringify(hub.sim.events.slice(-10)));
      throw err;
    });
    const after = await waitFor(
      () => {
        const now = rssMiB(pid);
        return now - baseline < 20 ? now : undefined;
      },
      { what: `RSS back within 20 MiB of ${baseline.toFixed(1)} MiB`, ms: 90_000, everyMs: 500 },
    );
    sampler.stop();
    const lines = hub.daemon
      .out()
      .split('\n')
      .slice(linesBefore - 1)
      .filter((l) => l.includes('"problem"'));
    console.info(
      `serial flood: 2000 garbage bursts; RSS before ${baseline.toFixed(1)} MiB, peak ${sampler.peak.toFixed(1)}, after ${after.toFixed(1)}; ` +
        `${lines.length} problem log lines: ${lines.map((l) => (JSON.parse(l) as { problem: string }).problem).join(', ')}`,
    );
    expect(lines.filter((l) => l.includes('"serial frame error"'))).toHaveLength(1);
    expect(lines.length).toBeLessThanOrEqual(6);
    expect(hub.daemon.child.exitCode).toBeNull();
  }, 180_000);
});
