/** The rows that read the daemon's view (devices, clock, outbox, uplink path), on a fake daemon. */
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { CLOCK_FLOOR_MS, checkClock } from './clock-check.ts';
import type { DaemonDevice, DaemonStatus, DaemonView, DiagContext } from './context.ts';
import { checkDevices } from './devices-check.ts';
import { checkOutbox } from './outbox-check.ts';
import { checkUplinkPath } from './uplink-check.ts';

const NOW = Date.UTC(2026, 5, 1, 12);
const MIN = 60_000;

function status(over: Partial<DaemonStatus> = {}): DaemonStatus {
  return {
    hubId: 'H-1',
    version: '1.0.0',
    uptimeS: 3600,
    receiver: { port: '/dev/ttyACM0', up: true },
    devices: 0,
    supervision: {},
    unpairedHeard: 0,
    outbox: { depth: 0, oldestAt: null, oldestAgeS: null },
    uplink: { path: 'primary', downSince: null, inFlight: 0, brokers: [] },
    technicalAlarms: 0,
    health: { mains: true, batteryPercent: null, freeMb: 1000, writeError: null, lastClockStepMs: null },
    ...over,
  };
}

function ctx(daemon: Partial<DaemonView> | undefined, now = NOW, stuckAfterMs?: number): DiagContext {
  const s = daemon?.status ?? status();
  return {
    configFile: 'vakt.yaml',
    loaded: undefined,
    daemon: daemon && {
      socket: 'control.sock',
      status: s,
      devices: [],
      technical: [],
      events: [],
      call: async () => s,
      ...daemon,
    },
    settings: { timeoutMs: 1000, stuckAfterMs, testAlarm: false },
    clock: new FakeClock(now),
    candidates: async () => [],
  };
}

const pendant = (over: Partial<DaemonDevice>): DaemonDevice => ({
  deviceId: '00A1B2C3',
  deviceType: 3,
  label: 'bedroom',
  lastSeenAt: NOW - 5 * MIN,
  periodS: 600,
  supervision: 'ok',
  ...over,
});

describe('device rows', () => {
  it('one row per device against its window (3 periods × 1.2 by default)', () => {
    const rows = checkDevices(
      ctx({
        devices: [
          pendant({}),
          pendant({ deviceId: '00000002', label: '', supervision: 'late', lastSeenAt: NOW - 13 * MIN }),
          pendant({ deviceId: '00000003', supervision: 'missing', lastSeenAt: NOW - 2 * 3600_000 }),
          pendant({ deviceId: '00000004', supervision: 'grace', lastSeenAt: null }),
        ],
        technical: [
          {
            key: 'device_missing:00000003',
            kind: 'DEVICE_MISSING',
            rootCause: 'missing',
            action: 'find the pendant',
            raisedAt: NOW,
          },
        ],
      }),
    );
    expect(rows.map((r) => [r.check, r.status])).toEqual([
      ['device 00A1B2C3 (bedroom)', 'pass'],
      ['device 00000002', 'warn'],
      ['device 00000003 (bedroom)', 'fail'],
      ['device 00000004 (bedroom)', 'warn'],
    ]);
    expect(rows[0]!.detail).toBe('personal trigger, last heard 5 min ago, missing after 36 min of silence');
    expect(rows[1]!.detail).toMatch(/^heartbeat overdue: /);
    expect(rows[2]!.action).toBe('find the pendant');
  });

  it('no paired devices is a warning; no daemon is a skip', () => {
    expect(checkDevices(ctx({}))).toEqual([
      expect.objectContaining({ status: 'warn', action: expect.stringContaining('vakt pair') }),
    ]);
    expect(checkDevices(ctx(undefined))[0]!.status).toBe('skip');
  });
});

describe('clock row', () => {
  it('fails before the floor, warns on a recent step notice, passes otherwise', () => {
    expect(checkClock(ctx(undefined, CLOCK_FLOOR_MS - 1))[0]).toMatchObject({
      status: 'fail',
      detail: expect.stringContaining('not set'),
    });
    expect(checkClock(ctx(undefined))[0]!.status).toBe('pass');
    const stepped = ctx({
      events: [
        {
          kind: 'technical_notice',
          summary: 'CLOCK_WRONG: the hub clock stepped forward by 300 s',
          createdAt: NOW - 10 * MIN,
        },
      ],
    });
    expect(checkClock(stepped)[0]).toMatchObject({
      status: 'warn',
      detail: expect.stringContaining('stepped forward by 300 s'),
    });
  });
});

describe('outbox row', () => {
  const waiting = (ageS: number) =>
    ctx({ status: status({ outbox: { depth: 2, oldestAt: NOW - ageS * 1000, oldestAgeS: ageS } }) });

  it('stuck when the oldest event is older than the threshold (default 60 s)', async () => {
    expect((await checkOutbox(waiting(30)))[0]!.status).toBe('pass');
    expect((await checkOutbox(waiting(61)))[0]).toMatchObject({
      status: 'fail',
      detail: expect.stringMatching(/^stuck: 2 events/),
    });
    const short = { ...waiting(5), settings: { timeoutMs: 1000, stuckAfterMs: 2000, testAlarm: false } };
    expect((await checkOutbox(short))[0]!.status).toBe('fail');
  });
});

describe('uplink path row', () => {
  it('pass on primary, warn on secondary, fail when down', () => {
    const on = (path: string | null) =>
      checkUplinkPath(
        ctx({ status: status({ uplink: { path, downSince: NOW - MIN, inFlight: 0, brokers: [] } }) }),
      )[0]!.status;
    expect([on('primary'), on('secondary'), on(null)]).toEqual(['pass', 'warn', 'fail']);
    expect(checkUplinkPath(ctx(undefined))).toEqual([]);
  });
});
