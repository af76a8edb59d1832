/**
 * The delivery bench's backlog drain (delivery.bench.ts runs it after the latency rows): the
 * broker is down while frames keep arriving (each committed and ACKed); then the way to the broker
 * opens and the gateway drains its outbox until every event is receipted by a platform that
 * answers at once, in its own process. Baseline: raw mqtt.js publishing the same number of alarms
 * with QoS 1, all at once, to the same answering platform, until every Receipt (and, for reference,
 * raw publish until every PUBACK). Rates run from the first acknowledgement to the last, so none
 * includes the connect. Target: ≥ 80 % of raw → Receipt.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import mqtt from 'mqtt';
import { openPtyPair } from '../../firmware-sim/link/pty-pair.ts';
import { sampleAlarm, topicFor, v1 } from '../../protocol/uplink/index.ts';
import type { Mosquitto } from '../support/mosquitto.ts';
import { waitFor } from '../support/wait-for.ts';
import { deviceSide, gate, startGateway } from './delivery-rig.ts';
import { printRows } from './harness.ts';

const here = dirname(fileURLToPath(import.meta.url));
const BACKLOG = 5_000;

/** A platform that receipts every alarm at once, in a child process: the drain measures the hub. */
async function answeringPlatform(url: string) {
  const child = spawn('node_modules/.bin/tsx', [join(here, 'answering-platform.ts'), url], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  await waitFor(() => out.includes('ready'), { ms: 20_000, what: 'the answering platform', everyMs: 1 });
  return {
    stop: () =>
      new Promise<void>((r) => {
        child.once('exit', () => r());
        child.kill('SIGTERM');
      }),
  };
}

interface Drain {
  rate: number;
  ingestRate: number;
}

async function oursDrain(m: Mosquitto, inFlight: number): Promise<Drain> {
  const outage = await gate(m);
  const pair = await openPtyPair();
  const gateway = await startGateway(`H-BENCH-DRAIN-${inFlight}`, pair.hubPath, outage.url, inFlight);
  const dev = await deviceSide(pair);
  const receipts: number[] = [];
  const off = gateway.onReceipted(() => receipts.push(performance.now()));
  try {
    const t0 = performance.now();
    for (let i = 1; i <= BACKLOG; i++) {
      dev.write(i);
      if (i % 64 === 0)
        await waitFor(() => dev.acks() >= i - 64, { ms: 30_000, what: 'ACKs during the outage', everyMs: 1 });
    }
    await waitFor(() => dev.acks() >= BACKLOG, { ms: 60_000, what: `${BACKLOG} ACKs`, everyMs: 1 });
    const ingestRate = BACKLOG / ((performance.now() - t0) / 1000);
    outage.open();
    await waitFor(() => receipts.length >= BACKLOG, { ms: 180_000, what: `${BACKLOG} receipts`, everyMs: 1 });
    const rate = (receipts.length - 1) / ((receipts.at(-1)! - receipts[0]!) / 1000);
    return { rate, ingestRate };
  } finally {
    off();
    await dev.close();
    await gateway.stop();
    await pair.close();
    await outage.close();
  }
}

async function rawPublishRate(m: Mosquitto): Promise<number> {
  const sub = await mqtt.connectAsync(m.url, { protocolVersion: 5 });
  let got = 0;
  sub.on('message', () => got++);
  await sub.subscribeAsync('vakt/v1/H-RAW/alarm', { qos: 1 });
  const pub = await mqtt.connectAsync(m.url, { protocolVersion: 5 });
  const topic = topicFor('vakt/v1', 'H-RAW', 'alarm');
  const payloads = Array.from({ length: BACKLOG }, (_, i) =>
    Buffer.from(v1.Alarm.encode(sampleAlarm('H-RAW', i)).finish()),
  );
  const acked: number[] = [];
  await Promise.all(
    payloads.map((p) => pub.publishAsync(topic, p, { qos: 1 }).then(() => acked.push(performance.now()))),
  );
  await waitFor(() => got >= BACKLOG, { ms: 60_000, what: 'raw subscriber count', everyMs: 1 });
  await pub.endAsync();
  await sub.endAsync();
  acked.sort((a, b) => a - b);
  return (acked.length - 1) / ((acked.at(-1)! - acked[0]!) / 1000);
}

/** Raw mqtt.js publishing every alarm at once to the same answering platform, until every Receipt. */
async function rawReceiptRate(m: Mosquitto): Promise<number> {
  const c = await mqtt.connectAsync(m.url, { protocolVersion: 5 });
  (c.stream as { setNoDelay?: (on: boolean) => void }).setNoDelay?.(true);
  const receipts: number[] = [];
  c.on('message', () => receipts.push(performance.now()));
  await c.subscribeAsync(topicFor('vakt/v1', 'H-RAW-R', 'receipt'), { qos: 1 });
  const topic = topicFor('vakt/v1', 'H-RAW-R', 'alarm');
  for (let i = 0; i < BACKLOG; i++)
    void c.publishAsync(topic, Buffer.from(v1.Alarm.encode(sampleAlarm('H-RAW-R', i)).finish()), { qos: 1 });
  await waitFor(() => receipts.length >= BACKLOG, { ms: 60_000, what: 'raw receipts', everyMs: 1 });
  await c.endAsync();
  return (receipts.length - 1) / ((receipts.at(-1)! - receipts[0]!) / 1000);
}

export async function drainRows(m: Mosquitto): Promise<void> {
  const raw = await rawPublishRate(m);
  const peer = await answeringPlatform(m.url);
  try {
    const rawR = await rawReceiptRate(m);
    const d = await oursDrain(m, 128);
    const wide = await oursDrain(m, 256);
    printRows(`Backlog drain after an outage (${BACKLOG.toLocaleString('en-US')} alarms)`, [
      {
        name: 'drain to receipts (window 128, the default) vs raw publish to Receipt from the same platform',
        value: d.rate,
        unit: 'events/s',
        baseline: rawR,
        ratio: d.rate / rawR,
        target: '≥ 0.80',
      },
      {
        name: 'drain to receipts (window 256, the largest allowed) vs raw publish to Receipt',
        value: wide.rate,
        unit: 'events/s',
        baseline: rawR,
        ratio: wide.rate / rawR,
      },
      {
        name: 'drain to receipts (window 128) vs raw QoS 1 publish to PUBACK (no receipts)',
        value: d.rate,
        unit: 'events/s',
        baseline: raw,
        ratio: d.rate / raw,
      },
      {
        name: 'ingest during the outage (commit + fsync + ACK per frame)',
        value: d.ingestRate,
        unit: 'frames/s',
      },
    ]);
  } finally {
    await peer.stop();
  }
}
