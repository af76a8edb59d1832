/** The test alarm row when the uplink is down, and the note on an auth FAIL the daemon contradicts. */
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import type { DaemonStatus, DiagContext } from './context.ts';
import { explainCredentials } from './credentials-note.ts';
import { fail, pass } from './row.ts';
import { checkTestAlarm } from './uplink-check.ts';

function status(uplink: Partial<DaemonStatus['uplink']>): DaemonStatus {
  return {
    hubId: 'H-1',
    version: '1.0.0',
    uptimeS: 3600,
    receiver: { port: '/dev/ttyACM0', up: true },
    devices: 0,
    supervision: {},
    unpairedHeard: 0,
    outbox: { depth: 0, oldestAt: null, oldestAgeS: null },
    uplink: { path: 'primary', downSince: null, inFlight: 0, brokers: [], ...uplink },
    technicalAlarms: 0,
    health: { mains: true, batteryPercent: null, freeMb: 1000, writeError: null, lastClockStepMs: null },
  };
}

function ctx(s: DaemonStatus, calls: string[]): DiagContext {
  return {
    configFile: 'vakt.yaml',
    loaded: undefined,
    daemon: {
      socket: 'control.sock',
      status: s,
      devices: [],
      technical: [],
      events: [],
      call: async (method: string) => {
        calls.push(method);
        return { eventId: 'E1', roundTripMs: 12, path: 'primary' };
      },
    },
    settings: { timeoutMs: 1000, stuckAfterMs: undefined, testAlarm: true },
    clock: new FakeClock(0),
    candidates: async () => [],
  };
}

describe('test alarm row', () => {
  it('uplink down: SKIP with the reason, and no test alarm is queued', async () => {
    const calls: string[] = [];
    const [row] = await checkTestAlarm(ctx(status({ path: null, downSince: 0 }), calls));
    expect(row).toMatchObject({
      status: 'skip',
      detail: expect.stringMatching(/no working broker.*nothing was queued/),
    });
    expect(calls).toEqual([]);
  });

  it('uplink up: the test alarm is sent through the daemon', async () => {
    const calls: string[] = [];
    const [row] = await checkTestAlarm(ctx(status({}), calls));
    expect(row?.status).toBe('pass');
    expect(calls).toEqual(['test-alarm']);
  });
});

describe('an auth FAIL while the daemon is logged in to that broker', () => {
  const auth = fail(
    'primary broker auth',
    'the broker refused the username/password (username H-1)',
    'check it',
  );
  const connected = status({ brokers: [{ path: 'primary', connected: true, heartbeatAnsweredAt: null }] });
  const broker = { url: 'mqtts://b:8883', username: 'H-1', passwordEnv: 'VAKT_BROKER_PASSWORD' } as never;

  it("says diag's credentials differ from the hub's, and where the hub's come from", () => {
    const [row] = explainCredentials([auth], connected, { primary: broker });
    expect(row?.detail).toMatch(
      /running daemon is logged in to this broker.*\$VAKT_BROKER_PASSWORD.*vakt\.env/,
    );
    expect(row?.action).toMatch(/sudo env .*vakt diag/);
  });

  it('leaves the row alone when the daemon is not connected there, or the row is no auth FAIL', () => {
    const down = status({ brokers: [{ path: 'primary', connected: false, heartbeatAnsweredAt: null }] });
    expect(explainCredentials([auth], down, { primary: broker })).toEqual([auth]);
    expect(explainCredentials([auth], undefined, { primary: broker })).toEqual([auth]);
    const ok = pass('primary broker auth', 'logged in');
    expect(explainCredentials([ok], connected, { primary: broker })).toEqual([ok]);
  });
});
