import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { openDatabase } from '../store/database.ts';
import { HubStore } from '../store/hub-store.ts';
import { Uplink } from './uplink.ts';

const broker = {
  urls: ['mqtt://127.0.0.1:1'],
  mqttVersion: 'auto' as const,
  options: { reconnectPeriod: 0, connectTimeout: 500 },
  root: 'vakt/v1',
  hubId: 'H-1',
  reconnectMinMs: 60_000,
  reconnectMaxMs: 60_000,
  heartbeatIntervalS: 60,
};

describe('Uplink lifecycle', () => {
  it('the constructor only stores: nothing is subscribed or connected before start, and stop undoes start', async () => {
    const clock = new FakeClock();
    const store = new HubStore(openDatabase(mkdtempSync(join(tmpdir(), 'vakt-uplink-'))), 'H-1', clock);
    let bdSeqs = 0;
    const uplink = new Uplink(
      store,
      {
        primary: broker,
        inFlight: 4,
        receiptTimeoutMs: 2_000,
        heartbeatIntervalMs: 60_000,
        failoverAfterMs: 30_000,
        outageReportAfterMs: 60_000,
        maxOutbox: 100,
      },
      { nextBdSeq: () => ++bdSeqs, state: () => ({}) },
      clock,
      pino({ level: 'silent' }),
    );
    expect(store.events.listenerCount('outbox')).toBe(0);
    expect(bdSeqs).toBe(0);
    expect(clock.timerCount).toBe(0);
    expect(uplink.status()).toMatchObject({ path: null, brokers: [] });
    uplink.start();
    expect(store.events.listenerCount('outbox')).toBe(1);
    expect(bdSeqs).toBe(1); // one connection attempt, one bd_seq
    await uplink.stop();
    expect(store.events.listenerCount('outbox')).toBe(0);
  });
});
