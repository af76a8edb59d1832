/**
 * One reference receiver in its own process, for the receiver-group benchmark:
 * `tsx test/bench/receiver-process.ts BROKER_URL STORE CLIENT_ID SHARE_GROUP [RECONNECT_MS]` (STORE: a
 * directory or a postgres:// URL; RECONNECT_MS: its retry period after losing the broker, mqtt.js's
 * 1 s by default). Shows nothing; prints "ready" once subscribed and its stats on SIGTERM.
 */
import pino from 'pino';
import { Receiver } from '../../tools/receiver/receiver.ts';
import { storeFromOption } from '../../tools/receiver/store-option.ts';

const [url, store, clientId, share, reconnectMs] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string?,
];
const log = pino({ level: 'warn' }, pino.destination(2));
const r = new Receiver({
  url,
  mqtt: { protocolVersion: 5, clientId, ...(reconnectMs ? { reconnectPeriod: Number(reconnectMs) } : {}) },
  shareGroup: share,
  store: storeFromOption(store, clientId, log),
  receiverId: clientId,
  out: () => {},
  log,
});
await r.start();
process.stdout.write('ready\n');
process.on(
  'SIGTERM',
  () =>
    void r.stop().then(() => {
      process.stdout.write(`${JSON.stringify(r.stats)}\n`);
      process.exit(0);
    }),
);
