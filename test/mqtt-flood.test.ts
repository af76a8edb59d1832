/**
 * 1, 16 and 64 MiB payloads on the hub's command and receipt topics, through a real mosquitto that
 * accepts them (message_size_limit 100 MB), against a real `vakt run`. The hub tells the broker
 * its Maximum Packet Size (MQTT 5), so the broker drops them for the hub; its RSS must stay within
 * 20 MiB of its baseline, and the hub must still deliver an alarm afterwards.
 */

import mqtt from 'mqtt';
import { afterAll, describe, expect, it } from 'vitest';
import { topicFor } from '../protocol/uplink/topics.ts';
import { ROOT, startMqttHubRig } from './support/mqtt-hub-rig.ts';
import { rssAround, rssMiB } from './support/rss.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterAll(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const MiB = 1024 * 1024;
const HUB = 'H-FLOOD';

describe('MQTT floods of oversized payloads', () => {
  it('1/16/64 MiB on the command and receipt topics: RSS back within 20 MiB, alarms still delivered', async () => {
    const rig = await startMqttHubRig({ hubId: HUB, mosquitto: ['message_size_limit 100000000'] });
    cleanup.push(() => rig.stop());
    const flooder = await mqtt.connectAsync(rig.broker.url, { protocolVersion: 5, reconnectPeriod: 0 });
    cleanup.push(() => flooder.endAsync(true));
    const report: string[] = [];
    for (const size of [1, 16, 64]) {
      // Whatever the hub would do with them, it has had the time once its memory has settled.
      const rss = await rssAround(rig.pid, `${size} MiB`, async () => {
        for (const kind of ['command', 'receipt'] as const)
          await flooder.publishAsync(topicFor(ROOT, HUB, kind), Buffer.alloc(size * MiB, 0x5a), { qos: 1 });
      });
      report.push(rss.line);
      expect(rss.peak - rss.baseline, rss.line).toBeLessThan(20);
      expect(rss.after - rss.baseline, rss.line).toBeLessThan(20);
      expect(rig.hub.daemon.child.exitCode).toBeNull();
    }
    // Still connected and delivering.
    await rig.alarmAgain('the alarm after the floods at the platform');
    console.info(
      `mqtt flood (hub pid ${rig.pid}, final RSS ${rssMiB(rig.pid).toFixed(1)} MiB):\n  ${report.join('\n  ')}`,
    );
  }, 180_000);
});
