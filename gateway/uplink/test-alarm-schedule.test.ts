import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { v1, type vakt } from '../../protocol/uplink/index.ts';
import { EventBus } from '../events.ts';
import { openDatabase } from '../store/database.ts';
import { HubStore } from '../store/hub-store.ts';
import { TestAlarm } from './test-alarm.ts';
import { nextTestAlarmAt, TEST_ALARM_DEADLINE_MS, TestAlarmSchedule } from './test-alarm-schedule.ts';
import type { UplinkEvents } from './uplink.ts';

const quiet = pino({ level: 'silent' });
const DAY = 86_400_000;
const MIDNIGHT = Date.UTC(2026, 10, 25);

class FakeUplink extends EventBus<UplinkEvents> {
  activePath: string | undefined = 'primary';
  receipt(eventId: string): void {
    const receipt = v1.Receipt.create({ eventId, result: v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED });
    this.emit('receipted', eventId, { createdAt: undefined, path: 'primary', receipt });
  }
}

/** A repeatable stand-in for Math.random (a fleet's draws, the same in every run). */
function seeded(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

/** One hub: its real store (in `dir`, so a restart reopens it) and the real TestAlarm over a fake uplink. */
function hub(clock: FakeClock, dir: string, intervalMs = DAY, random: () => number = () => 0.25) {
  const store = new HubStore(openDatabase(dir), 'H-1', clock);
  const uplink = new FakeUplink();
  const alarm = new TestAlarm(store, uplink, clock, quiet);
  const schedule = new TestAlarmSchedule((ms) => alarm.send(0, ms), store, intervalMs, clock, quiet, random);
  const tests = () =>
    store
      .outbox(100)
      .filter((r) => (r.payload as vakt.v1.IAlarm).eventClass === v1.EventClass.EVENT_CLASS_TEST);
  return { store, uplink, schedule, tests };
}

describe('nextTestAlarmAt', () => {
  it('is the first instant k · interval + phase · interval after now', () => {
    expect(nextTestAlarmAt(MIDNIGHT, DAY, 0.25)).toBe(MIDNIGHT + 6 * 3_600_000);
    expect(nextTestAlarmAt(MIDNIGHT + 6 * 3_600_000, DAY, 0.25)).toBe(MIDNIGHT + DAY + 6 * 3_600_000);
    expect(nextTestAlarmAt(MIDNIGHT + 7 * 3_600_000, DAY, 0.25)).toBe(MIDNIGHT + DAY + 6 * 3_600_000);
    expect(nextTestAlarmAt(MIDNIGHT - 1, DAY, 0)).toBe(MIDNIGHT);
  });

  it('agrees with the worked example in docs/uplink.md', () => {
    const doc = readFileSync(new URL('../../docs/uplink.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    const utc = (t: number) => new Date(t).toISOString().slice(11, 23);
    const daily = nextTestAlarmAt(MIDNIGHT, DAY, 0.3752);
    expect(doc).toContain(
      `interval 24 h: 0.3752 × 86,400,000 = 32,417,279.999999996 → offset 32,417,279 ms → a test every day at ${utc(daily)} UTC`,
    );
    expect([0.3752 * DAY, daily - MIDNIGHT]).toEqual([32_417_279.999999996, 32_417_279]);
    const sixHourly = [0, 1, 2, 3].map((k) =>
      utc(nextTestAlarmAt(MIDNIGHT, 6 * 3_600_000, 0.3752) + k * 6 * 3_600_000),
    );
    expect(doc).toContain(
      `interval 6 h → offset 8,104,319 ms → ${sixHourly.slice(0, 3).join(', ')} and ${sixHourly[3]} UTC`,
    );
  });
});

describe('TestAlarmSchedule', () => {
  it('sends one test alarm per interval at the hub phase, and the phase survives a restart', async () => {
    const clock = new FakeClock(MIDNIGHT + 3_600_000);
    const dir = mkdtempSync(join(tmpdir(), 'vakt-test-schedule-'));
    let draws = 0;
    const a = hub(clock, dir, DAY, () => {
      draws++;
      return 0.25;
    });
    a.schedule.start();
    expect(a.schedule.nextAt).toBe(MIDNIGHT + 6 * 3_600_000);
    await clock.advanceAsync(5 * 3_600_000 - 1);
    expect(a.tests()).toHaveLength(0);
    await clock.advanceAsync(1);
    expect(a.tests()).toHaveLength(1);
    await clock.advanceAsync(DAY);
    expect(a.tests()).toHaveLength(2);

    // Power cut at 09:17 the next day and a restart: the same phase from disk, no test on start-up.
    await clock.advanceAsync(3 * 3_600_000 + 17 * 60_000);
    a.schedule.stop();
    const b = hub(clock, dir, DAY, () => 0.9);
    b.schedule.start();
    expect(draws).toBe(1);
    expect(b.schedule.nextAt).toBe(MIDNIGHT + 2 * DAY + 6 * 3_600_000);
    expect(b.tests()).toHaveLength(2);
    b.schedule.stop();
  });

  it('a fleet started at one instant, and restarted at one instant, is spread: no bin over 2× the mean', async () => {
    const clock = new FakeClock(MIDNIGHT + 12_345);
    const random = seeded(7);
    const HUBS = 2_000;
    const BINS = 24;
    const interval = DAY;
    const phases = Array.from({ length: HUBS }, () => random());
    const sent: Array<{ hub: number; at: number }> = [];
    const fleet = phases.map(
      (p, hub) =>
        new TestAlarmSchedule(
          async () => void sent.push({ hub, at: clock.now() }),
          { testAlarmPhase: () => p },
          interval,
          clock,
          quiet,
        ),
    );
    const binsOf = (from: number) => {
      const bins = new Array<number>(BINS).fill(0);
      for (const { at } of sent.filter((s) => s.at >= from && s.at < from + interval))
        bins[Math.floor(((at - from) / interval) * BINS)]! += 1;
      return bins;
    };
    for (const s of fleet) s.start();
    const first = clock.now();
    clock.advance(interval / 3);
    for (const s of fleet) s.stop(); // a fleet-wide restart, 8 h in
    for (const s of fleet) s.start();
    const restart = clock.now();
    clock.advance(interval);
    const mean = HUBS / BINS;
    for (const from of [first, restart]) {
      const bins = binsOf(from);
      expect(bins.reduce((a, b) => a + b, 0)).toBe(HUBS);
      expect(Math.max(...bins)).toBeLessThanOrEqual(2 * mean);
      expect(Math.min(...bins)).toBeGreaterThan(mean / 2);
    }
    // Each hub sent at each of its own instants, and never once more for the restart.
    phases.forEach((p, hub) => {
      const mine = sent.filter((s) => s.hub === hub).map((s) => s.at);
      const slots: number[] = [];
      for (let t = nextTestAlarmAt(first, interval, p); t <= clock.now(); t += interval) slots.push(t);
      expect(mine).toEqual(slots);
    });
  });

  it('a test alarm without a receipt by the deadline raises TEST_ALARM_FAILED; a receipted one does not', async () => {
    const clock = new FakeClock(MIDNIGHT);
    const h = hub(clock, mkdtempSync(join(tmpdir(), 'vakt-test-schedule-')), DAY, () => 0.5);
    h.schedule.start();
    await clock.advanceAsync(DAY / 2);
    const [first] = h.tests();
    expect(first).toBeDefined();
    await clock.advanceAsync(30_000);
    h.uplink.receipt(first!.eventId);
    await clock.advanceAsync(TEST_ALARM_DEADLINE_MS);
    const failed = () => h.store.recentEvents().filter((e) => e.summary.startsWith('TEST_ALARM_FAILED'));
    expect(failed()).toHaveLength(0);

    await clock.advanceAsync(DAY - 30_000 - TEST_ALARM_DEADLINE_MS); // the next one: never receipted
    expect(h.tests()).toHaveLength(2);
    await clock.advanceAsync(TEST_ALARM_DEADLINE_MS - 1);
    expect(failed()).toHaveLength(0);
    await clock.advanceAsync(1);
    expect(failed()).toHaveLength(1);
    const notice = h.store
      .outbox(100)
      .find(
        (r) =>
          (r.payload as vakt.v1.ITechnicalAlarm).kind === v1.TechnicalKind.TECHNICAL_KIND_TEST_ALARM_FAILED,
      );
    expect(notice?.payload).toMatchObject({
      rootCause: 'a test alarm got no receipt from the platform within 600 s',
    });
    h.schedule.stop();
  });

  it('a short interval bounds the deadline to the interval, so two tests never wait at once', async () => {
    const clock = new FakeClock(MIDNIGHT);
    const h = hub(clock, mkdtempSync(join(tmpdir(), 'vakt-test-schedule-')), 120_000, () => 0);
    h.schedule.start();
    await clock.advanceAsync(120_000);
    expect(h.tests()).toHaveLength(1);
    await clock.advanceAsync(120_000);
    expect(h.tests()).toHaveLength(2);
    expect(h.store.recentEvents().filter((e) => e.summary.startsWith('TEST_ALARM_FAILED'))).toHaveLength(1);
    h.schedule.stop();
  });

  it('off (0) sets no timer and draws no phase; a failing store is logged, and the next test still comes', async () => {
    const clock = new FakeClock(MIDNIGHT);
    let draws = 0;
    const off = new TestAlarmSchedule(async () => {}, { testAlarmPhase: () => ++draws }, 0, clock, quiet);
    off.start();
    expect([clock.timerCount, draws, off.nextAt]).toEqual([0, 0, null]);

    let calls = 0;
    const failing = new TestAlarmSchedule(
      () => {
        calls++;
        throw new Error('disk I/O error');
      },
      { testAlarmPhase: () => 0 },
      60_000,
      clock,
      quiet,
    );
    failing.start();
    await clock.advanceAsync(180_000);
    expect(calls).toBe(3);
    failing.stop();
    expect(clock.timerCount).toBe(0);
  });
});
