/**
 * The receiver's liveness as the SPEC states it, on virtual time: RECEIVER_LOST comes 35 s after
 * the last receiver_status — not 35 s after a reopen — with the port reopened at that moment, and
 * the receiver counts as answering only once a frame arrived since the port was (re)opened. The
 * port is an in-memory duplex behind the real SerialLink; the store and supervisor are real.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Duplex } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { encodeFrame } from '../../protocol/serial/index.ts';
import { openDatabase } from '../store/database.ts';
import { HubStore } from '../store/hub-store.ts';
import { DeviceSupervisor } from '../supervision/device-supervisor.ts';
import { Ingest } from './ingest.ts';
import { SerialLink } from './serial-link.ts';

class MemoryPort extends Duplex {
  override _read(): void {}
  override _write(_c: Buffer, _e: BufferEncoding, cb: (err?: Error | null) => void): void {
    cb();
  }
  close(cb?: (err: Error | null) => void): void {
    cb?.(null);
  }
}

const status = encodeFrame({
  kind: 'receiver_status',
  receiverId: 1,
  seq: 1,
  firmware: '1.4',
  uptime: 10,
  learnMode: false,
  jamming: false,
  rxOverflow: false,
  noise: null,
  pairedCount: 0,
});

async function rig() {
  const clock = new FakeClock();
  const store = new HubStore(openDatabase(mkdtempSync(join(tmpdir(), 'vakt-lost-'))), 'H1', clock);
  const supervisor = new DeviceSupervisor(
    clock,
    { missedHeartbeats: 3, jitterTolerance: 0.2, periods: {}, bootGraceMs: 0, restoreAfterHeartbeats: 2 },
    { raise: (t) => store.raiseTechnical(t), clear: (k) => store.clearTechnical(k) },
  );
  const ports: MemoryPort[] = [];
  const link = new SerialLink(
    { path: '/dev/mem', baudRate: 115200, quietAfterMs: 35_000, reopenMinMs: 100, reopenMaxMs: 1000 },
    clock,
    async () => {
      const p = new MemoryPort();
      ports.push(p);
      return p;
    },
  );
  const ingest = new Ingest(
    link,
    store,
    supervisor,
    clock,
    { receiverLostAfterMs: 35_000 },
    pino({ level: 'silent' }),
  );
  ingest.start();
  await clock.advanceAsync(0);
  const lost = () => store.openTechnicalAlarms().filter((t) => t.kind === 'RECEIVER_LOST');
  return { clock, ingest, ports, lost };
}

describe('receiver liveness', () => {
  it('an open port is not an answer: the receiver answers once a frame arrived since the (re)open', async () => {
    const r = await rig();
    expect(r.ports).toHaveLength(1);
    expect(r.ingest.receiverUp).toBe(false);
    r.ports[0]!.push(status);
    expect(r.ingest.receiverUp).toBe(true);
    r.ingest.reopenLink('test');
    await r.clock.advanceAsync(1000);
    expect(r.ports).toHaveLength(2);
    expect(r.ingest.receiverUp).toBe(false); // reopened, nothing heard yet
    r.ports[1]!.push(status);
    expect(r.ingest.receiverUp).toBe(true);
  });

  it('RECEIVER_LOST 35 s after the last status, not 35 s after a reopen; one alarm, the port reopened at that moment', async () => {
    const r = await rig();
    r.ports[0]!.push(status);
    await r.clock.advanceAsync(20_000);
    r.ports[0]!.emit('close'); // a flap: reopened within a second, but the receiver stays silent
    await r.clock.advanceAsync(14_000);
    expect(r.ports.length).toBeGreaterThanOrEqual(2);
    expect(r.lost()).toEqual([]); // 34 s after the last status
    const opened = r.ports.length;
    await r.clock.advanceAsync(1_000);
    expect(r.lost()).toHaveLength(1); // 35 s: not 20 + 35
    await r.clock.advanceAsync(1_000);
    expect(r.ports.length).toBe(opened + 1); // reopened at once (backoff from the minimum)
    await r.clock.advanceAsync(120_000);
    expect(r.lost()).toHaveLength(1);
    r.ports.at(-1)!.push(status);
    expect(r.lost()).toEqual([]);
  });
});
