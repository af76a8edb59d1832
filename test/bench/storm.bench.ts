/**
 * Where an alarm's time goes in a reconnect storm (`npm run bench -- storm`; VAKT_STORM_HUBS sets
 * the size, default 500; VAKT_STORM_RECONNECT_MAX the hubs' reconnectMax, default 5 s as on a
 * hub; VAKT_STORM_RECEIVER_RETRY the receiver's retry period, default 3 s, so hubs race their
 * receiver back; VAKT_STORM_RECEIVERS the receivers in the `$share` group, default 3;
 * VAKT_STORM_THREADS the fleet's worker threads, default one per core). N `vakt fleet` hubs
 * (fleet-threads.ts) and the reference receivers, each in its own process (file store), on one
 * mosquitto; the broker is SIGKILLed, every hub raises a test alarm and then an alarm, the broker
 * restarts.
 *
 * A passive observer (one more MQTT client, subscribed to every hub's state and receipt topics —
 * not to the alarm topic: a subscriber there would make the broker tell hubs their alarm was
 * heard while no receiver was back) timestamps each storm alarm's steps as the broker passes
 * them on: the hub's birth (ONLINE) and the alarm's receipt. So the raise → receipt time splits
 * into raise → birth (the hub's reconnect backoff and connect), birth → receipt on the broker
 * (the hub's send, the receiver, the broker between), receipt → the hub has it (the broker back,
 * the hub's event loop). The receiver's return is the first receipt after the restart; for the
 * hubs born before it, what their alarm waits beyond it is the hub's resend delay.
 * Also: the cores each part used from the storm until its last alarm was receipted (the fleet
 * process with its N uplink stages, the receivers, the broker), which says who the storm waits for.
 * Baseline, same run: one alarm per hub raised at rest, before the crash.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mqtt from 'mqtt';
import { v1 } from '../../protocol/uplink/index.ts';
import { summarize } from '../../tools/fleet/fleet-stats.ts';
import { FleetThreads } from '../../tools/fleet/fleet-threads.ts';
import { Mosquitto } from '../support/mosquitto.ts';
import { printRows } from './harness.ts';
import { cpuSeconds } from './process-cpu.ts';

const here = dirname(fileURLToPath(import.meta.url));
const N = Number(process.env.VAKT_STORM_HUBS ?? 500);
const RECONNECT_MAX = Number(process.env.VAKT_STORM_RECONNECT_MAX ?? 5_000);
/** The receiver's retry period after losing the broker: it is back up to this long after it. */
const RECEIVER_RETRY = Number(process.env.VAKT_STORM_RECEIVER_RETRY ?? 3_000);
const RECEIVERS = Number(process.env.VAKT_STORM_RECEIVERS ?? 3);
/** The fleet's worker threads (`vakt fleet --threads`); default: one per core. */
const THREADS = Number(process.env.VAKT_STORM_THREADS ?? availableParallelism());

interface Steps {
  birth?: number;
  receipt?: number;
  hubHas?: number;
}

async function until(cond: () => boolean, ms: number, what: string): Promise<number> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > ms) throw new Error(`bench storm: ${what} not within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - start;
}

function startReceiver(url: string, i: number): Promise<ChildProcess> {
  const store = mkdtempSync(join(tmpdir(), 'vakt-bench-storm-'));
  const child = spawn(
    process.execPath,
    [
      ...['--import', 'tsx', join(here, 'receiver-process.ts')],
      ...[url, store, `storm-platform-${i}`, 'storm', String(RECEIVER_RETRY)],
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`receiver exited with ${code}`)));
  });
}

/** Watches the storm: per hub, when its birth and its storm alarm's receipt passed the broker. */
function observe(
  url: string,
  alarmIds: Map<string, string>,
  steps: Map<string, Steps>,
  receiverFirst: Map<string, number>,
) {
  const c = mqtt.connect(url, { clientId: 'storm-observer', protocolVersion: 5, reconnectPeriod: 100 });
  c.on('connect', () => void c.subscribeAsync(['vakt/v1/+/state', 'vakt/v1/+/receipt']));
  c.on('message', (topic, payload, packet) => {
    if (alarmIds.size === 0 || packet.retain) return;
    const [, , hubId, kind] = topic.split('/') as [string, string, string, string];
    const s = steps.get(hubId) ?? {};
    steps.set(hubId, s);
    const now = Date.now();
    if (kind === 'state') {
      const st = v1.HubState.decode(payload);
      if (st.status === v1.HubStatus.HUB_STATUS_ONLINE) s.birth ??= now;
    } else {
      const r = v1.Receipt.decode(payload);
      if (!receiverFirst.has(r.receiverId)) receiverFirst.set(r.receiverId, now);
      if (alarmIds.get(r.eventId) === hubId) s.receipt ??= now;
    }
  });
  return c;
}

/** CPU seconds so far: this process (the fleet's threads and the observer), the receivers together, the broker. */
function stormCpu(receivers: ChildProcess[], mosq: Mosquitto) {
  const own = process.cpuUsage();
  return {
    fleet: (own.user + own.system) / 1e6,
    receivers: receivers.reduce((sum, r) => sum + cpuSeconds(r.pid), 0),
    broker: mosq.pid === undefined ? 0 : cpuSeconds(mosq.pid), // killed: the restarted one starts at 0
  };
}

const p = (xs: number[], q: number) => {
  const s = summarize(xs);
  return ((q === 50 ? s.p50 : s.p99) ?? Number.NaN) / 1000;
};

export async function run(): Promise<void> {
  const mosq = await new Mosquitto({ extra: ['max_queued_messages 0', 'set_tcp_nodelay true'] }).start();
  const receivers = await Promise.all(
    Array.from({ length: RECEIVERS }, (_, i) => startReceiver(mosq.url, i)),
  );
  const steps = new Map<string, Steps>();
  let stormFrom: number | undefined;
  const alarmIds = new Map<string, string>(); // the storm alarms' event ids → hub id
  const receiverFirst = new Map<string, number>(); // each receiver's first receipt after the restart
  const observer = observe(mosq.url, alarmIds, steps, receiverFirst);
  const fleet = new FleetThreads({
    threads: THREADS,
    logLevel: 'silent',
    url: mosq.url,
    hubs: N,
    idPattern: 'STORM-{n}',
    rampPerS: 1_000,
    ratePerHubHour: { alarm: 0, technical: 0, test: 0 },
    heartbeatIntervalMs: 60_000,
    receiptTimeoutMs: 10_000,
    inFlight: 32,
    reconnectMinMs: 1_000,
    reconnectMaxMs: RECONNECT_MAX,
    onReceipt: (hubId, lane, raisedAt, at) => {
      const s = steps.get(hubId);
      if (s && lane === 'alarm' && stormFrom !== undefined && raisedAt >= stormFrom) s.hubHas ??= at;
    },
  });
  try {
    await fleet.start();
    await until(() => fleet.stats.connected === N, 300_000, `all ${N} hubs connected`);
    fleet.raise('alarm', N);
    await until(() => fleet.stats.latencyMs.alarm.length >= N, 120_000, 'the alarms at rest receipted');
    const atRest = summarize(fleet.stats.latencyMs.alarm);

    await mosq.kill();
    await until(() => fleet.stats.connected === 0, 120_000, 'every hub to see the broker gone');
    await new Promise((r) => setTimeout(r, 5_000)); // a few failed attempts: hubs are backed off
    stormFrom = Date.now();
    const cpu0 = stormCpu(receivers, mosq);
    await fleet.loopDelay(); // from here on
    fleet.stats.openWindow(stormFrom);
    for (const [eventId, hubId] of await fleet.raiseEach(['test', 'alarm'])) alarmIds.set(eventId, hubId);
    fleet.stats.closeWindow(Date.now());
    const brokerUp = Date.now();
    await mosq.start();
    const backMs = await until(() => fleet.stats.connected === N, 300_000, `all ${N} hubs back`);
    // The cores used until the last storm alarm (not the shed test alarms, back a minute later).
    await until(() => fleet.stats.windowLatencyMs.alarm.length >= N, 300_000, 'every storm alarm receipted');
    const cpu = stormCpu(receivers, mosq);
    const cpuWindowS = (Date.now() - stormFrom) / 1000;
    const lag = await fleet.loopDelay();
    await until(() => fleet.pending === 0, 300_000, 'every storm event receipted');
    const busy = (part: keyof typeof cpu) => ({
      value: (cpu[part] - cpu0[part]) / cpuWindowS,
      unit: 'cores',
    });

    const all = [...steps.values()].filter((s) => s.birth && s.receipt && s.hubHas);
    const d = (f: (s: Steps) => number) => all.map(f);
    const raiseToBirth = d((s) => s.birth! - stormFrom!);
    const birthToReceipt = d((s) => s.receipt! - s.birth!);
    const receiptToHub = d((s) => s.hubHas! - s.receipt!);
    const receiverBack = Math.min(...all.map((s) => s.receipt!));
    const early = all.filter((s) => s.birth! < receiverBack);
    const afterReceiverBack = early.map((s) => s.receipt! - receiverBack);
    const late = all.filter((s) => s.birth! >= receiverBack).map((s) => s.receipt! - s.birth!);
    const receiversBack = [...receiverFirst.values()].map((t) => (t - brokerUp) / 1000);
    const firstBirth = (Math.min(...all.map((s) => s.birth!)) - brokerUp) / 1000;
    const storm = fleet.stats.windowLatencyMs.alarm;
    const afterUp = fleet.stats.windowAfterUpMs.alarm;
    const restP99 = (atRest.p99 ?? Number.NaN) / 1000;
    // Ratio as in every bench here: baseline / ours (the at-rest alarm's p99 over the storm's).
    const row = (name: string, xs: number[], target?: string) => ({
      name: `${name} p99 (p50 ${p(xs, 50).toFixed(2)} s)`,
      value: p(xs, 99),
      unit: 's',
      ...(target !== undefined ? { baseline: restP99, ratio: restP99 / p(xs, 99) } : {}),
      ...(target ? { target } : {}),
    });
    printRows(
      `Storm: ${N} hubs (${THREADS} thread${THREADS > 1 ? 's' : ''}), ${RECEIVERS} receiver${RECEIVERS > 1 ? 's in one $share group' : ''} (file store, each its own process), broker crash + restart, reconnectMax ${RECONNECT_MAX / 1000} s, receiver retry ${RECEIVER_RETRY / 1000} s (baseline: an alarm at rest, p99)`,
      [
        row('storm alarm, raise → receipt', storm, ''),
        row("storm alarm, its hub's reconnect → receipt", afterUp, '≤ 2 s'),
        row('  raise → birth on the broker (backoff, connect)', raiseToBirth),
        row('  birth → receipt on the broker (hub send, receiver)', birthToReceipt),
        row('  receipt on the broker → the hub has it', receiptToHub),
        {
          name: `the fleet's event loops (${lag.length} threads) in the storm: delay p99, worst thread`,
          value: Math.max(...lag.map((l) => l.p99Ms)) / 1000,
          unit: 's',
        },
        { name: 'the same, max', value: Math.max(...lag.map((l) => l.maxMs)) / 1000, unit: 's' },
        {
          name: 'cores used from the storm until its last alarm is receipted: the fleet process',
          ...busy('fleet'),
        },
        { name: `  the ${RECEIVERS} receiver${RECEIVERS > 1 ? 's together' : ''}`, ...busy('receivers') },
        { name: '  the broker', ...busy('broker') },
        { name: 'all back', value: backMs / 1000, unit: 's' },
        { name: 'hubs back before the receiver', value: early.length, unit: `of ${all.length}` },
        {
          name: '  copies the broker took while no receiver was subscribed (each resent soon)',
          value: fleet.stats.unheard.alarm,
          unit: `alarm, ${fleet.stats.unheard.test.toLocaleString('en-US')} test`,
        },
        row('  their alarm: the receiver back → receipt on the broker', afterReceiverBack),
        row('hubs born after the first receipt: birth → receipt on the broker', late),
        { name: 'the broker restarted → the first hub born', value: firstBirth, unit: 's' },
        {
          name: "the broker restarted → each receiver's first receipt, first / last",
          value: Math.min(...receiversBack),
          unit: `s / ${Math.max(...receiversBack).toFixed(2)} s (${receiversBack.length} receivers)`,
        },
      ],
    );
  } finally {
    await fleet.stop();
    await observer.endAsync(true);
    for (const r of receivers) r.kill('SIGTERM');
    await mosq.stop();
  }
}
