import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import type { NotifyFields, SdNotify } from './sd-notify.ts';
import { stopWithin } from './shutdown.ts';
import { ServiceWatchdog } from './watchdog.ts';

const quiet = pino({ level: 'silent' });

function rig(timeoutMs = 30_000) {
  const clock = new FakeClock();
  const sent: NotifyFields[] = [];
  const notify = { send: (f: NotifyFields) => sent.push(f) } as unknown as SdNotify;
  let problem: string | null = null;
  const dog = new ServiceWatchdog(
    notify,
    clock,
    timeoutMs,
    () => problem,
    quiet,
    () => 'running: 2 devices',
  );
  return {
    clock,
    sent,
    dog,
    fail: (p: string | null) => {
      problem = p;
    },
    pings: () => sent.filter((f) => f.WATCHDOG === 1).length,
  };
}

describe('ServiceWatchdog', () => {
  it('pings every half timeout while healthy, starting one period after READY', () => {
    const r = rig();
    r.dog.start();
    expect(r.pings()).toBe(0);
    r.clock.advance(15_000);
    expect(r.pings()).toBe(1);
    r.clock.advance(60_000);
    expect(r.pings()).toBe(5);
  });

  it('withholds pings while the check fails, says why once, and resumes when it passes', () => {
    const r = rig();
    r.dog.start();
    r.clock.advance(15_000);
    r.fail('the hub state database takes no write: database is locked');
    r.clock.advance(45_000);
    expect(r.pings()).toBe(1);
    expect(r.sent.filter((f) => String(f.STATUS).startsWith('unhealthy'))).toEqual([
      { STATUS: 'unhealthy: the hub state database takes no write: database is locked' },
    ]);
    r.fail(null);
    r.clock.advance(15_000);
    expect(r.pings()).toBe(2);
    expect(r.sent.at(-2)).toEqual({ STATUS: 'running: 2 devices' });
  });

  it('a check that throws counts as a failure, not a crash', () => {
    const clock = new FakeClock();
    const sent: NotifyFields[] = [];
    const notify = { send: (f: NotifyFields) => sent.push(f) } as unknown as SdNotify;
    const dog = new ServiceWatchdog(
      notify,
      clock,
      2000,
      () => {
        throw new Error('boom');
      },
      quiet,
    );
    dog.start();
    clock.advance(5000);
    expect(sent).toEqual([{ STATUS: 'unhealthy: liveness check failed: boom' }]);
    dog.stop();
    expect(clock.timerCount).toBe(0);
  });
});

describe('stopWithin', () => {
  it('reports a stop that finishes, one that fails and one that runs past the bound', async () => {
    const clock = new FakeClock();
    expect(await stopWithin(async () => {}, 10_000, clock)).toEqual({ ok: true });
    expect(
      await stopWithin(
        async () => {
          throw new Error('port stuck');
        },
        10_000,
        clock,
      ),
    ).toEqual({ ok: false, reason: 'stop failed: port stuck' });
    const hanging = stopWithin(() => new Promise<void>(() => {}), 10_000, clock);
    clock.advance(9_999);
    clock.advance(1);
    expect(await hanging).toEqual({ ok: false, reason: 'stop did not finish within 10 s' });
  });
});
