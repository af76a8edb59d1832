/**
 * The fleet on one mosquitto on this machine (`npm run bench -- fleet`; VAKT_FLEET_HUBS sets the
 * size, default 10,000; VAKT_FLEET_RECEIVERS the receivers in the `$share` group, default 3;
 * VAKT_FLEET_RECONNECT_MAX the hubs' reconnect cap, default 30 s; VAKT_FLEET_THREADS the fleet's
 * worker threads, default one per core): N simulated hubs, each the hub's
 * real uplink stage on its own MQTT connection, and the reference receivers, each in its own
 * process. Measured: time until all are connected (at a ramp of 1,000/s), broker memory per
 * connection, and after a broker crash and restart: time until all are back, and raise-to-receipt
 * p99 for an alarm and a test alarm per hub raised while the broker was down. Baseline, same run:
 * N bare mqtt.js clients (connect only).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import mqtt, { type MqttClient } from 'mqtt';
import { FleetThreads } from '../../tools/fleet/fleet-threads.ts';
import { summarize } from '../../tools/fleet/fleet-stats.ts';
import { Mosquitto } from '../support/mosquitto.ts';
import { printRows } from './harness.ts';

const here = dirname(fileURLToPath(import.meta.url));
const N = Number(process.env.VAKT_FLEET_HUBS ?? 10_000);
const RAMP = 1_000;
const RECEIVERS = Number(process.env.VAKT_FLEET_RECEIVERS ?? 3);
const RECONNECT_MAX = Number(process.env.VAKT_FLEET_RECONNECT_MAX ?? 30_000);
/** The fleet's worker threads (`vakt fleet --threads`); default: one per core. */
const THREADS = Number(process.env.VAKT_FLEET_THREADS ?? availableParallelism());

/** CPU seconds (user + system) a process has used so far. */
const cpuS = (pid: number | undefined): number => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / 100; // utime, stime in clock ticks (100 Hz)
};
const HEARTBEAT_WINDOW_MS = 60_000;

const rssKb = (pid: number | undefined): number =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN);

async function until(cond: () => boolean, ms: number, what: string): Promise<number> {
  const start = performance.now();
  while (!cond()) {
    if (performance.now() - start > ms) throw new Error(`bench fleet: ${what} not within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return performance.now() - start;
}

/** N bare clients at the same ramp: ms until all connected, broker KiB per connection. */
async function bare(m: Mosquitto): Promise<{ connectMs: number; kibPerConn: number }> {
  const before = rssKb(m.pid);
  const clients: MqttClient[] = [];
  let connected = 0;
  const start = performance.now();
  for (let i = 0; i < N; i++) {
    const c = mqtt.connect(m.url, {
      clientId: `bare-${i}`,
      protocolVersion: 5,
      reconnectPeriod: 0,
      keepalive: 60,
    });
    c.once('connect', () => connected++);
    clients.push(c);
    if ((i + 1) % (RAMP / 10) === 0) await new Promise((r) => setTimeout(r, 100));
  }
  await until(() => connected === N, 300_000, 'all bare clients connected');
  const connectMs = performance.now() - start;
  const kibPerConn = (rssKb(m.pid) - before) / N;
  for (let i = 0; i < N; i += 500) await Promise.all(clients.slice(i, i + 500).map((c) => c.endAsync(true)));
  return { connectMs, kibPerConn };
}

function startReceiver(url: string, i: number): Promise<ChildProcess> {
  const store = mkdtempSync(join(tmpdir(), 'vakt-bench-fleet-'));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(here, 'receiver-process.ts'), url, store, `fleet-platform-${i}`, 'fleet'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`receiver exited with ${code}`)));
  });
}

export async function run(): Promise<void> {
  const mosq = await new Mosquitto({ extra: ['max_queued_messages 0', 'set_tcp_nodelay true'] }).start();
  const receivers = await Promise.all(
    Array.from({ length: RECEIVERS }, (_, i) => startReceiver(mosq.url, i)),
  );
  const receiverCpuS = () => receivers.reduce((sum, r) => sum + cpuS(r.pid), 0);
  const fleet = new FleetThreads({
    threads: THREADS,
    logLevel: 'silent',
    url: mosq.url,
    hubs: N,
    idPattern: 'BENCH-{n}',
    rampPerS: RAMP,
    ratePerHubHour: { alarm: 0, technical: 0, test: 0 },
    heartbeatIntervalMs: 60_000,
    receiptTimeoutMs: 10_000,
    inFlight: 32,
    reconnectMinMs: 1_000,
    reconnectMaxMs: RECONNECT_MAX,
  });
  try {
    const base = await bare(mosq);
    const before = rssKb(mosq.pid);
    const t0 = performance.now();
    await fleet.start();
    await until(() => fleet.stats.connected === N, 600_000, `all ${N} hubs connected`);
    const connectMs = performance.now() - t0;
    const kibPerHub = (rssKb(mosq.pid) - before) / N;
    // One full heartbeat interval at rest: every hub sends one heartbeat, the receiver answers each.
    const cpu0 = { receiver: receiverCpuS(), broker: cpuS(mosq.pid) };
    await new Promise((r) => setTimeout(r, HEARTBEAT_WINDOW_MS));
    const receiverCpuPer1000 = ((receiverCpuS() - cpu0.receiver) / (HEARTBEAT_WINDOW_MS / 1000)) * (1000 / N);
    const brokerCpuPer1000 = ((cpuS(mosq.pid) - cpu0.broker) / (HEARTBEAT_WINDOW_MS / 1000)) * (1000 / N);

    await mosq.kill();
    await until(() => fleet.stats.connected === 0, 120_000, 'every hub to see the broker gone');
    fleet.stats.openWindow(Date.now());
    await fleet.raiseEach(['test', 'alarm']); // answered once every thread has raised its share
    fleet.stats.closeWindow(Date.now());
    const t1 = performance.now();
    await mosq.start();
    const backMs = await until(() => fleet.stats.connected === N, 600_000, `all ${N} hubs back`);
    await until(() => fleet.pending === 0, 600_000, 'every event receipted');
    const allReceiptedMs = performance.now() - t1;
    const alarm = summarize(fleet.stats.windowLatencyMs.alarm);
    const alarmUp = summarize(fleet.stats.windowAfterUpMs.alarm);
    const test = summarize(fleet.stats.windowLatencyMs.test);
    const testUp = summarize(fleet.stats.windowAfterUpMs.test);
    printRows(
      `Fleet: ${N.toLocaleString('en-US')} hubs (${THREADS} threads) on one mosquitto (connect ramp ${RAMP}/s, reconnectMax ${RECONNECT_MAX / 1000} s), ${RECEIVERS} receiver${RECEIVERS > 1 ? 's in one $share group' : ''} (file store, each its own process)`,
      [
        {
          name: 'all connected (ours: uplink stage per hub)',
          value: connectMs / 1000,
          unit: 's',
          baseline: base.connectMs / 1000,
          ratio: base.connectMs / connectMs,
        },
        {
          name: 'broker memory per connection',
          value: kibPerHub,
          unit: 'KiB',
          baseline: base.kibPerConn,
          ratio: base.kibPerConn / kibPerHub,
        },
        {
          name: 'receiver CPU per 1,000 hubs at rest (heartbeats every 60 s)',
          value: receiverCpuPer1000 * 100,
          unit: '% of a core',
        },
        {
          name: 'broker CPU per 1,000 hubs at rest (heartbeats every 60 s)',
          value: brokerCpuPer1000 * 100,
          unit: '% of a core',
        },
        {
          name: 'all back after a broker crash + restart',
          value: backMs / 1000,
          unit: 's',
          target: '≤ 60 s',
        },
        { name: 'every storm event receipted after the restart', value: allReceiptedMs / 1000, unit: 's' },
        {
          name: 'alarm raised in the storm: raise → receipt p99',
          value: (alarm.p99 ?? Number.NaN) / 1000,
          unit: 's',
        },
        {
          name: "the same from its hub's reconnect → receipt p99",
          value: (alarmUp.p99 ?? Number.NaN) / 1000,
          unit: 's',
          target: '≤ 2 s',
        },
        {
          name: 'test alarm raised before it: raise → receipt p99',
          value: (test.p99 ?? Number.NaN) / 1000,
          unit: 's',
        },
        {
          name: "the same from its hub's reconnect → receipt p99",
          value: (testUp.p99 ?? Number.NaN) / 1000,
          unit: 's',
        },
        { name: 'reconnects counted', value: fleet.stats.reconnectMs.length, unit: '' },
      ],
    );
    const p = summarize(fleet.stats.reconnectMs);
    process.stdout.write(
      `\nreconnect ms ${JSON.stringify(p)}\nalarm ms ${JSON.stringify(alarm)} after reconnect ${JSON.stringify(alarmUp)}\ntest ms ${JSON.stringify(test)} after reconnect ${JSON.stringify(testUp)}\n`,
    );
  } finally {
    await fleet.stop();
    for (const r of receivers) r.kill('SIGTERM');
    await mosq.stop();
  }
}
