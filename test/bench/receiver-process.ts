/**
 * One reference receiver in its own process, for the receiver benchmarks:
 * `tsx test/bench/receiver-process.ts BROKER_URL STORE CLIENT_ID [SHARE_GROUP|-] [RECONNECT_MS|-]
 * [SIGNING_KEY_FILE]` (STORE: a directory or a postgres:// URL; `-`: no shared subscription, or
 * mqtt.js's 1 s retry period after losing the broker). Shows nothing; prints "ready" once
 * subscribed and its stats on SIGTERM.
 */
import pino from 'pino';
import { loadSigningKey } from '../../tools/receiver/run-receiver.ts';
import { Receiver } from '../../tools/receiver/receiver.ts';
import { storeFromOption } from '../../tools/receiver/store-option.ts';

const [url, store, clientId, share, reconnectMs, keyFile] = process.argv.slice(2) as [
  string,
  string,
  string,
  string?,
  string?,
  string?,
];
const given = (v: string | undefined): v is string => v !== undefined && v !== '-';
const log = pino({ level: 'warn' }, pino.destination(2));
const r = new Receiver({
  url,
  mqtt: { protocolVersion: 5, clientId, ...(given(reconnectMs) ? { reconnectPeriod: Number(reconnectMs) } : {}) },
  ...(given(share) ? { shareGroup: share } : {}),
  ...(given(keyFile) ? { signingKey: loadSigningKey(keyFile) } : {}),
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
