/**
 * The receiver benchmark's baseline, in its own process as the receiver is: subscribes to every
 * hub's alarms and answers each with one fixed QoS 1 publish on that hub's receipt topic —
 * nothing decoded, validated, stored or signed. `tsx test/bench/echo-process.ts BROKER_URL`;
 * prints "ready" once subscribed.
 */
import mqtt from 'mqtt';

const url = process.argv[2]!;
const answer = Buffer.alloc(48, 0x2a);
const client = await mqtt.connectAsync(url, { protocolVersion: 5, clientId: 'bench-echo' });
client.on('message', (topic) => {
  client.publish(topic.replace(/\/alarm$/, '/receipt'), answer, { qos: 1 });
});
await client.subscribeAsync('vakt/v1/+/alarm', { qos: 1 });
process.stdout.write('ready\n');
process.on('SIGTERM', () => void client.endAsync().then(() => process.exit(0)));
