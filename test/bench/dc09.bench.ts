/**
 * The DC-09 bridge. (1) Events/s through the bridge — uplink MQTT (mosquitto) in, decode, map,
 * DC-09 out over TCP, the receiver's ACK, durable dedupe (fsync), Receipt back to the hub — against
 * a raw TCP sender pushing the same DC-09 frames, stop-and-wait, to the same receiver in the same
 * run. (2) Bytes per alarm as DC-09 next to protobuf.
 */
import { connect } from 'node:net';
import { performance } from 'node:perf_hooks';
import mqtt from 'mqtt';
import { encodeMessage, MessageSplitter } from '../../protocol/dc09/index.ts';
import { sampleAlarm, topicFor, v1 } from '../../protocol/uplink/index.ts';
import { outgoingFor, readIncoming } from '../../tools/bridge/centre-event.ts';
import { parseBridgeConfig } from '../../tools/bridge/config.ts';
import { startBridge } from '../support/dc09-bridge-rig.ts';
import { Dc09Receiver } from '../support/dc09-receiver.ts';
import { Mosquitto } from '../support/mosquitto.ts';
import { printRows } from './harness.ts';

const N = Number(process.env.DC09_BENCH_N ?? 2000);
const HUB = 'H1';

/** The frames the bridge would send for N sample alarms (same mapping, same account). */
function framesFor(count: number, key?: Buffer, alarmText = true): string[] {
  const { config } = parseBridgeConfig(
    `mqtt: { broker: "mqtt://127.0.0.1:1" }\ncentre:\n  main: { host: 127.0.0.1, port: 1 }\n  receiver: "12"\n  line: "1"\n  alarmText: ${alarmText}\nstore: /tmp/x\nhubs:\n  H1: { account: "1234", zones: { "00A1B2C3": 7 } }\n`,
  );
  return Array.from({ length: count }, (_, i) => {
    const e = readIncoming(
      'vakt/v1',
      `vakt/v1/${HUB}/alarm`,
      v1.Alarm.encode(sampleAlarm(HUB, i)).finish(),
      config,
    );
    if (e.kind === 'heartbeat' || !e.hub) throw new Error('bench setup');
    const msg = outgoingFor(e, e.hub, config).build((i % 9999) + 1, Date.now());
    return encodeMessage({ ...msg, encrypted: !!key }, { key });
  });
}

async function rawTcp(port: number, frames: string[]): Promise<number> {
  const s = connect({ host: '127.0.0.1', port, noDelay: true });
  s.setEncoding('latin1');
  await new Promise<void>((r) => s.once('connect', () => r()));
  const splitter = new MessageSplitter();
  let waiting: (() => void) | undefined;
  s.on('data', (d: string) => {
    if (splitter.push(d).length > 0) waiting?.();
  });
  const start = performance.now();
  for (const f of frames) {
    await new Promise<void>((r) => {
      waiting = r;
      s.write(f, 'latin1');
    });
  }
  const rate = (frames.length * 1000) / (performance.now() - start);
  s.destroy();
  return rate;
}

async function throughBridge(m: Mosquitto, receiver: Dc09Receiver): Promise<number> {
  // The whole burst may wait in the bridge: the bench's hub does not resend what was refused.
  const b = await startBridge({
    brokerUrl: m.url,
    mainPort: receiver.port,
    extra: `queue: ${N}\n`,
    logLevel: 'warn',
    // Long enough that load never makes the bridge resend a message the receiver already took.
    replyTimeout: '10s',
  });
  const hub = await mqtt.connectAsync(m.url, { protocolVersion: 5, clientId: 'bench-hub' });
  let receipts = 0;
  let done: () => void = () => {};
  const all = new Promise<void>((r) => {
    done = r;
  });
  hub.on('message', (_t, p) => {
    if (v1.Receipt.decode(p).result === v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED && ++receipts === N) done();
  });
  await hub.subscribeAsync(topicFor('vakt/v1', HUB, 'receipt'), { qos: 1 });
  const payloads = Array.from({ length: N }, (_, i) =>
    Buffer.from(v1.Alarm.encode(sampleAlarm(HUB, 100_000 + i)).finish()),
  );
  const start = performance.now();
  await Promise.all(payloads.map((p) => hub.publishAsync(topicFor('vakt/v1', HUB, 'alarm'), p, { qos: 1 })));
  await all;
  const rate = (N * 1000) / (performance.now() - start);
  await hub.endAsync();
  await b.stop();
  return rate;
}

export async function run(): Promise<void> {
  const m = await new Mosquitto({
    extra: ['set_tcp_nodelay true', 'max_queued_messages 0', 'max_inflight_messages 0'],
  }).start();
  const receiver = await new Dc09Receiver().start();
  try {
    const raw = await rawTcp(receiver.port, framesFor(N));
    const ours = await throughBridge(m, receiver);
    const raw2 = await rawTcp(receiver.port, framesFor(N));
    if (receiver.events.length !== 3 * N)
      throw new Error(`receiver got ${receiver.events.length} of ${3 * N}`);
    printRows(
      `DC-09 bridge throughput (${N} alarms, mosquitto and receiver on loopback, one TCP connection)`,
      [
        {
          name: 'events/s through the bridge vs raw TCP send (before)',
          value: ours,
          unit: 'events/s',
          baseline: raw,
          ratio: ours / raw,
        },
        {
          name: 'events/s through the bridge vs raw TCP send (after)',
          value: ours,
          unit: 'events/s',
          baseline: raw2,
          ratio: ours / raw2,
        },
      ],
    );
  } finally {
    await receiver.stop();
    await m.stop();
  }
  const proto = v1.Alarm.encode(sampleAlarm('NO-4630-HUB-000123', 7)).finish().length;
  const key = Buffer.alloc(16, 1);
  const [cid] = framesFor(1);
  const [enc] = framesFor(1, key);
  const [bare] = framesFor(1, undefined, false);
  printRows('Bytes per alarm: DC-09 next to the protobuf Alarm (pendant press)', [
    {
      name: 'ADM-CID with alarm text',
      value: cid!.length,
      unit: 'B',
      baseline: proto,
      ratio: proto / cid!.length,
    },
    {
      name: 'ADM-CID without alarm text',
      value: bare!.length,
      unit: 'B',
      baseline: proto,
      ratio: proto / bare!.length,
    },
    {
      name: 'ADM-CID with alarm text, AES-128',
      value: enc!.length,
      unit: 'B',
      baseline: proto,
      ratio: proto / enc!.length,
    },
  ]);
}
