/**
 * 1, 16 and 64 MiB payloads on the hub's command and receipt topics, through a real mosquitto that
 * accepts them (message_size_limit 100 MB), against a real `vakt run`. The hub tells the broker
 * its Maximum Packet Size (MQTT 5), so the broker drops them for the hub; its RSS must stay within
 * 20 MiB of its baseline, and the hub must still deliver an alarm afterwards.
 */

import mqtt from 'mqtt';
import { afterAll, describe, expect, it } from 'vitest';
import { DEBOUNCE_MS } from '../firmware-sim/devices/firmware.ts';
import type { Pendant } from '../firmware-sim/devices/pendant.ts';
import { topicFor } from '../protocol/uplink/topics.ts';
import { startHubDaemon } from './support/hub-daemon.ts';
import { Mosquitto } from './support/mosquitto.ts';
import { rssMiB, rssSampler, settledRss } from './support/rss.ts';
import { runCli } from './support/run-cli.ts';
import { platform } from './support/uplink-rig.ts';
import { elapsed, waitFor } from './support/wait-for.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterAll(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const MiB = 1024 * 1024;

describe('MQTT floods of oversized payloads', () => {
  it('1/16/64 MiB on the command and receipt topics: RSS back within 20 MiB, alarms still delivered', async () => {
    const broker = await new Mosquitto({ extra: ['message_size_limit 100000000'] }).start();
    cleanup.push(() => broker.stop());
    const p = await platform(broker.url, { root: 'vakt/v1' });
    cleanup.push(() => p.r.stop());
    const hub = await startHubDaemon({ hubId: 'H-FLOOD', broker: broker.url });
    cleanup.push(() => hub.stop());
    const pid = hub.daemon.child.pid!;
    const s = ['--socket', hub.socket];
    expect(
      (await runCli(['pair', '--allow-unauthenticated', '--device', '00A1B2C3', '--type', '3', ...s])).status,
    ).toBe(0);
    const b1 = hub.sim.device('B1') as Pendant;
    b1.press();
    await waitFor(() => p.handled().length === 1, { what: 'the first alarm at the platform', ms: 20_000 });

    const flooder = await mqtt.connectAsync(broker.url, { protocolVersion: 5, reconnectPeriod: 0 });
    cleanup.push(() => flooder.endAsync(true));
    const report: string[] = [];
    for (const size of [1, 16, 64]) {
      const baseline = await settledRss(pid);
      const sampler = rssSampler(pid);
      for (const kind of ['command', 'receipt'] as const)
        await flooder.publishAsync(topicFor('vakt/v1', 'H-FLOOD', kind), Buffer.alloc(size * MiB, 0x5a), {
          qos: 1,
        });
      // Whatever the hub would do with them, it has had the time: wait for its memory to settle.
      const after = await settledRss(pid);
      sampler.stop();
      report.push(
        `${size} MiB: RSS before ${baseline.toFixed(1)} MiB, peak ${sampler.peak.toFixed(1)}, after ${after.toFixed(1)}`,
      );
      expect(sampler.peak - baseline, report.at(-1)).toBeLessThan(20);
      expect(after - baseline, report.at(-1)).toBeLessThan(20);
      expect(hub.daemon.child.exitCode).toBeNull();
    }
    // Still connected and delivering.
    await waitFor(elapsed(Date.now(), DEBOUNCE_MS + 200), { what: "the button's debounce to pass" });
    b1.press();
    await waitFor(() => p.handled().length === 2, {
      what: 'the alarm after the floods at the platform',
      ms: 20_000,
    });
    console.info(
      `mqtt flood (hub pid ${pid}, final RSS ${rssMiB(pid).toFixed(1)} MiB):\n  ${report.join('\n  ')}`,
    );
  }, 180_000);
});
