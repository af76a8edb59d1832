/**
 * The MQTT 5 properties of the uplink contract (docs/platform.md) as a real mosquitto passes them
 * on: content type and the hub and event ids as user properties on every message, a message
 * expiry on heartbeats, and none on alarms (an alarm never expires on its way).
 */
import mqtt from 'mqtt';
import { describe, expect, it } from 'vitest';
import { publishProperties, v1 } from '../protocol/uplink/index.ts';
import { sampleAlarm } from './support/hub-publisher.ts';
import { Mosquitto } from './support/mosquitto.ts';
import { waitFor } from './support/wait-for.ts';

describe('MQTT 5 properties on mosquitto', () => {
  it('content type, user properties and expiry reach a subscriber; alarms carry no expiry', async () => {
    const mosq = await new Mosquitto().start();
    const sub = await mqtt.connectAsync(mosq.url, { protocolVersion: 5 });
    await sub.subscribeAsync('vakt/v1/+/+', { qos: 1 });
    const got: Array<{ topic: string; props: Record<string, unknown> }> = [];
    sub.on('message', (topic, _p, packet) =>
      got.push({ topic, props: (packet.properties ?? {}) as Record<string, unknown> }),
    );
    const pub = await mqtt.connectAsync(mosq.url, { protocolVersion: 5 });
    await pub.publishAsync('vakt/v1/H5/alarm', Buffer.from(v1.Alarm.encode(sampleAlarm('H5', 1)).finish()), {
      qos: 1,
      properties: publishProperties('alarm', 'H5', 'ev-000001'),
    });
    await pub.publishAsync(
      'vakt/v1/H5/heartbeat',
      Buffer.from(v1.Heartbeat.encode({ eventId: 'hb-1', hubId: 'H5' }).finish()),
      { qos: 1, properties: publishProperties('heartbeat', 'H5', 'hb-1', 60) },
    );
    await waitFor(() => got.length >= 2, { ms: 5000, what: 'the alarm and the heartbeat at the subscriber' });
    const alarm = got.find((g) => g.topic.endsWith('/alarm'))!.props;
    const hb = got.find((g) => g.topic.endsWith('/heartbeat'))!.props;
    expect(alarm).toMatchObject({
      contentType: 'application/x-protobuf; proto=vakt.v1.Alarm',
      userProperties: { 'vakt-hub': 'H5', 'vakt-event': 'ev-000001' },
    });
    expect(alarm.messageExpiryInterval).toBeUndefined();
    expect(hb.messageExpiryInterval).toBeGreaterThan(0);
    await sub.endAsync();
    await pub.endAsync();
    await mosq.stop();
  });
});
