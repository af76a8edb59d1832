/**
 * One reference receiver in its own process, for the receiver benchmarks:
 * `tsx test/bench/receiver-process.ts BROKER_URL STORE CLIENT_ID [SHARE_GROUP|-] [SIGNING_KEY_FILE]`
 * (STORE: a directory or a postgres:// URL; `-`: no shared subscription). Shows nothing; prints
 * "ready" once subscribed and its stats on SIGTERM.
 */
import pino from 'pino';
import { loadSigningKey } from '../../tools/receiver/run-receiver.ts';
import { Receiver } from '../../tools/receiver/receiver.ts';
import { storeFromOption } from '../../tools/receiver/store-option.ts';

const [url, store, clientId, share, keyFile] = process.argv.slice(2) as [
  string,
  string,
  string,
  string | undefined,
  string | undefined,
];
const log = pino({ level: 'warn' }, pino.destination(2));
const r = new Receiver({
  url,
  mqtt: { protocolVersion: 5, clientId },
  ...(share && share !== '-' ? { shareGroup: share } : {}),
  ...(keyFile ? { signingKey: loadSigningKey(keyFile) } : {}),
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
