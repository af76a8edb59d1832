/**
 * The registry and learn session over a real hub store (SQLite in a temp dir) and supervisor; the
 * receiver is a stand-in that records the commands sent to it and replays pairing results.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import type { PairingResultFrame, ReceiverCommand } from '../../protocol/serial/index.ts';
import { v1, type vakt } from '../../protocol/uplink/index.ts';
import { EventBus } from '../events.ts';
import type { Ingest, IngestEvents } from '../ingest/ingest.ts';
import { openDatabase } from '../store/database.ts';
import { HubStore } from '../store/hub-store.ts';
import { DeviceSupervisor } from '../supervision/device-supervisor.ts';
import { LearnSession } from './learn-session.ts';
import { DeviceRegistry } from './registry.ts';

class Receiver extends EventBus<IngestEvents> {
  readonly commands: ReceiverCommand[] = [];
  command(c: ReceiverCommand): Promise<void> {
    this.commands.push(c);
    return Promise.resolve(); // the receiver ACKs
  }
}

function rig() {
  const clock = new FakeClock();
  const store = new HubStore(openDatabase(mkdtempSync(join(tmpdir(), 'vakt-registry-'))), 'H1', clock);
  const supervisor = new DeviceSupervisor(
    clock,
    { missedHeartbeats: 3, jitterTolerance: 0.2, periods: {}, bootGraceMs: 0, restoreAfterHeartbeats: 2 },
    { raise: (t) => store.raiseTechnical(t), clear: (k) => store.clearTechnical(k) },
  );
  const receiver = new Receiver();
  const ingest = receiver as unknown as Ingest;
  const log = pino({ level: 'silent' });
  const registry = new DeviceRegistry(store, supervisor, ingest, log);
  const learn = new LearnSession(registry, ingest, clock, log);
  const changes: string[] = [];
  registry.on('inventory-changed', (c) => changes.push(`${c.change}/${c.source}/${c.method}`));
  supervisor.start([]);
  registry.start();
  learn.start();
  const reports = () => store.outbox(100).map((r) => r.payload as vakt.v1.ITechnicalAlarm);
  const result = (deviceId: number, r: PairingResultFrame['result']) =>
    receiver.emit('pairing-result', { kind: 'pairing_result', deviceId, deviceType: 3, result: r });
  return { clock, store, supervisor, receiver, registry, learn, changes, reports, result };
}

const LOCAL = { source: 'control_socket', method: 'direct' } as const;
const PENDANT = 0x00a1b2c3;
const KEY = new Uint8Array(16).fill(7);

describe('device registry', () => {
  it('unpairing a missing pendant closes its DEVICE_MISSING as UNPAIRED, tells the platform who, and republishes', () => {
    const r = rig();
    r.registry.pair({ key: KEY, deviceId: PENDANT, deviceType: 3, label: 'pendant', location: 12 }, LOCAL);
    r.clock.advance(40 * 60_000);
    expect(r.store.openTechnicalAlarms().map((t) => t.kind)).toEqual(['DEVICE_MISSING']);
    expect(r.registry.unpair(PENDANT, LOCAL)).toBe(true);
    expect(r.store.openTechnicalAlarms()).toEqual([]);
    const [paired, missing, closed, unpaired] = r.reports();
    expect(paired).toMatchObject({
      kind: v1.TechnicalKind.TECHNICAL_KIND_DEVICE_PAIRING,
      state: v1.TechnicalState.TECHNICAL_STATE_NOTICE,
      details: { change: 'paired', source: 'control_socket', label: 'pendant', location: '12' },
    });
    expect(missing).toMatchObject({ kind: v1.TechnicalKind.TECHNICAL_KIND_DEVICE_MISSING });
    expect(closed).toMatchObject({
      kind: v1.TechnicalKind.TECHNICAL_KIND_DEVICE_MISSING,
      state: v1.TechnicalState.TECHNICAL_STATE_UNPAIRED, // never CLEARED: the pendant was not found
    });
    expect(unpaired).toMatchObject({
      kind: v1.TechnicalKind.TECHNICAL_KIND_DEVICE_PAIRING,
      affectedDeviceIds: [PENDANT],
      details: { change: 'unpaired', source: 'control_socket', method: 'direct' },
    });
    expect(unpaired!.rootCause).toBe(
      'personal trigger 00A1B2C3 (pendant) unpaired through the hub’s local control socket',
    );
    expect(r.receiver.commands).toContainEqual({ command: 'unpair', deviceId: PENDANT });
    expect(r.changes).toEqual(['paired/control_socket/direct', 'unpaired/control_socket/direct']);
  });

  it('re-pairing with a new label is a relabel, with the previous label in the notice; the window is not restarted', () => {
    const r = rig();
    r.registry.pair({ key: KEY, deviceId: PENDANT, deviceType: 3, label: 'pendant', location: 12 }, LOCAL);
    r.clock.advance(30 * 60_000);
    const remote = { source: 'remote_command', method: 'direct' } as const;
    expect(
      r.registry.pair({ key: KEY, deviceId: PENDANT, deviceType: 3, label: 'wrist', location: 12 }, remote),
    ).toBe('relabelled');
    expect(
      r.registry.pair({ key: KEY, deviceId: PENDANT, deviceType: 3, label: 'wrist', location: 12 }, LOCAL),
    ).toBe('repaired');
    expect(r.reports()[1]!.details).toMatchObject({
      change: 'relabelled',
      source: 'remote_command',
      label: 'wrist',
      previous_label: 'pendant',
    });
    r.clock.advance(7 * 60_000); // 37 min since it was last heard: a relabel is not a sign of life
    expect(r.store.openTechnicalAlarms().map((t) => t.kind)).toEqual(['DEVICE_MISSING']);
  });
});

describe('learn session', () => {
  it('a paired device heard in learn mode keeps its label, does not end the session, and the receiver learns on', async () => {
    const r = rig();
    r.registry.pair({ key: KEY, deviceId: PENDANT, deviceType: 3, label: 'resident', location: 12 }, LOCAL);
    const outcome = r.learn.enter(
      { timeoutS: 60, label: 'new one', location: 21, wait: true, allowUnauthenticated: true },
      'control_socket',
    );
    r.clock.advance(20_000);
    r.result(PENDANT, 'already_paired'); // its routine heartbeat, from a v1 receiver
    expect(r.learn.state()).toEqual({ active: true, remainingS: 40 });
    expect(r.receiver.commands.at(-1)).toEqual({ command: 'learn_enter', timeout: 40 });
    r.result(0x00a1b2c4, 'paired');
    r.receiver.emit('device-frame', 0x00a1b2c4, undefined); // the press that paired, let in
    await expect(outcome).resolves.toEqual({
      result: 'paired',
      deviceId: '00A1B2C4',
      deviceType: 3,
      notes: ['00A1B2C3 is already paired as "resident": kept its label and location'],
    });
    expect(r.store.device(PENDANT)).toMatchObject({ label: 'resident', location: 12 });
    expect(r.store.device(0x00a1b2c4)).toMatchObject({ label: 'new one', location: 21 });
    expect(r.changes).toEqual(['paired/control_socket/direct', 'paired/control_socket/learn_mode']);
  });

  it('a pairing_result with no learn session open pairs nothing', () => {
    const r = rig();
    r.result(0x00a1b2c4, 'paired');
    expect(r.store.devices()).toEqual([]);
    expect(r.changes).toEqual([]);
  });

  it('leave ends the session at the receiver and answers the waiting caller', async () => {
    const r = rig();
    const outcome = r.learn.enter({ timeoutS: 60, wait: true, allowUnauthenticated: true }, 'control_socket');
    expect(r.learn.leave()).toBe(true);
    expect(r.receiver.commands.at(-1)).toEqual({ command: 'learn_leave' });
    await expect(outcome).resolves.toEqual({ result: 'cancelled' });
    expect(r.learn.leave()).toBe(false);
  });

  it('a version-2 device heard when a version-1 one was allowed is unpaired, and learn mode goes on', async () => {
    const r = rig();
    const outcome = r.learn.enter({ timeoutS: 60, wait: true, allowUnauthenticated: true }, 'control_socket');
    r.result(PENDANT, 'paired');
    r.receiver.emit('device-frame', PENDANT, 'E_FRAME_KEY'); // secured: it needs its install code
    expect(r.store.device(PENDANT)).toBeUndefined();
    expect(r.receiver.commands.slice(-2)).toEqual([
      { command: 'unpair', deviceId: PENDANT },
      { command: 'learn_enter', timeout: 60 },
    ]);
    expect(r.learn.state().active).toBe(true);
    r.result(0x00c0de01, 'paired');
    r.receiver.emit('device-frame', 0x00c0de01, undefined);
    await expect(outcome).resolves.toMatchObject({
      result: 'paired',
      deviceId: '00C0DE01',
      notes: ['00A1B2C3 speaks version 2: not paired without its install code'],
    });
  });
});

describe('unauthenticated devices (SPEC §4.7)', () => {
  it('a new device with neither an install code nor an explicit allow is refused, saying what to pass', async () => {
    const r = rig();
    expect(() =>
      r.registry.pair({ deviceId: PENDANT, deviceType: 3, label: 'x', location: null }, LOCAL),
    ).toThrow(
      expect.objectContaining({
        code: 'E_PAIR_UNAUTHENTICATED',
        message: expect.stringMatching(/--install-code.*--allow-unauthenticated/),
      }),
    );
    await expect(r.learn.enter({ timeoutS: 60 }, 'remote_command')).rejects.toMatchObject({
      code: 'E_PAIR_UNAUTHENTICATED',
    });
    expect(r.learn.state().active).toBe(false);
    expect(r.receiver.commands).toEqual([]);
    expect(r.store.devices()).toEqual([]);
    expect(r.reports()).toEqual([]);
  });

  it('allowed explicitly: paired, flagged, and the platform told once with an UNAUTHENTICATED notice', () => {
    const r = rig();
    const cord = {
      deviceId: 0x00c0de01,
      deviceType: 4,
      label: 'cord',
      location: 11,
      allowUnauthenticated: true,
    };
    r.registry.pair(cord, LOCAL);
    r.registry.pair({ ...cord, label: 'bathroom cord' }, LOCAL); // a relabel: no second notice
    r.registry.pair({ deviceId: 0x00c0de01, deviceType: 4, label: 'bath', location: 11 }, LOCAL); // kept as it is
    expect(r.store.deviceKey(0x00c0de01)).toMatchObject({ key: null, unauthenticated: true });
    const kinds = r.reports().map((t) => t.kind);
    expect(kinds.filter((k) => k === v1.TechnicalKind.TECHNICAL_KIND_DEVICE_UNAUTHENTICATED)).toHaveLength(1);
    expect(kinds.filter((k) => k === v1.TechnicalKind.TECHNICAL_KIND_DEVICE_PAIRING)).toHaveLength(3);
    expect(
      r.reports().find((t) => t.kind === v1.TechnicalKind.TECHNICAL_KIND_DEVICE_UNAUTHENTICATED),
    ).toMatchObject({
      state: v1.TechnicalState.TECHNICAL_STATE_NOTICE,
      affectedDeviceIds: [0x00c0de01],
      rootCause: expect.stringMatching(/00C0DE01 \(cord\) is an unauthenticated device/),
      details: { source: 'control_socket', method: 'direct', label: 'cord' },
    });
  });
});

describe('learn session: a pairing nothing proves', () => {
  it('no frame after the pairing result within 5 s: unpaired, noted, and learn mode goes on', async () => {
    const r = rig();
    const outcome = r.learn.enter(
      { timeoutS: 60, wait: true, installCode: '83FE D340 7A93 9723 A5C6 39B2 6916 D505 C3B5' },
      'control_socket',
    );
    r.result(PENDANT, 'paired');
    expect(r.store.device(PENDANT)).toBeDefined();
    r.clock.advance(5_000);
    expect(r.store.device(PENDANT)).toBeUndefined();
    expect(r.receiver.commands.slice(-2)).toEqual([
      { command: 'unpair', deviceId: PENDANT },
      { command: 'learn_enter', timeout: 55 },
    ]);
    expect(r.learn.state().active).toBe(true);
    r.result(PENDANT, 'paired'); // pressed again
    r.receiver.emit('device-frame', PENDANT, undefined);
    await expect(outcome).resolves.toMatchObject({
      result: 'paired',
      deviceId: '00A1B2C3',
      notes: [expect.stringMatching(/^00A1B2C3 sent nothing the hub could verify/)],
    });
  });
});
