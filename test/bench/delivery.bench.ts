/**
 * Delivery figures of the whole hub, on mosquitto, in one run:
 *
 * (1) End-to-end latency: a device_event frame written on the device side of a socat PTY →
 *     `vakt`'s gateway (decode, SQLite commit with fsync, ACK, outbox, MQTT QoS 1 publish) → the
 *     reference receiver (decode, durable dedupe with fsync, Receipt) → the Receipt back at the
 *     gateway. Baselines, same PTY and broker: the bare pipeline (serialport read, decode, mqtt.js
 *     QoS 1 publish, a raw subscriber), and the durable bare pipeline (durable-bare.ts: the same
 *     two fsyncs ours has — a synchronous SQLite commit before the device ACK, an append + fsync at
 *     the receiver before the Receipt). One frame at a time; p50/p99. Target: our overhead above
 *     the durable bare pipeline ≤ 1 ms at p99.
 *     The three pipelines are timed in turn (delivery-rig.ts, inTurn).
 * (2) Backlog drain after an outage: delivery-drain.ts.
 */
import mqtt from 'mqtt';
import { openPtyPair } from '../../firmware-sim/link/pty-pair.ts';
import { FrameDecoder } from '../../protocol/serial/index.ts';
import { sampleAlarm, topicFor, v1 } from '../../protocol/uplink/index.ts';
import { Mosquitto } from '../support/mosquitto.ts';
import { platform } from '../support/uplink-rig.ts';
import { drainRows } from './delivery-drain.ts';
import { inTurn, LATENCY_SAMPLES, openPort, type Pipeline, startGateway } from './delivery-rig.ts';
import { BARE_ROOT, startDurableBare } from './durable-bare.ts';
import { percentile, printRows } from './harness.ts';

interface Percentiles {
  p50: number;
  p99: number;
}

function summary(samples: number[]): Percentiles {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p99: percentile(s, 99) };
}

/** The whole hub: gateway and reference receiver in this process; ends at the gateway's `receipted`. */
async function ours(m: Mosquitto): Promise<Pipeline & { close(): Promise<void> }> {
  // Each line the platform prints is parsed once, here: its handled() parses them all on every
  // call, which inside the receipt callback made the bench time itself (≈ 3 ms an alarm at 1,000).
  const seqOf = new Map<string, number>();
  const p = await platform(m.url, { out: (line) => noteAlarm(line, seqOf) });
  const pair = await openPtyPair();
  const gateway = await startGateway('H-BENCH-E2E', pair.hubPath, m.url);
  let off = () => {};
  return {
    pair,
    arrived: (fn) => {
      off = gateway.onReceipted((id) => {
        const seq = seqOf.get(id);
        seqOf.delete(id);
        if (seq !== undefined) fn(seq);
      });
    },
    close: async () => {
      off();
      await gateway.stop();
      await pair.close();
      await p.r.stop();
    },
  };
}

/** Notes the device seq of each alarm the reference receiver prints (its `--json` lines). */
function noteAlarm(line: string, seqOf: Map<string, number>): void {
  const e = JSON.parse(line) as { kind: string; event: { eventId: string; deviceSeq?: number } };
  if (e.kind === 'alarm' && e.event.deviceSeq != null) seqOf.set(e.event.eventId, Number(e.event.deviceSeq));
}

/** The bare pipeline: PTY read → decode → mqtt.js QoS 1 publish → a raw subscriber. */
async function bare(m: Mosquitto): Promise<Pipeline & { close(): Promise<void> }> {
  const pair = await openPtyPair();
  const hubPort = await openPort(pair.hubPath);
  const pub = await mqtt.connectAsync(m.url, { protocolVersion: 5 });
  const sub = await mqtt.connectAsync(m.url, { protocolVersion: 5 });
  const topic = topicFor(BARE_ROOT, 'H-BARE', 'alarm');
  await sub.subscribeAsync(topic, { qos: 1 });
  const decoder = new FrameDecoder();
  hubPort.on('data', (b: Buffer) => {
    for (const d of decoder.push(b)) {
      if (!('frame' in d) || d.frame.kind !== 'device_event') continue;
      const alarm = { ...sampleAlarm('H-BARE', d.frame.seq), deviceSeq: d.frame.seq };
      void pub.publishAsync(topic, Buffer.from(v1.Alarm.encode(alarm).finish()), { qos: 1 });
    }
  });
  return {
    pair,
    arrived: (fn) => sub.on('message', (_t, payload) => fn(Number(v1.Alarm.decode(payload).deviceSeq))),
    close: async () => {
      await new Promise<void>((r) => hubPort.close(() => r()));
      await pub.endAsync();
      await sub.endAsync();
      await pair.close();
    },
  };
}

/** The durable bare pipeline (durable-bare.ts): the same two fsyncs as ours, nothing else. */
async function durableBare(m: Mosquitto): Promise<Pipeline & { close(): Promise<void> }> {
  const pair = await openPtyPair();
  const hubPort = await openPort(pair.hubPath);
  const b = await startDurableBare(hubPort, m.url);
  return {
    pair,
    arrived: (fn) => b.onReceipt(fn),
    close: async () => {
      await b.close();
      await new Promise<void>((r) => hubPort.close(() => r()));
      await pair.close();
    },
  };
}

export async function run(): Promise<void> {
  const m = await new Mosquitto({
    extra: ['max_queued_messages 0', 'max_inflight_messages 0', 'set_tcp_nodelay true'],
  }).start();
  try {
    await latencyRows(m);
    await drainRows(m);
  } finally {
    await m.stop();
  }
}

async function latencyRows(m: Mosquitto): Promise<void> {
  const pipelines = [await bare(m), await durableBare(m), await ours(m)];
  let samples: number[][];
  try {
    samples = await inTurn(pipelines);
  } finally {
    for (const p of pipelines) await p.close();
  }
  const [bareRun, durable, oursRun] = samples.map(summary) as [Percentiles, Percentiles, Percentiles];
  const above = (p: 'p50' | 'p99') => oursRun[p] - durable[p];
  printRows(
    `End to end: PTY frame → Receipt at the hub (${LATENCY_SAMPLES} alarms one at a time, the three pipelines in turn)`,
    [
      {
        name: 'p50 vs bare pipeline',
        value: oursRun.p50,
        unit: 'ms',
        baseline: bareRun.p50,
        ratio: oursRun.p50 / bareRun.p50,
      },
      {
        name: 'p99 vs bare pipeline',
        value: oursRun.p99,
        unit: 'ms',
        baseline: bareRun.p99,
        ratio: oursRun.p99 / bareRun.p99,
      },
      {
        name: 'p50 vs durable bare pipeline',
        value: oursRun.p50,
        unit: 'ms',
        baseline: durable.p50,
        ratio: oursRun.p50 / durable.p50,
      },
      {
        name: 'p99 vs durable bare pipeline',
        value: oursRun.p99,
        unit: 'ms',
        baseline: durable.p99,
        ratio: oursRun.p99 / durable.p99,
      },
      { name: 'our overhead above the durable bare pipeline, p50', value: above('p50'), unit: 'ms' },
      {
        name: 'our overhead above the durable bare pipeline, p99',
        value: above('p99'),
        unit: 'ms',
        target: '≤ 1 ms',
      },
    ],
  );
}
