/**
 * A receiver group on PostgreSQL: three `$share` members, each its own process, recording every
 * alarm exactly once in one database (group-committed, receipt after COMMIT), against the same
 * group on the embedded file store (each member its own fsync'ed log), same broker, same burst,
 * same run. Timed from the first publish until every alarm has its Receipt back at the hubs.
 * Targets: ratio ≥ 0.5 and ≥ 5,000 alarms/s.
 *
 * Also in the same run, the ceiling: the same burst answered by bare receipting clients in a
 * `$share` group (raw-receipter-process.ts: decode, receipt, nothing else), and where the CPU went
 * during each burst (receivers, broker, database, the publishing bench; /proc).
 * VAKT_RECEIVERS sets the group size (default 3); VAKT_PG_SETTINGS adds PostgreSQL settings
 * (comma-separated `name=value`) to the bench's cluster, which keeps fsync and synchronous_commit on.
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
import { cpuSeconds, machineJiffies } from './process-cpu.ts';

const here = dirname(fileURLToPath(import.meta.url));
const N = 20_000;
const HUBS = 200;
const MEMBERS = Number(process.env.VAKT_RECEIVERS ?? 3);
const PG_SETTINGS = (process.env.VAKT_PG_SETTINGS ?? '').split(',').filter(Boolean);

interface GroupRun {
  rate: number;
  /** CPU seconds during the burst: receivers together, broker, database, this process. */
  cpu: { receivers: number; broker: number; db: number; bench: number };
  /** Busy fraction of all the machine's cores during the burst. */
  busy: number;
}

/**
 * Each group has its own share name: members of a stopped group keep their persistent sessions, and
 * mosquitto would go on giving them their share of a group they still belong to.
 */
function startMember(args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`${args.slice(2).join(' ')} exited with ${code}`)));
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

/** `member(i)`: the script and arguments of member i. */
async function group(
  mosq: Mosquitto,
  pg: Postgres,
  member: (i: number) => string[],
  prefix: string,
): Promise<GroupRun> {
  const members = await Promise.all(Array.from({ length: MEMBERS }, (_, i) => startMember(member(i))));
  const cpu = () => ({
    receivers: members.reduce((sum, m) => sum + cpuSeconds(m.pid), 0),
    broker: cpuSeconds(mosq.pid),
    db: cpuSeconds(pg.pid, true),
    bench: process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6,
  });
  try {
    const c0 = cpu();
    const m0 = machineJiffies();
    const rate = await burst(mosq.url, prefix);
    const c1 = cpu();
    const m1 = machineJiffies();
    return {
      rate,
      cpu: {
        receivers: c1.receivers - c0.receivers,
        broker: c1.broker - c0.broker,
        db: c1.db - c0.db,
        bench: c1.bench - c0.bench,
      },
      busy: (m1.busy - m0.busy) / (m1.total - m0.total),
    };
  } finally {
    await stopMembers(members);
  }
}

const receiver = (url: string, store: string, id: string, share: string) => [
  join(here, 'receiver-process.ts'),
  url,
  store,
  id,
  share,
];

/** Per 1,000 alarms: CPU ms of each part, and the machine's busy share. */
function cpuRow(name: string, g: GroupRun) {
  const per = (s: number) => ((s * 1000) / N) * 1000;
  const c = g.cpu;
  return {
    name: `${name}: CPU ms per 1,000 alarms — receivers ${per(c.receivers).toFixed(0)}, broker ${per(c.broker).toFixed(0)}, database ${per(c.db).toFixed(0)}, bench ${per(c.bench).toFixed(0)}; cores busy ${(g.busy * 100).toFixed(0)} %`,
    value: per(c.receivers + c.broker + c.db + c.bench),
    unit: 'CPU ms',
  };
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
  const pg = await new Postgres().start(PG_SETTINGS);
  try {
    const raw = await group(
      mosq,
      pg,
      (i) => [join(here, 'raw-receipter-process.ts'), mosq.url, `RAW-r${i}`, 'bench-RAW'],
      'RAW',
    );
    const file = await group(
      mosq,
      pg,
      (i) => receiver(mosq.url, mkdtempSync(join(tmpdir(), 'vakt-bench-file-')), `FILE-r${i}`, 'bench-FILE'),
      'FILE',
    );
    const pgRun = await group(mosq, pg, (i) => receiver(mosq.url, pg.url, `PG-r${i}`, 'bench-PG'), 'PG');
    // Rows written by one transaction share its xmin: the number of commits the group made.
    const [row] = await pg.query<{ n: string; d: string; x: string }>(
      'SELECT count(*) AS n, count(DISTINCT (hub_id, event_id)) AS d, count(DISTINCT xmin::text) AS x FROM alarms',
    );
    if (Number(row!.n) !== N || Number(row!.d) !== N)
      throw new Error(`PostgreSQL holds ${row!.n} rows (${row!.d} distinct), expected ${N}`);
    const settings = [
      PG_SETTINGS.length ? PG_SETTINGS.join(', ') : 'defaults',
      `store window ${process.env.VAKT_PG_WINDOW_MS ?? 2} ms`,
      `${process.env.VAKT_PG_WRITERS ?? 2} batches in flight per member`,
    ].join(', ');
    printRows(
      `Receiver group: ${MEMBERS} members in one $share group, ${N.toLocaleString('en-US')} alarms from ${HUBS} hubs, until every Receipt (PostgreSQL: fsync on, synchronous_commit on, ${settings})`,
      [
        {
          name: 'PostgreSQL store (exactly once, group commit) vs file store per member',
          value: pgRun.rate,
          unit: 'alarms/s',
          baseline: file.rate,
          ratio: pgRun.rate / file.rate,
          target: '≥ 0.5 and ≥ 5,000 alarms/s',
        },
        {
          name: 'PostgreSQL store vs the ceiling: bare receipting clients in the same group (decode, receipt, nothing else)',
          value: pgRun.rate,
          unit: 'alarms/s',
          baseline: raw.rate,
          ratio: pgRun.rate / raw.rate,
        },
        {
          name: 'PostgreSQL commits holding the alarms',
          value: Number(row!.x),
          unit: `(${(N / Number(row!.x)).toFixed(1)} alarms per commit)`,
        },
        cpuRow('bare receipting clients', raw),
        cpuRow('file-store group', file),
        cpuRow('PostgreSQL group', pgRun),
      ],
    );
  } finally {
    await pg.stop();
    await mosq.stop();
  }
}
