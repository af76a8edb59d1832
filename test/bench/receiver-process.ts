/**
 * One reference receiver in its own process, for the receiver benchmarks:
 * `tsx test/bench/receiver-process.ts BROKER_URL STORE CLIENT_ID [SHARE_GROUP|-] [RECONNECT_MS|-]
 * [SIGNING_KEY_FILE]` (STORE: a directory or a postgres:// URL; `-`: no shared subscription, or
 * mqtt.js's 1 s retry period after losing the broker). Shows nothing; prints "ready" once
 * subscribed and its stats on SIGTERM. VAKT_PG_WINDOW_MS and VAKT_PG_WRITERS set the PostgreSQL
 * store's group-commit window and batches in flight (pg-event-store.ts; defaults 2 ms and 2).
 */
import pino from 'pino';
import { loadSigningKey } from '../../tools/receiver/run-receiver.ts';
import { Receiver } from '../../tools/receiver/receiver.ts';
import { PgEventStore } from '../../tools/receiver/postgres/pg-event-store.ts';
import { isDatabaseUrl, storeFromOption } from '../../tools/receiver/store-option.ts';

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
const env = (name: string) => (process.env[name] ? { [name]: Number(process.env[name]) } : {});
const pgTuning = { ...env('VAKT_PG_WINDOW_MS'), ...env('VAKT_PG_WRITERS') };
const eventStore =
  isDatabaseUrl(store) && Object.keys(pgTuning).length
    ? new PgEventStore({
        url: store,
        receiverId: clientId,
        log,
        ...(pgTuning.VAKT_PG_WINDOW_MS !== undefined ? { windowMs: pgTuning.VAKT_PG_WINDOW_MS } : {}),
        ...(pgTuning.VAKT_PG_WRITERS !== undefined ? { writers: pgTuning.VAKT_PG_WRITERS } : {}),
      })
    : storeFromOption(store, clientId, log);
const r = new Receiver({
  url,
  mqtt: {
    protocolVersion: 5,
    clientId,
    ...(given(reconnectMs) ? { reconnectPeriod: Number(reconnectMs) } : {}),
  },
  ...(given(share) ? { shareGroup: share } : {}),
  ...(given(keyFile) ? { signingKey: loadSigningKey(keyFile) } : {}),
  store: eventStore,
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
