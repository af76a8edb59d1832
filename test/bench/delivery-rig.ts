/**
 * The parts the delivery bench's pipelines share: the device side of a PTY, a gateway in this
 * process with the pendant paired, the one-at-a-time latency loop, and the outage gate.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer, type Socket, connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { SerialPort } from 'serialport';
import type { PtyPair } from '../../firmware-sim/link/pty-pair.ts';
import { loadConfigFile } from '../../gateway/config/load.ts';
import { callGateway } from '../../gateway/control/client.ts';
import { Gateway } from '../../gateway/gateway.ts';
import { type DeviceEventFrame, encodeFrame, FrameDecoder } from '../../protocol/serial/index.ts';
import type { Mosquitto } from '../support/mosquitto.ts';

const DEVICE = 0x00a1b2c3;
export const LATENCY_SAMPLES = 1_000;
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

export function openPort(path: string): Promise<SerialPort> {
  return new Promise((resolve, reject) => {
    const p = new SerialPort({ path, baudRate: 115200 }, (err) => (err ? reject(err) : resolve(p)));
  });
}

/** The device side of the PTY: writes frames and counts the ACKs that come back. */
export async function deviceSide(pair: PtyPair) {
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
export async function startGateway(hubId: string, hubPath: string, brokerUrl: string, inFlight = 128) {
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

/** A latency pipeline ready to be timed: the PTY its frames enter by, and how it reports each end. */
export interface Pipeline {
  pair: PtyPair;
  /** Registers the callback the pipeline calls with the device seq of each frame that got through. */
  arrived: (fn: (seq: number) => void) => void;
}

/**
 * Times frames one at a time through each pipeline in turn: one frame through every pipeline per
 * round, the order rotated each round, so a slow moment of the machine (2 shared cores) falls on
 * all of them alike and their percentiles compare like with like. Each frame is timed from its
 * write on the device side until `arrived` reports its seq; the first 20 rounds warm up and are
 * not kept. Returns the samples of each pipeline, in the order given.
 */
export async function inTurn(pipelines: Pipeline[]): Promise<number[][]> {
  const sides = await Promise.all(pipelines.map((p) => deviceSide(p.pair)));
  const waiting: (((seq: number) => void) | undefined)[] = pipelines.map(() => undefined);
  pipelines.forEach((p, k) => {
    p.arrived((seq) => waiting[k]?.(seq));
  });
  const out = pipelines.map((): number[] => []);
  try {
    for (let i = 1; i <= LATENCY_SAMPLES + 20; i++) {
      for (let j = 0; j < pipelines.length; j++) {
        const k = (i + j) % pipelines.length;
        const done = new Promise<void>((resolve) => {
          waiting[k] = (seq) => {
            if (seq === i) resolve();
          };
        });
        const t = performance.now();
        sides[k]!.write(i);
        await done;
        if (i > 20) out[k]!.push(performance.now() - t);
        await sleep(2);
      }
    }
  } finally {
    await Promise.all(sides.map((s) => s.close()));
  }
  return out;
}

/** One pipeline alone (where-time-goes.ts, for a profiler). */
export async function oneAtATime(pair: PtyPair, arrived: Pipeline['arrived']): Promise<number[]> {
  const [samples] = await inTurn([{ pair, arrived }]);
  return samples!;
}

/** The hub's way to the broker: refused while closed (the outage), passed through once opened. */
export async function gate(m: Mosquitto) {
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
