/**
 * A receiver group on PostgreSQL: three `$share` members, each its own process, recording every
 * alarm exactly once in one database (group-committed, receipt after COMMIT), against the same
 * group on the embedded file store (each member its own fsync'ed log), same broker, same burst,
 * same run. Timed from the first publish until every alarm has its Receipt back at the hubs.
 * Targets: ratio ≥ 0.5 and ≥ 5,000 alarms/s.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import mqtt from 'mqtt';
import { sampleAlarm, topicFor, v1 } from '../../protocol/uplink/index.ts';
import { Mosquitto } from '../support/mosquitto.ts';
import { Postgres } from '../support/postgres.ts';
import { printRows } from './harness.ts';

const here = dirname(fileURLToPath(import.meta.url));
const N = 20_000;
const HUBS = 200;
const MEMBERS = 3;

/**
 * Each group has its own share name: members of a stopped group keep their persistent sessions, and
 * mosquitto would go on giving them their share of a group they still belong to.
 */
function startMember(url: string, store: string, id: string, share: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(here, 'receiver-process.ts'), url, store, id, share],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`receiver ${id} exited with ${code}`)));
  });
}

async function stopMembers(members: ChildProcess[]): Promise<void> {
  await Promise.all(
    members.map((m) => {
      const exited = new Promise<void>((r) => m.once('exit', () => r()));
      m.kill('SIGTERM');
      return exited;
    }),
  );
}

/** N alarms from HUBS hubs at once; resolves with alarms/s once every one has a Receipt. */
async function burst(url: string, prefix: string): Promise<number> {
  const hubs = Array.from({ length: HUBS }, (_, h) => `${prefix}-${String(h).padStart(5, '0')}`);
  const receipted = new Set<string>();
  const watcher = await mqtt.connectAsync(url, { protocolVersion: 5 });
  watcher.on('message', (_t, p) => {
    const r = v1.Receipt.decode(p);
    if (r.result === v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED) receipted.add(`${r.hubId}\t${r.eventId}`);
  });
  await watcher.subscribeAsync(`vakt/v1/+/receipt`, { qos: 1 });
  const pub = await mqtt.connectAsync(url, { protocolVersion: 5 });
  const msgs = Array.from({ length: N }, (_, i) => {
    const hubId = hubs[i % HUBS]!;
    return {
      topic: topicFor('vakt/v1', hubId, 'alarm'),
      payload: Buffer.from(v1.Alarm.encode(sampleAlarm(hubId, i)).finish()),
    };
  });
  const start = performance.now();
  await Promise.all(msgs.map((m) => pub.publishAsync(m.topic, m.payload, { qos: 1 })));
  const deadline = Date.now() + 180_000;
  while (receipted.size < N) {
    if (Date.now() > deadline) throw new Error(`${prefix}: ${receipted.size}/${N} receipted after 180 s`);
    await new Promise((r) => setTimeout(r, 5));
  }
  const rate = N / ((performance.now() - start) / 1000);
  await pub.endAsync();
  await watcher.endAsync();
  return rate;
}

async function group(mosq: Mosquitto, store: (i: number) => string, prefix: string): Promise<number> {
  const members = await Promise.all(
    Array.from({ length: MEMBERS }, (_, i) =>
      startMember(mosq.url, store(i), `${prefix}-r${i}`, `bench-${prefix}`),
    ),
  );
  try {
    return await burst(mosq.url, prefix);
  } finally {
    await stopMembers(members);
  }
}

export async function run(): Promise<void> {
  const why = Postgres.available();
  if (why) {
    process.stdout.write(`\n## Receiver group on PostgreSQL\n\nskipped: ${why}\n`);
    return;
  }
  const mosq = await new Mosquitto({
    extra: ['max_queued_messages 0', 'max_inflight_messages 0', 'set_tcp_nodelay true'],
  }).start();
  const pg = await new Postgres().start();
  try {
    const fileRate = await group(mosq, () => mkdtempSync(join(tmpdir(), 'vakt-bench-file-')), 'FILE');
    const pgRate = await group(mosq, () => pg.url, 'PG');
    const [row] = await pg.query<{ n: string; d: string }>(
      'SELECT count(*) AS n, count(DISTINCT (hub_id, event_id)) AS d FROM alarms',
    );
    if (Number(row!.n) !== N || Number(row!.d) !== N)
      throw new Error(`PostgreSQL holds ${row!.n} rows (${row!.d} distinct), expected ${N}`);
    printRows(
      `Receiver group: ${MEMBERS} members in one $share group, ${N.toLocaleString('en-US')} alarms from ${HUBS} hubs, until every Receipt`,
      [
        {
          name: 'PostgreSQL store (exactly once, group commit) vs file store per member',
          value: pgRate,
          unit: 'alarms/s',
          baseline: fileRate,
          ratio: pgRate / fileRate,
          target: '≥ 0.5 and ≥ 5,000 alarms/s',
        },
      ],
    );
  } finally {
    await pg.stop();
    await mosq.stop();
  }
}
