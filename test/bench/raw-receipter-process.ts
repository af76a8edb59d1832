/**
 * The receiver group's ceiling on this machine: a bare mqtt.js client in the `$share` group that
 * decodes each alarm and answers it with an ACCEPTED Receipt — nothing validated, stored, shown or
 * signed. What no receipting receiver can beat on the same broker and cores.
 * `tsx test/bench/raw-receipter-process.ts BROKER_URL CLIENT_ID SHARE_GROUP`; prints "ready" once
 * subscribed.
 */
import mqtt from 'mqtt';
import { topicFor } from '../../protocol/uplink/index.ts';
import { acceptedReceipt } from './accepted-receipt.ts';

const [url, clientId, share] = process.argv.slice(2) as [string, string, string];
const client = await mqtt.connectAsync(url, { protocolVersion: 5, clientId, clean: true });
client.on('message', (_topic, payload) => {
  const { hubId, bytes } = acceptedReceipt(payload, clientId);
  client.publish(topicFor('vakt/v1', hubId, 'receipt'), bytes, { qos: 1 });
});
await client.subscribeAsync(`$share/${share}/vakt/v1/+/alarm`, { qos: 1 });
process.stdout.write('ready\n');
process.on('SIGTERM', () => void client.endAsync().then(() => process.exit(0)));
