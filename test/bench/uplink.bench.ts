/**
 * Uplink contract figures. (1) Bytes per alarm: protobuf vs the same content as JSON vs a SCAIP
 * mrq XML document (the reference sheet's example). Targets ≤ 1/2 JSON, ≤ 1/4 XML. (2) The
 * reference receiver's throughput with dedupe (fsync'ed) and receipts on mosquitto, in its own
 * process as `vakt receive` runs, vs a raw echo process that answers each alarm with one publish,
 * all fed the same burst, unsigned and with signed receipts (target ≥ 10,000 alarms/s signed). (3) Receipt cost per receipt: sign (receiver) and verify (hub)
 * against encoding the same Receipt unsigned, and an HMAC-SHA-256 for the MAC alternative.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHmac, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import mqtt from 'mqtt';
import {
  checkReceipt,
  receiptSignedBytes,
  receiptSigner,
  sampleAlarm,
  topicFor,
  v1,
} from '../../protocol/uplink/index.ts';
import { Mosquitto } from '../support/mosquitto.ts';
import { printRows } from './harness.ts';

const SCAIP_MRQ = `<?xml version="1.0" encoding="UTF-8"?>
<mrq><ref>7f3c91a2</ref><ver>01</ver><mty>ME</mty><cid>NO-4630-HUB-000123</cid>
<dty>0003</dty><did>00A1B2C3</did><stc>0010</stc><pri>1</pri><lco>012</lco>
<lte>Bedroom</lte><crd>2026-11-25T02:14:07Z</crd></mrq>`;
const N = 20_000;
const here = dirname(fileURLToPath(import.meta.url));

function sizes(): void {
  // The same content as the mrq above: ref, cid, dty, did, stc, pri, lco, lte, crd.
  const same = v1.Alarm.fromObject({
    eventId: '7f3c91a2',
    hubId: 'NO-4630-HUB-000123',
    deviceType: 3,
    deviceId: 0x00a1b2c3,
    statusCode: 10,
    priority: 1,
    location: { code: 12, text: 'Bedroom' },
    hubReceivedAtMs: Date.parse('2026-11-25T02:14:07Z'),
  });
  const full = v1.Alarm.fromObject({ ...sampleAlarm('NO-4630-HUB-000123', 7), eventId: '7f3c91a2' });
  const bytes = (a: typeof same) => v1.Alarm.encode(a).finish().length;
  const json = (a: typeof same) =>
    Buffer.byteLength(JSON.stringify(v1.Alarm.toObject(a, { enums: String, longs: Number })));
  const xml = Buffer.byteLength(SCAIP_MRQ);
  printRows('Bytes per alarm', [
    {
      name: 'mrq content: protobuf vs JSON',
      value: bytes(same),
      unit: 'B',
      baseline: json(same),
      ratio: bytes(same) / json(same),
      target: '≤ 0.50',
    },
    {
      name: 'mrq content: protobuf vs SCAIP mrq XML',
      value: bytes(same),
      unit: 'B',
      baseline: xml,
      ratio: bytes(same) / xml,
      target: '≤ 0.25',
    },
    {
      name: 'full Alarm (telemetry, seq, attempt, path, times): protobuf vs JSON',
      value: bytes(full),
      unit: 'B',
      baseline: json(full),
      ratio: bytes(full) / json(full),
    },
    {
      name: 'full Alarm: protobuf vs SCAIP mrq XML',
      value: bytes(full),
      unit: 'B',
      baseline: xml,
      ratio: bytes(full) / xml,
    },
  ]);
}

/** Publishes N alarms as fast as one client can; resolves with alarms/s once every Receipt is back. */
async function burst(url: string, hubId: string): Promise<number> {
  const hub = await mqtt.connectAsync(url, { protocolVersion: 5 });
  let receipts = 0;
  hub.on('message', () => receipts++);
  await hub.subscribeAsync(topicFor('vakt/v1', hubId, 'receipt'), { qos: 1 });
  const pub = await mqtt.connectAsync(url, { protocolVersion: 5 });
  const topic = topicFor('vakt/v1', hubId, 'alarm');
  const payloads = Array.from({ length: N }, (_, i) =>
    Buffer.from(v1.Alarm.encode(sampleAlarm(hubId, i)).finish()),
  );
  const start = performance.now();
  await Promise.all(payloads.map((p) => pub.publishAsync(topic, p, { qos: 1 })));
  const deadline = Date.now() + 120_000;
  while (receipts < N) {
    if (Date.now() > deadline) throw new Error(`burst to ${hubId}: ${receipts} of ${N} receipts within 120 s`);
    await new Promise((r) => setTimeout(r, 2));
  }
  const seconds = (performance.now() - start) / 1000;
  await Promise.all([pub.endAsync(), hub.endAsync()]);
  return N / seconds;
}

/** Starts `script` (in this folder) as its own process; resolves once it prints "ready". */
function child(script: string, args: string[]): Promise<ChildProcess> {
  const c = spawn(process.execPath, ['--import', 'tsx', join(here, script), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    c.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(c));
    c.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

async function stop(c: ChildProcess): Promise<void> {
  const exited = new Promise<void>((r) => c.once('exit', () => r()));
  c.kill('SIGTERM');
  await exited;
}

/** The rate of a burst to `hubId` answered by `script` running in its own process. */
async function answeredRate(url: string, hubId: string, script: string, args: string[]): Promise<number> {
  const c = await child(script, [url, ...args]);
  try {
    return await burst(url, hubId);
  } finally {
    await stop(c);
  }
}

async function throughput(): Promise<void> {
  // A platform broker must not drop a slow subscriber's QoS 1 queue (mosquitto's default is 1000).
  const mosq = await new Mosquitto({ extra: ['max_queued_messages 0', 'max_inflight_messages 0'] }).start();
  const dir = mkdtempSync(join(tmpdir(), 'vakt-bench-'));
  const keyFile = join(dir, 'platform.key');
  writeFileSync(
    keyFile,
    generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }),
    { mode: 0o600 },
  );
  try {
    // Each answerer runs in its own process, as `vakt receive` does; the hub side counts receipts.
    const raw = await answeredRate(mosq.url, 'RAW', 'echo-process.ts', []);
    const store = (name: string) => join(dir, name);
    const unsigned = await answeredRate(mosq.url, 'BENCH', 'receiver-process.ts', [
      store('unsigned'),
      'bench-unsigned',
    ]);
    const signed = await answeredRate(mosq.url, 'BENCHSIGNED', 'receiver-process.ts', [
      store('signed'),
      'bench-signed',
      '-',
      '-',
      keyFile,
    ]);
    printRows(`Reference receiver on mosquitto (${N.toLocaleString('en-US')}-alarm burst, QoS 1)`, [
      {
        name: 'alarms/s: receiver (decode, dedupe fsync, receipt) unsigned vs raw echo',
        value: unsigned,
        unit: 'alarms/s',
        baseline: raw,
        ratio: unsigned / raw,
      },
      {
        name: 'alarms/s: receiver with signed receipts (Ed25519) vs unsigned',
        value: signed,
        unit: 'alarms/s',
        baseline: unsigned,
        ratio: signed / unsigned,
        target: '≥ 10,000 alarms/s',
      },
    ]);
  } finally {
    await mosq.stop();
  }
}

/** Microseconds per call of `fn`, over `n` calls. */
function perCall(n: number, fn: (i: number) => unknown): number {
  for (let i = 0; i < 200; i++) fn(i);
  const start = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  return ((performance.now() - start) * 1000) / n;
}

function receiptCost(): void {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const signer = receiptSigner(privateKey);
  const receipt = (i: number) => ({
    eventId: `01J8Z${i.toString(16).padStart(8, '0')}`,
    hubId: 'NO-4630-HUB-000123',
    result: v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED,
    atMs: 1_795_572_848_250 + i,
    receiverId: 'bench',
  });
  const M = 5000;
  const encode = perCall(M, (i) => v1.Receipt.encode(receipt(i)).finish());
  const sign = perCall(M, (i) => signer.sign(receipt(i)));
  const signedOnes = Array.from({ length: 256 }, (_, i) => v1.Receipt.decode(signer.sign(receipt(i))));
  const plainOnes = Array.from({ length: 256 }, (_, i) =>
    v1.Receipt.decode(v1.Receipt.encode(receipt(i)).finish()),
  );
  const trust = { hubId: 'NO-4630-HUB-000123', publicKeys: [publicKey] };
  const verify = perCall(M, (i) => checkReceipt(signedOnes[i % 256]!, trust));
  const unchecked = perCall(M, (i) => checkReceipt(plainOnes[i % 256]!, { ...trust, publicKeys: [] }));
  const macKey = Buffer.alloc(32, 7);
  const mac = perCall(M, (i) =>
    createHmac('sha256', macKey)
      .update(receiptSignedBytes({ ...receipt(i), snu: 0, resendAfterS: 0 }))
      .digest(),
  );
  printRows('Receipt cost per receipt (µs, one core)', [
    {
      name: 'receiver: encode + Ed25519 sign vs encode unsigned',
      value: sign,
      unit: 'µs',
      baseline: encode,
      ratio: sign / encode,
    },
    {
      name: 'hub: Ed25519 verify + checks vs checks unsigned',
      value: verify,
      unit: 'µs',
      baseline: unchecked,
      ratio: verify / unchecked,
    },
    {
      name: 'per-hub MAC alternative: HMAC-SHA-256 of the same bytes vs encode',
      value: mac,
      unit: 'µs',
      baseline: encode,
      ratio: mac / encode,
    },
  ]);
}

export async function run(): Promise<void> {
  sizes();
  receiptCost();
  await throughput();
}
