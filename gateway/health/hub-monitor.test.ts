import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import type { TechnicalAlarmInput } from '../store/hub-store.ts';
import { HEALTH_DEFAULTS, type HealthSink, HubMonitor } from './hub-monitor.ts';
import { type PowerReading, SysfsPowerSource } from './power-source.ts';
import { DirectoryStorageProbe, type StorageReading } from './storage-probe.ts';

function rig() {
  const clock = new FakeClock(Date.UTC(2026, 10, 25, 3));
  let stepped = 0; // wall-clock steps (NTP), which monotonic time does not see
  const power: PowerReading = { mains: true, batteryPercent: 100 };
  const storage: StorageReading = { freeMb: 1000, writeError: null };
  const log: Array<{ type: string; key?: string; kind: string; details?: Record<string, string> }> = [];
  const sink: HealthSink = {
    raise: (t: TechnicalAlarmInput) => log.push({ type: 'raise', key: t.key, kind: t.kind }),
    clear: (key) => log.push({ type: 'clear', key, kind: '' }),
    notice: (t) => log.push({ type: 'notice', kind: t.kind, details: t.details }),
  };
  const monitor = new HubMonitor(
    clock,
    () => clock.now() - stepped,
    { read: () => ({ ...power }) },
    { check: () => ({ ...storage }) },
    HEALTH_DEFAULTS,
    sink,
    pino({ level: 'silent' }),
  );
  return {
    clock,
    power,
    storage,
    log,
    monitor,
    step: (ms: number) => {
      clock.jump(ms);
      stepped += ms;
    },
  };
}

describe('hub self-supervision', () => {
  it('a healthy hub raises nothing in 24 h', () => {
    const r = rig();
    r.monitor.start();
    r.clock.advance(86_400_000);
    expect(r.log).toEqual([]);
  });

  it('mains: a 20 s blip is not an alarm; 30 s off raises one MAINS_FAIL, cleared when back', () => {
    const r = rig();
    r.monitor.start();
    r.power.mains = false;
    r.clock.advance(20_000);
    r.power.mains = true;
    r.clock.advance(20_000);
    expect(r.log).toEqual([]);
    r.power.mains = false;
    r.power.batteryPercent = 80;
    r.clock.advance(60_000);
    expect(r.log).toEqual([{ type: 'raise', key: 'mains_fail', kind: 'MAINS_FAIL' }]);
    r.clock.advance(600_000);
    expect(r.log).toHaveLength(1);
    r.power.mains = true;
    r.clock.advance(10_000);
    expect(r.log.at(-1)).toEqual({ type: 'clear', key: 'mains_fail', kind: '' });
  });

  it('hub battery low once, cleared only 10 points above the threshold', () => {
    const r = rig();
    r.monitor.start();
    for (const b of [50, 30, 21, 20, 19, 15, 22, 29]) {
      r.power.batteryPercent = b;
      r.clock.advance(10_000);
    }
    expect(r.log).toEqual([{ type: 'raise', key: 'hub_battery_low', kind: 'HUB_BATTERY_LOW' }]);
    r.power.batteryPercent = 30;
    r.clock.advance(10_000);
    expect(r.log.at(-1)).toMatchObject({ type: 'clear', key: 'hub_battery_low' });
  });

  it('storage: low free space and failing writes are separate root causes', () => {
    const r = rig();
    r.monitor.start();
    r.storage.freeMb = 10;
    r.clock.advance(10_000);
    r.storage.writeError = 'EROFS: read-only file system';
    r.clock.advance(10_000);
    expect(r.log.map((e) => e.key)).toEqual(['storage_full', 'storage_write']);
    r.storage.writeError = null;
    r.storage.freeMb = 70; // above 64 but inside the hysteresis band
    r.clock.advance(10_000);
    expect(r.log.map((e) => `${e.type}:${e.key}`)).toEqual([
      'raise:storage_full',
      'raise:storage_write',
      'clear:storage_write',
    ]);
    r.storage.freeMb = 200;
    r.clock.advance(10_000);
    expect(r.log.at(-1)).toMatchObject({ type: 'clear', key: 'storage_full' });
  });

  it('an NTP step is one CLOCK_WRONG notice; small steps are not reported', () => {
    const r = rig();
    r.monitor.start();
    r.step(30_000);
    r.clock.advance(5_000);
    expect(r.log).toEqual([]);
    r.step(-3_600_000);
    r.clock.advance(5_000);
    expect(r.log).toHaveLength(1);
    expect(r.log[0]).toMatchObject({ type: 'notice', kind: 'CLOCK_WRONG', details: { step_ms: '-3600000' } });
  });

  it('an unset clock (before release) is raised until time is set', () => {
    const r = rig();
    const early = new HubMonitor(
      new FakeClock(Date.UTC(1970, 0, 1)),
      () => 0,
      { read: () => ({ mains: null, batteryPercent: null }) },
      { check: () => ({ freeMb: null, writeError: null }) },
      HEALTH_DEFAULTS,
      {
        raise: (t) => r.log.push({ type: 'raise', key: t.key, kind: t.kind }),
        clear: () => {},
        notice: () => {},
      },
      pino({ level: 'silent' }),
    );
    early.start();
    // biome-ignore lint/suspicious/noExplicitAny: reach the private tick once without running the clock
    (early as any).onTick();
    expect(r.log).toEqual([{ type: 'raise', key: 'clock_unset', kind: 'CLOCK_WRONG' }]);
  });

  it('the tick arriving 8 s late is a HUB_STALLED notice; a stall is not mistaken for a clock step', () => {
    const r = rig();
    r.monitor.start();
    r.clock.stall(8_000); // time passes on both clocks but no timer runs: the event loop was blocked
    r.clock.advance(1_000);
    expect(r.log).toHaveLength(1);
    expect(r.log[0]).toMatchObject({ type: 'notice', kind: 'HUB_STALLED' });
    expect(Number(r.log[0]?.details?.stall_ms)).toBeGreaterThanOrEqual(7_000);
  });
});

describe('sources', () => {
  it('reads mains and battery from a sysfs power_supply tree', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vakt-psu-'));
    const supply = (name: string, files: Record<string, string>) => {
      mkdirSync(join(dir, name));
      for (const [f, v] of Object.entries(files)) writeFileSync(join(dir, name, f), `${v}\n`);
    };
    supply('AC', { type: 'Mains', online: '0' });
    supply('BAT0', { type: 'Battery', capacity: '57', status: 'Discharging' });
    expect(new SysfsPowerSource(dir).read()).toEqual({ mains: false, batteryPercent: 57 });
    writeFileSync(join(dir, 'AC', 'online'), '1\n');
    expect(new SysfsPowerSource(dir).read().mains).toBe(true);
    expect(new SysfsPowerSource(join(dir, 'nope')).read()).toEqual({ mains: null, batteryPercent: null });
  });

  it('the storage probe writes for real and reports a directory it cannot write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vakt-probe-'));
    const ok = new DirectoryStorageProbe(dir).check();
    expect(ok.writeError).toBeNull();
    expect(ok.freeMb).toBeGreaterThan(0);
    const bad = new DirectoryStorageProbe(join(dir, 'missing')).check();
    expect(bad.writeError).toMatch(/^ENOENT/);
  });
});
