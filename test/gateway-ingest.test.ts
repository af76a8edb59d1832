/**
 * Gateway ingest against firmware-sim over real PTYs: the simulator owns the dongle's PTY pair,
 * the gateway's SerialLink opens the hub end with node-serialport, events go into a real SQLite
 * hub store. Alarms delivered once, bit errors survived, unpaired devices refused, an unplugged
 * receiver raises one technical alarm and clears it on replug.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { parseScenario } from '../firmware-sim/scenario/load.ts';
import { Simulation } from '../firmware-sim/simulation.ts';
import { SystemClock } from '../gateway/clock/system-clock.ts';
import { type HeardUnpaired, Ingest } from '../gateway/ingest/ingest.ts';
import { SerialLink } from '../gateway/ingest/serial-link.ts';
import { openDatabase } from '../gateway/store/database.ts';
import { HubStore } from '../gateway/store/hub-store.ts';
import { DeviceSupervisor } from '../gateway/supervision/device-supervisor.ts';
import { waitFor } from './support/wait-for.ts';

const scenario = (timeline: string, extraDevices = '') =>
  parseScenario(`name: ingest
duration: 1h
devices:
  - { name: B1, id: 00A1B2C3, kind: pendant }
  - { name: P1, id: 00C0DE01, kind: pull_cord }
  - { name: D1, id: 0000D001, kind: door }
${extraDevices}timeline:
${timeline}`);

async function rig(
  timeline: string,
  o: { extraDevices?: string; pair?: number[]; receiverLostAfterMs?: number } = {},
) {
  const sim = await Simulation.start({ scenario: scenario(timeline, o.extraDevices), link: { pty: true } });
  const clock = new SystemClock();
  const db = openDatabase(mkdtempSync(join(tmpdir(), 'vakt-ingest-')));
  const store = new HubStore(db, 'H-INGEST', clock);
  for (const id of o.pair ?? [0x00a1b2c3, 0x00c0de01, 0x0000d001]) {
    store.pair({ deviceId: id, deviceType: id === 0x0000d001 ? 14 : 3 });
    // The scenario's devices speak version 1: paired explicitly as unauthenticated (SPEC §4.7).
    store.deviceKeys.setUnauthenticated(id);
  }
  const supervisor = new DeviceSupervisor(
    clock,
    {
      missedHeartbeats: 3,
      jitterTolerance: 0.2,
      periods: {},
      bootGraceMs: 15 * 60_000,
      restoreAfterHeartbeats: 2,
    },
    { raise: (t) => store.raiseTechnical(t), clear: (k) => store.clearTechnical(k) },
  );
  supervisor.start(store.devices());
  const link = new SerialLink(
    { path: sim.hubPath!, baudRate: 115200, quietAfterMs: 35_000, reopenMinMs: 100, reopenMaxMs: 1000 },
    clock,
  );
  const ingest = new Ingest(
    link,
    store,
    supervisor,
    clock,
    { receiverLostAfterMs: o.receiverLostAfterMs ?? 35_000 },
    pino({ level: 'silent' }),
  );
  const heardUnpaired: HeardUnpaired[] = [];
  ingest.on('unpaired-heard', (d) => heardUnpaired.push(d));
  ingest.start();
  const stop = async () => {
    supervisor.stop();
    await ingest.stop();
    await sim.stop();
    db.close();
  };
  cleanup.push(stop);
  return { sim, store, ingest, db, heardUnpaired };
}
const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});
const acked = (sim: Simulation) => sim.events.filter((e) => e.type === 'acked');
const deviceEvents = (r: Awaited<ReturnType<typeof rig>>) =>
  r.store.recentEvents(1000).filter((e) => e.kind === 'device_event');

describe('gateway ingest over a real PTY with firmware-sim', () => {
  it('every event from the scenario becomes exactly one accepted event, ACKed after commit', async () => {
    const r = await rig(
      '  - { at: 300ms, do: press B1 }\n  - { at: 600ms, do: pull P1 }\n  - { at: 900ms, do: open D1 }\n  - { at: 1500ms, do: press B1 }\n',
    );
    await waitFor(() => acked(r.sim).length >= 4, { what: 'four ACKed events' });
    expect(deviceEvents(r)).toHaveLength(4);
    expect(
      r.store
        .outbox()
        .map((o) => (o.payload as { statusCode: number }).statusCode)
        .sort(),
    ).toEqual([10, 10, 10, 76]);
    expect(r.store.outbox()[0]!.class).toBe('alarm');
  });

  it('with 1 % bit errors on the line every alarm still arrives, accepted once each', async () => {
    const r = await rig(
      '  - { from: 0s, to: 1h, fault: bit-error, rate: 1% }\n' +
        Array.from(
          { length: 8 },
          (_, i) => `  - { at: ${200 + i * 700}ms, do: ${i % 2 ? 'pull P1' : 'press B1'} }\n`,
        ).join(''),
    );
    await waitFor(() => acked(r.sim).length >= 8, { ms: 60_000, what: 'eight ACKed events' });
    expect(deviceEvents(r)).toHaveLength(8);
    expect(r.sim.events.filter((e) => e.type === 'gave_up')).toEqual([]);
  }, 90_000);

  it('refuses an unpaired device with NAK not_paired and reports it for pairing', async () => {
    const r = await rig('  - { at: 300ms, do: press B1 }\n', { pair: [0x00c0de01] });
    await waitFor(() => r.sim.events.some((e) => e.type === 'gave_up'), { what: 'the device to give up' });
    expect(r.sim.events.find((e) => e.type === 'gave_up')).toMatchObject({
      deviceId: 0x00a1b2c3,
      reason: 'not_paired',
    });
    expect(r.heardUnpaired.find((d) => d.deviceId === 0x00a1b2c3)).toMatchObject({ deviceType: 3 });
    expect(deviceEvents(r)).toHaveLength(0);
  });

  it('an unplugged receiver raises one RECEIVER_LOST after its grace, cleared on replug; no device is declared missing', async () => {
    const r = await rig('  - { at: 500ms, do: unplug, for: 3s }\n', { receiverLostAfterMs: 1000 });
    await waitFor(() => r.store.openTechnicalAlarms().length === 1, {
      ms: 10_000,
      what: 'one open technical alarm',
    });
    expect(r.store.openTechnicalAlarms()[0]).toMatchObject({
      kind: 'RECEIVER_LOST',
      devices: [0x0000d001, 0x00a1b2c3, 0x00c0de01],
    });
    await waitFor(() => r.store.openTechnicalAlarms().length === 0, {
      ms: 15_000,
      what: 'the technical alarm to clear',
    });
    const kinds = r.store.outbox().map((o) => (o.payload as { kind?: number; state?: number }).state);
    expect(kinds).toEqual([1, 2]); // raised, then cleared: nothing else
  }, 30_000);
});
