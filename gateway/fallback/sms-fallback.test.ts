/**
 * SmsFallback's scheduling in virtual time, with a modem that carries out one call at a time as
 * the real one does: a health probe in progress never holds an alarm's SMS back beyond its own end,
 * and a number the modem could not reach is owed the alarm until it is reached or receipted.
 */
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { HubRig, quiet, uplinkSettings } from '../../test/support/uplink-rig.ts';
import { formatSms } from './modem-adapter.ts';
import { SmsFallback, type SmsModem } from './sms-fallback.ts';

const DEADLINE_MS = 2000;
const A = '+4791234567';
const B = '+4798765432';

function rig(modem: (clock: FakeClock) => FakeModem, probeEveryMs = 300_000) {
  const clock = new FakeClock();
  const hub = new HubRig(uplinkSettings('mqtt://127.0.0.1:1'), clock);
  const m = modem(clock);
  const fallback = new SmsFallback(
    hub.store,
    m,
    formatSms,
    { numbers: [A, B], deadlineMs: DEADLINE_MS, probeEveryMs },
    clock,
    quiet,
  );
  return { clock, hub, modem: m, fallback };
}

const modemFault = (hub: HubRig) => hub.store.openTechnicalAlarms().find((t) => t.kind === 'MODEM_FAULT');

/**
 * A modem whose calls queue behind each other; each probe takes `probeMs` of virtual time; a number
 * in `refused` is answered with a CMS error.
 */
class FakeModem implements SmsModem {
  readonly sent: Array<{ to: string; at: number }> = [];
  readonly refused = new Set<string>();
  probes = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly clock: FakeClock,
    private readonly probeMs: number,
  ) {}

  probe(): Promise<{ problem?: undefined }> {
    return this.serial(
      () =>
        new Promise((resolve) => {
          this.probes++;
          this.clock.setTimer(this.probeMs, () => resolve({}));
        }),
    );
  }

  sendSms(to: string): Promise<number> {
    return this.serial(async () => {
      if (this.refused.has(to))
        throw new Error('SMS refused: short message transfer rejected (+CMS ERROR: 21)');
      this.sent.push({ to, at: this.clock.now() });
      return this.sent.length;
    });
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn);
    this.queue = run.catch(() => {});
    return run;
  }
}

describe('SmsFallback', () => {
  it('an alarm past its deadline goes by SMS even while slow probes keep the modem busy', async () => {
    // A probe every 999 ms that takes 1.5 s: one is in progress at every 1 s check from t = 1 s on.
    const { clock, hub, modem, fallback } = rig((c) => new FakeModem(c, 1500), 999);
    const acceptedAt = clock.now();
    hub.accept(1, 'alarm');
    fallback.start();
    await clock.advanceAsync(20_000);
    fallback.stop();
    expect(modem.probes).toBeGreaterThanOrEqual(5);
    expect(modem.sent.map((s) => s.to)).toEqual([A, B]);
    // Due at 2 s, seen by the check at 2 s, sent when the probe that began at 1.998 s ends.
    expect(modem.sent[0]!.at - acceptedAt).toBeLessThanOrEqual(DEADLINE_MS + 1500);
    await hub.stop();
  });

  it('a number the modem could not reach is tried again until it gets the alarm; the others get it once', async () => {
    const { clock, hub, modem, fallback } = rig((c) => new FakeModem(c, 10));
    modem.refused.add(A);
    const [alarm] = hub.accept(1, 'alarm');
    fallback.start();
    await clock.advanceAsync(DEADLINE_MS + 1000);
    expect(modem.sent.map((s) => s.to)).toEqual([B]);
    expect(hub.store.pending.find(alarm!)?.smsAt).not.toBeNull(); // it went by SMS: MQTT says so
    expect(modemFault(hub)?.rootCause).toMatch(/CMS ERROR: 21\) \(to sms\.numbers\[0\]\)/);
    const notice = hub.store.recentEvents().find((e) => e.summary.startsWith('DELIVERY_FELL_BACK'));
    expect(notice?.summary).toMatch(/to 1 of 2 \(the rest are tried again\) number/);
    await clock.advanceAsync(30_000); // still refused: tried again, B not sent twice
    expect(modem.sent.map((s) => s.to)).toEqual([B]);
    modem.refused.clear();
    await clock.advanceAsync(16_000);
    expect(modem.sent.map((s) => s.to)).toEqual([B, A]);
    expect(modemFault(hub)).toBeUndefined();
    await clock.advanceAsync(60_000);
    expect(modem.sent).toHaveLength(2);
    expect(fallback.sent).toBe(1);
    fallback.stop();
    await hub.stop();
  });

  it('an owed number is dropped once the alarm is receipted; a probe does not clear the fault while one is owed', async () => {
    const { clock, hub, modem, fallback } = rig((c) => new FakeModem(c, 10), 5000);
    modem.refused.add(B);
    const [alarm] = hub.accept(1, 'alarm');
    fallback.start();
    await clock.advanceAsync(DEADLINE_MS + 1000);
    expect(modem.sent.map((s) => s.to)).toEqual([A]);
    await clock.advanceAsync(10_000); // two healthy probes
    expect(modem.probes).toBeGreaterThanOrEqual(3);
    expect(modemFault(hub)).toBeDefined();
    hub.store.pending.receipted([alarm!]);
    modem.refused.clear();
    await clock.advanceAsync(60_000);
    expect(modem.sent.map((s) => s.to)).toEqual([A]);
    expect(modemFault(hub)).toBeUndefined(); // nothing owed: the next healthy probe clears it
    fallback.stop();
    await hub.stop();
  });

  it('an alarm no number got is sent to every number when the modem is back, and marked once', async () => {
    const { clock, hub, modem, fallback } = rig((c) => new FakeModem(c, 10));
    modem.refused.add(A).add(B);
    const [alarm] = hub.accept(1, 'alarm');
    fallback.start();
    await clock.advanceAsync(DEADLINE_MS + 1000);
    expect(modem.sent).toEqual([]);
    expect(hub.store.pending.find(alarm!)?.smsAt).toBeNull();
    modem.refused.clear();
    await clock.advanceAsync(16_000);
    expect(modem.sent.map((s) => s.to)).toEqual([A, B]);
    await clock.advanceAsync(60_000);
    expect(modem.sent).toHaveLength(2);
    expect(hub.store.recentEvents().filter((e) => e.summary.startsWith('DELIVERY_FELL_BACK'))).toHaveLength(
      1,
    );
    fallback.stop();
    await hub.stop();
  });
});
