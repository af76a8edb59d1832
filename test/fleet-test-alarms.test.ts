/**
 * The automatic test alarm across a fleet-wide restart (issue 18): 200 `vakt fleet` hubs, each
 * running the hub's real uplink and test-alarm schedule, against a real mosquitto and the
 * reference receiver. The interval is compressed to 20 s and counted at the receiver in tenths of
 * it (the "minute"): in the interval after the fleet came up, and in the interval after
 * every hub restarted at the same instant, each hub's test arrives once and no tenth holds more
 * than 2× the mean. A fleet that tested on start-up, or a fixed time after it, would put all 200
 * into one tenth.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fleet } from '../tools/fleet/fleet.ts';
import { fleetOptions, startFleetPlatform } from './support/fleet-platform.ts';
import { elapsed, waitFor } from './support/wait-for.ts';

const HUBS = 200;
const INTERVAL_MS = 20_000;
const BINS = 10;

describe('vakt fleet: automatic test alarms stay spread across a fleet restart', () => {
  /** Arrival time at the receiver of each first copy of a test alarm, with its hub. */
  const arrivals: Array<{ hubId: string; at: number }> = [];
  let platform: Awaited<ReturnType<typeof startFleetPlatform>>;
  beforeAll(async () => {
    platform = await startFleetPlatform('fleet-tests', (line) => {
      const m = JSON.parse(line) as { hubId: string; kind: string; event: { eventClass?: string } };
      if (m.kind === 'alarm' && m.event.eventClass === 'EVENT_CLASS_TEST')
        arrivals.push({ hubId: m.hubId, at: Date.now() });
    });
  });
  afterAll(() => platform?.stop());

  /** Test alarms that arrived in [from, from + interval), per tenth, and which hubs sent them. */
  function tenths(from: number): { bins: number[]; hubs: Set<string> } {
    const bins = new Array<number>(BINS).fill(0);
    const hubs = new Set<string>();
    for (const a of arrivals) {
      if (a.at < from || a.at >= from + INTERVAL_MS) continue;
      bins[Math.floor(((a.at - from) / INTERVAL_MS) * BINS)]! += 1;
      hubs.add(a.hubId);
    }
    return { bins, hubs };
  }

  it('200 hubs, interval 20 s: no tenth over 2× the mean, before and after every hub restarts at once', async () => {
    const fleet = new Fleet(
      fleetOptions(platform.mosq.url, {
        hubs: HUBS,
        idPattern: 'TEST-{n}',
        rampPerS: 1_000,
        testAlarmIntervalMs: INTERVAL_MS,
      }),
    );
    const mean = HUBS / BINS;
    try {
      await fleet.start();
      await waitFor(() => fleet.stats.connected === HUBS, { what: 'all 200 hubs connected', ms: 30_000 });
      const first = Date.now();
      await waitFor(elapsed(first, INTERVAL_MS + 1_000), { what: 'one interval', ms: 30_000 });

      await fleet.restart();
      const restart = Date.now();
      await waitFor(() => fleet.stats.connected === HUBS, { what: 'all 200 hubs back', ms: 30_000 });
      await waitFor(elapsed(restart, INTERVAL_MS + 1_000), { what: 'one more', ms: 30_000 });

      for (const [when, from] of [
        ['after the start', first],
        ['after the restart', restart],
      ] as const) {
        const { bins, hubs } = tenths(from);
        // A test due in the last milliseconds of the interval may arrive just after it.
        expect(hubs.size, when).toBeGreaterThanOrEqual(HUBS - 3);
        expect(Math.max(...bins), `${when}: ${bins.join(' ')}`).toBeLessThanOrEqual(2 * mean);
      }
      await waitFor(() => fleet.pending === 0, { what: 'every test alarm receipted', ms: 30_000 });
      expect(fleet.stats.testAlarmsFailed).toBe(0);
      expect(fleet.stats.latencyMs.test.length).toBe(fleet.stats.raised.test);
    } finally {
      await fleet.stop();
    }
  }, 120_000);
});
