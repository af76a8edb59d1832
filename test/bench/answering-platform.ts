/**
 * A platform that receipts every alarm at once, with no storage, in its own process so its work
 * does not share the hub's event loop: `tsx test/bench/answering-platform.ts URL`. Prints "ready"
 * once subscribed.
 */
import mqtt from 'mqtt';
import { acceptedReceipt } from './accepted-receipt.ts';

const c = await mqtt.connectAsync(process.argv[2]!, { protocolVersion: 5 });
(c.stream as { setNoDelay?: (on: boolean) => void }).setNoDelay?.(true);
c.on('message', (topic, payload) => {
  c.publish(topic.replace(/\/alarm$/, '/receipt'), acceptedReceipt(payload, 'bench').bytes, { qos: 1 });
});
await c.subscribeAsync('vakt/v1/+/alarm', { qos: 1 });
process.stdout.write('ready\n');
process.on('SIGTERM', () => void c.endAsync().then(() => process.exit(0)));
