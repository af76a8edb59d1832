/**
 * The hub's own packet size guard (gateway/uplink/packet-size-guard.ts), through a real `vakt run`
 * pinned to MQTT 3.1.1 (`uplink.primary.mqttVersion: "3.1.1"`) on a real mosquitto that accepts
 * 100 MB messages. MQTT 3.1.1 has no Maximum Packet Size, so the broker does send the hub what a
 * publisher put on its command topic: the hub must end that connection as soon as the header
 * announces the size, reconnect (once per payload, not in a loop: a QoS 1 one is acknowledged
 * first), keep its RSS within 20 MiB of its baseline, and still deliver an alarm afterwards.
 */

import mqtt from 'mqtt';
import { afterAll, describe, expect, it } from 'vitest';
import { callGateway } from '../gateway/control/client.ts';
import { HUB_MAX_PACKET_BYTES } from '../gateway/uplink/packet-size-guard.ts';
import { topicFor } from '../protocol/uplink/topics.ts';
import { UNIT_NODE_FLAGS } from './support/hub-daemon.ts';
import { ROOT, startMqttHubRig } from './support/mqtt-hub-rig.ts';
import { rssAround, rssMiB } from './support/rss.ts';
import { waitFor } from './support/wait-for.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterAll(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const MiB = 1024 * 1024;
const HUB = 'H-311';

/** The hub's connections as mosquitto logged them, with the protocol level (p2 = 3.1.1, p5 = 5). */
const hubConnections = (log: string): string[] =>
  [...log.matchAll(new RegExp(`New client connected from \\S+ as ${HUB} \\(p(\\d)`, 'g'))].map((m) => m[1]!);

describe('hub on MQTT 3.1.1: oversized payloads on its command topic', () => {
  it('1 MiB (QoS 0) and 16 MiB (QoS 1): one dropped connection each, reconnected, RSS bounded, alarm delivered', async () => {
    // notice: mosquitto logs each connection with its protocol level.
    const rig = await startMqttHubRig({
      hubId: HUB,
      mosquitto: ['message_size_limit 100000000'],
      hub: { primaryConfig: '    mqttVersion: "3.1.1"\n', nodeArgs: UNIT_NODE_FLAGS },
    });
    cleanup.push(() => rig.stop());
    const { broker, hub, pid } = rig;
    expect(hubConnections(broker.log)).toEqual(['2']); // 3.1.1, and once

    const connected = async () => {
      const st = (await callGateway(hub.socket, 'status')) as {
        uplink: { brokers: { connected: boolean }[] };
      };
      return st.uplink.brokers[0]?.connected === true;
    };
    const lost = () =>
      hub.daemon
        .out()
        .split('\n')
        .filter((l) => l.includes('"msg":"broker connection lost"'));
    const publisher = await mqtt.connectAsync(broker.url, { protocolVersion: 4, reconnectPeriod: 0 });
    cleanup.push(() => publisher.endAsync(true));
    const report: string[] = [];
    for (const [size, qos] of [
      [1, 0],
      [16, 1],
    ] as const) {
      const rss = await rssAround(pid, `${size} MiB QoS ${qos}`, async () => {
        const lostBefore = lost().length;
        const connectionsBefore = hubConnections(broker.log).length;
        await publisher.publishAsync(topicFor(ROOT, HUB, 'command'), Buffer.alloc(size * MiB, 0x5a), { qos });
        await waitFor(() => lost().length > lostBefore, {
          what: `the hub to drop the connection that carried ${size} MiB`,
          ms: 20_000,
        });
        expect(lost().at(-1)!).toContain(`at most ${HUB_MAX_PACKET_BYTES} bytes`);
        await waitFor(() => hubConnections(broker.log).length > connectionsBefore && connected(), {
          what: 'the hub to reconnect',
          ms: 20_000,
        });
      });
      report.push(rss.line);
      expect(rss.peak - rss.baseline, rss.line).toBeLessThan(20);
      expect(rss.after - rss.baseline, rss.line).toBeLessThan(20);
      expect(hub.daemon.child.exitCode).toBeNull();
    }
    // Still connected and delivering.
    await rig.alarmAgain('the alarm after the oversized payloads at the platform');
    // All 3.1.1, and one drop per payload: the acknowledged QoS 1 one was not sent again after
    // the reconnect (a starved hub may also lose its connection otherwise; that is not counted).
    expect(hubConnections(broker.log).every((v) => v === '2')).toBe(true);
    const tooLarge = lost().filter((l) => l.includes(`at most ${HUB_MAX_PACKET_BYTES} bytes`));
    expect(tooLarge, lost().join('\n')).toHaveLength(2);
    expect(await connected()).toBe(true);
    console.info(
      `mqtt 3.1.1 guard (hub pid ${pid}, final RSS ${rssMiB(pid).toFixed(1)} MiB):\n  ${report.join('\n  ')}`,
    );
  }, 120_000);
});
