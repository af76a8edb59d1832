/**
 * Delivery figures of the whole hub, on mosquitto, in one run:
 *
 * (1) End-to-end latency: a device_event frame written on the device side of a socat PTY →
 *     `vakt`'s gateway (decode, SQLite commit with fsync, ACK, outbox, MQTT QoS 1 publish) → the
 *     reference receiver (decode, durable dedupe with fsync, Receipt) → the Receipt back at the
 *     gateway. Baseline: the bare pipeline on the same PTY and broker — serialport read, decode,
 *     mqtt.js QoS 1 publish, a raw subscriber. One frame at a time; p50/p99. Target: ours ≤ 2× the
 *     bare p99.
 * (2) Backlog drain: the broker is down while frames keep arriving (each committed and ACKed);
 *     then the broker comes back and the gateway drains its outbox until every event is receipted
 *     by a platform that answers at once. Baseline: raw mqtt.js publishing the same number of
 *     alarms with QoS 1, all at once, until every PUBACK. Both rates are measured from the first
 *     acknowledgement to the last, so neither includes the connect. Target: ≥ 80 % of raw.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer, type Socket, connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import mqtt from 'mqtt';
import pino from 'pino';
import { SerialPort } from 'serialport';
import { openPtyPair, type PtyPair } from '../../firmware-sim/link/pty-pair.ts';
import { loadConfigFile } from '../../gateway/config/load.ts';
import { callGateway } from '../../gateway/control/client.ts';
import { Gateway } from '../../gateway/gateway.ts';
import { type DeviceEventFrame, encodeFrame, FrameDecoder } from '../../protocol/serial/index.ts';
import { sampleAlarm, topicFor, v1 } from '../../protocol/uplink/index.ts';
import { Mosquitto } from '../support/mosquitto.ts';
import { platform } from '../support/uplink-rig.ts';
import { waitFor } from '../support/wait-for.ts';
import { percentile, printRows } from './harness.ts';

const here = dirname(fileURLToPath(import.meta.url));
const DEVICE = 0x00a1b2c3;
const LATENCY_SAMPLES = 1_000;
const BACKLOG = 5_000;
const silent = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function eventFrame(seq: number): Buffer {
  const f: DeviceEventFrame = {
    kind: 'device_event',
    deviceId: DEVICE,
    deviceType: 3,
    seq: seq & 0xffff,
    eventClass: 'alarm',
    statusCode: 10,
    battery: 80,
    rssi: -60,
    uptime: 1000 + seq,
    attempt: 0,
    location: 12,
  };
  return encodeFrame(f);
}

function openPort(path: string): Promise<SerialPort> {
  return new Promise((resolve, reject) => {
    const p = new SerialPort({ path, baudRate: 115200 }, (err) => (err ? reject(err) : resolve(p)));
  });
}

/** The device side of the PTY: writes frames and counts the ACKs that come back. */
async function deviceSide(pair: PtyPair) {
  const port = await openPort(pair.devicePath);
  const decoder = new FrameDecoder();
  let acks = 0;
  port.on('data', (b: Buffer) => {
    for (const d of decoder.push(b)) if ('frame' in d && d.frame.kind === 'ack') acks++;
  });
  return {
    write: (seq: number) => port.write(eventFrame(seq)),
    acks: () => acks,
    close: () => new Promise<void>((r) => port.close(() => r())),
  };
}

/** A `vakt run` gateway in this process, with the pendant paired. */
async function startGateway(hubId: string, hubPath: string, brokerUrl: string, inFlight = 128) {
  const dir = mkdtempSync(join(tmpdir(), 'vakt-bench-hub-'));
  const socket = join(dir, 'control.sock');
  const file = join(dir, 'vakt.yaml');
  writeFileSync(
    file,
    `hub:\n  id: ${hubId}\nstorage:\n  dir: ${join(dir, 'state')}\nserial:\n  port: ${hubPath}\n  receiverLostAfter: 10m\nuplink:\n  primary:\n    url: ${brokerUrl}\n  receiptTimeout: 10s\n  inFlight: ${inFlight}\n  reconnectMin: 100ms\n  reconnectMax: 1s\n  outageReportAfter: 1h\ncontrol:\n  socket: ${socket}\nlog:\n  level: warn\n`,
    { mode: 0o600 },
  );
  const gateway = new Gateway(loadConfigFile(file), { log: silent });
  await gateway.start();
  await callGateway(socket, 'pair', { allowUnauthenticated: true, deviceId: '00A1B2C3', deviceType: 3 });
  return gateway;
}

function summary(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p99: percentile(s, 99) };
}

/** Frames one at a time through the whole hub; ms from the write to the Receipt at the gateway. */
async function oursLatency(m: Mosquitto): Promise<number[]> {
  const p = await platform(m.url);
  const pair = await openPtyPair();
  const gateway = await startGateway('H-BENCH-E2E', pair.hubPath, m.url);
  const dev = await deviceSide(pair);
  let waiting: ((id: string) => void) | undefined;
  const off = gateway.onReceipted((id) => waiting?.(id));
  const seqOf = (id: string) => p.handled().find((e) => e.eventId === id)?.deviceSeq;
  const out: number[] = [];
  try {
    for (let i = 1; i <= LATENCY_SAMPLES + 20; i++) {
      const done = new Promise<void>((resolve) => {
        waiting = (id) => {
          if (seqOf(id) === i) resolve();
        };
      });
      const t = performance.now();
      dev.write(i);
      await done;
      if (i > 20) out.push(performance.now() - t); // the first 20 warm up
      await sleep(2);
    }
  } finally {
    off();
    await dev.close();
    await gateway.stop();
    await pair.close();
    await p.r.stop();
  }
  return out;
}

/** The bare pipeline: PTY read → decode → mqtt.js QoS 1 publish → a raw subscriber. */
async function bareLatency(m: Mosquitto): Promise<number[]> {
  const pair = await openPtyPair();
  const hubPort = await openPort(pair.hubPath);
  const pub = await mqtt.connectAsync(m.url, { protocolVersion: 5 });
  const sub = await mqtt.connectAsync(m.url, { protocolVersion: 5 });
  const topic = topicFor('vakt/v1', 'H-BARE', 'alarm');
  let waiting: ((seq: number) => void) | undefined;
  sub.on('message', (_t, payload) => waiting?.(v1.Alarm.decode(payload).deviceSeq));
  await sub.subscribeAsync(topic, { qos: 1 });
  const decoder = new FrameDecoder();
  hubPort.on('data', (b: Buffer) => {
    for (const d of decoder.push(b)) {
      if (!('frame' in d) || d.frame.kind !== 'device_event') continue;
      const alarm = { ...sampleAlarm('H-BARE', d.frame.seq), deviceSeq: d.frame.seq };
      void pub.publishAsync(topic, Buffer.from(v1.Alarm.encode(alarm).finish()), { qos: 1 });
    }
  });
  const dev = await deviceSide(pair);
  const out: number[] = [];
  try {
    for (let i = 1; i <= LATENCY_SAMPLES + 20; i++) {
      const done = new Promise<void>((resolve) => {
        waiting = (seq) => {
          if (seq === i) resolve();
        };
      });
      const t = performance.now();
      dev.write(i);
      await done;
      if (i > 20) out.push(performance.now() - t);
      await sleep(2);
    }
  } finally {
    await dev.close();
    await new Promise<void>((r) => hubPort.close(() => r()));
    await pub.endAsync();
    await sub.endAsync();
    await pair.close();
  }
  return out;
}

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

/** The hub's way to the broker: refused while closed (the outage), passed through once opened. */
async function gate(m: Mosquitto) {
  let open = false;
  const sockets = new Set<Socket>();
  const server = createServer({ noDelay: true }, (hub) => {
    if (!open) return void hub.destroy();
    const broker = tcpConnect({ port: m.port, host: '127.0.0.1', noDelay: true });
    for (const s of [hub, broker]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => {
        hub.destroy();
        broker.destroy();
      });
    }
    hub.pipe(broker).pipe(hub);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `mqtt://127.0.0.1:${(server.address() as AddressInfo).port}`,
    open: () => {
      open = true;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
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

export async function run(): Promise<void> {
  const m = await new Mosquitto({
    extra: ['max_queued_messages 0', 'max_inflight_messages 0', 'set_tcp_nodelay true'],
  }).start();
  try {
    const bare = summary(await bareLatency(m));
    const ours = summary(await oursLatency(m));
    printRows(`End to end: PTY frame → Receipt at the gateway (${LATENCY_SAMPLES} alarms, one at a time)`, [
      { name: 'p50', value: ours.p50, unit: 'ms', baseline: bare.p50, ratio: ours.p50 / bare.p50 },
      {
        name: 'p99',
        value: ours.p99,
        unit: 'ms',
        baseline: bare.p99,
        ratio: ours.p99 / bare.p99,
        target: '≤ 2.00',
      },
    ]);
    const raw = await rawPublishRate(m);
    const peer = await answeringPlatform(m.url);
    try {
      const rawR = await rawReceiptRate(m);
      const d = await oursDrain(m, 128);
      printRows(`Backlog drain after an outage (${BACKLOG.toLocaleString('en-US')} alarms)`, [
        {
          name: 'drain to receipts (window 128, the default) vs raw QoS 1 publish to PUBACK',
          value: d.rate,
          unit: 'events/s',
          baseline: raw,
          ratio: d.rate / raw,
          target: '≥ 0.80',
        },
        {
          name: 'drain to receipts vs raw publish to Receipt from the same platform (unbounded window)',
          value: d.rate,
          unit: 'events/s',
          baseline: rawR,
          ratio: d.rate / rawR,
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
  } finally {
    await m.stop();
  }
}
