/**
 * The durable bare pipeline for the delivery bench: the least code that makes the same two
 * promises our path makes, so the difference is our overhead and not the disk.
 *
 * Hub side: serialport read → decode → INSERT in a better-sqlite3 database opened as ours is
 * (WAL, synchronous=FULL: the commit is on disk when it returns) → ACK frame to the device →
 * mqtt.js QoS 1 publish of the v1 Alarm. Receiver side: decode the Alarm → append one line to a
 * file and fsync it → QoS 1 publish of the v1 Receipt. The latency ends when the Receipt is back
 * at the hub side, as ours ends at the gateway's `receipted` event.
 */
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import mqtt from 'mqtt';
import type { SerialPort } from 'serialport';
import { encodeFrame, FrameDecoder } from '../../protocol/serial/index.ts';
import { sampleAlarm, topicFor, v1 } from '../../protocol/uplink/index.ts';

const HUB = 'H-DURABLE-BARE';
/**
 * The bare pipelines' topic root: as long as ours (vakt/v1) but apart from it, so the reference
 * receiver, timed in turn with them, neither hears nor answers their alarms.
 */
export const BARE_ROOT = 'bare/v1';

export interface DurableBare {
  /** Resolves with the device seq of each alarm whose Receipt reached the hub side. */
  onReceipt(fn: (seq: number) => void): void;
  close(): Promise<void>;
}

/** Starts both sides on `hubPort` (the hub end of a PTY) and the broker at `url`. */
export async function startDurableBare(hubPort: SerialPort, url: string): Promise<DurableBare> {
  const dir = mkdtempSync(join(tmpdir(), 'vakt-bench-durable-'));
  const db = new Database(join(dir, 'hub.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE events (event_id TEXT PRIMARY KEY, device_seq INTEGER, payload BLOB)');
  const insert = db.prepare('INSERT INTO events (event_id, device_seq, payload) VALUES (?, ?, ?)');
  const log = openSync(join(dir, 'receiver.log'), 'a', 0o600);

  const alarmTopic = topicFor(BARE_ROOT, HUB, 'alarm');
  const receiptTopic = topicFor(BARE_ROOT, HUB, 'receipt');
  const hub = await mqtt.connectAsync(url, { protocolVersion: 5 });
  const receiver = await mqtt.connectAsync(url, { protocolVersion: 5 });
  for (const c of [hub, receiver]) (c.stream as { setNoDelay?: (on: boolean) => void }).setNoDelay?.(true);

  receiver.on('message', (_t, payload) => {
    const a = v1.Alarm.decode(payload);
    writeSync(log, `${a.eventId} ${a.deviceSeq}\n`);
    fsyncSync(log);
    const receipt = v1.Receipt.encode({
      eventId: a.eventId,
      hubId: a.hubId,
      result: v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED,
      atMs: Date.now(),
      receiverId: 'bare',
    }).finish();
    receiver.publish(receiptTopic, Buffer.from(receipt), { qos: 1 });
  });
  await receiver.subscribeAsync(alarmTopic, { qos: 1 });

  const seqOf = new Map<string, number>();
  let listener: ((seq: number) => void) | undefined;
  hub.on('message', (_t, payload) => {
    const r = v1.Receipt.decode(payload);
    const id = String(r.eventId);
    const seq = seqOf.get(id);
    seqOf.delete(id);
    if (seq !== undefined) listener?.(seq);
  });
  await hub.subscribeAsync(receiptTopic, { qos: 1 });

  const decoder = new FrameDecoder();
  let n = 0;
  hubPort.on('data', (b: Buffer) => {
    for (const d of decoder.push(b)) {
      if (!('frame' in d) || d.frame.kind !== 'device_event') continue;
      const f = d.frame;
      const eventId = `bare-${++n}`;
      const alarm = { ...sampleAlarm(HUB, n), eventId, deviceSeq: f.seq };
      const payload = Buffer.from(v1.Alarm.encode(alarm).finish());
      insert.run(eventId, f.seq, payload); // committed and on disk before the ACK
      hubPort.write(encodeFrame({ kind: 'ack', deviceId: f.deviceId, seq: f.seq }));
      seqOf.set(eventId, f.seq);
      hub.publish(alarmTopic, payload, { qos: 1 });
    }
  });

  return {
    onReceipt: (fn) => {
      listener = fn;
    },
    close: async () => {
      await hub.endAsync();
      await receiver.endAsync();
      closeSync(log);
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
