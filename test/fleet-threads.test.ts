/**
 * `vakt fleet --threads`: the fleet spread over worker threads of one process, against a real
 * mosquitto and the reference receiver. The parts' hubs are numbered apart (no client id twice),
 * their events come back to one set of stats (every hub counted once, every receipt timed), and
 * the per-hub order of a storm holds across threads: the alarm raised during an outage is
 * receipted before the test alarm raised before it, unless the receiver subscribed between the
 * hub's two publishes (support/storm-order.ts). Run as TypeScript here (the worker boots tsx)
 * and as the built tree through the CLI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FleetThreads } from '../tools/fleet/fleet-threads.ts';
import { fleetOptions, startFleetPlatform } from './support/fleet-platform.ts';
import { runCli } from './support/run-cli.ts';
import { StormOrder } from './support/storm-order.ts';
import { waitFor } from './support/wait-for.ts';

const HUBS = 120;

describe('vakt fleet over worker threads', () => {
  let platform: Awaited<ReturnType<typeof startFleetPlatform>>;
  beforeAll(async () => {
    platform = await startFleetPlatform('fleet-threads-platform');
  });
  afterAll(() => platform?.stop());

  it('3 threads: every hub once, every alarm receipted through a broker restart, alarms first', async () => {
    const order = new StormOrder();
    const {
      clock: _c,
      log: _l,
      ...o
    } = fleetOptions(platform.mosq.url, {
      hubs: HUBS,
      idPattern: 'THREADED-{n}',
      rampPerS: 400,
    });
    const fleet = new FleetThreads({
      ...o,
      threads: 3,
      logLevel: 'silent',
      onEvent: order.onEvent,
    });
    try {
      await fleet.start();
      await waitFor(() => fleet.stats.connected === HUBS, { what: `all ${HUBS} hubs connected`, ms: 60_000 });
      expect(fleet.stats.firstConnectMs.length).toBe(HUBS);
      fleet.raise('alarm', HUBS);
      await waitFor(() => fleet.stats.latencyMs.alarm.length === HUBS, { what: `${HUBS} alarms receipted` });
      // Each hub raised one: 120 distinct hub ids, so the threads' numbering did not overlap.
      expect(order.receipts.size).toBe(HUBS);

      await platform.mosq.kill();
      await waitFor(() => fleet.stats.connected === 0, { what: 'every hub to see the broker gone' });
      order.clear();
      fleet.stats.openWindow(Date.now());
      const alarms = await fleet.raiseEach(['test', 'alarm']);
      fleet.stats.closeWindow(Date.now());
      expect(new Set(alarms.map(([, hubId]) => hubId)).size).toBe(HUBS);
      await platform.mosq.start();
      await waitFor(() => fleet.stats.connected === HUBS, { what: `all ${HUBS} hubs back`, ms: 60_000 });
      await waitFor(() => fleet.stats.windowLatencyMs.test.length === HUBS, {
        what: 'every storm test alarm receipted',
        ms: 90_000,
      });
      await waitFor(() => fleet.pending === 0, { what: 'every part reporting nothing pending' });

      expect(fleet.stats.windowLatencyMs.alarm.length).toBe(HUBS);
      expect(fleet.stats.raised).toEqual({ alarm: 2 * HUBS, technical: 0, test: HUBS });
      // Raised test first, the alarm goes first; sent in raise order, none would be alarm-first.
      expect(order.alarmOvertaken()).toEqual([]);
      expect(
        order.alarmFirst(),
        `hubs whose storm alarm was receipted first, of ${HUBS}`,
      ).toBeGreaterThanOrEqual(HUBS / 2);
      for (const [hubId, lanes] of order.receipts)
        expect(`${hubId}: ${[...lanes].sort()}`).toBe(`${hubId}: alarm,test`);
      expect(order.receipts.size).toBe(HUBS);
      expect((await fleet.loopDelay()).length).toBe(3);
    } finally {
      await fleet.stop();
    }
  }, 240_000);

  it('vakt fleet --threads 2 --json: one report for both threads', async () => {
    const r = await runCli([
      'fleet',
      ...['--broker', platform.mosq.url, '--hubs', '21', '--threads', '2', '--duration', '4s'],
      ...['--heartbeat', '10s', '--alarms-per-hour', '3600', '--technical-per-hour', '0', '--json'],
    ]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as {
      hubs: number;
      connected: number;
      firstConnect: { count: number };
      latency: Record<string, { raised: number; count: number }>;
    };
    expect(report).toMatchObject({ hubs: 21, connected: 21, firstConnect: { count: 21 } });
    expect(report.latency.alarm!.raised).toBeGreaterThan(21);
    expect(report.latency.alarm!.count).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/vakt fleet: connected 21\/21/);
  }, 60_000);

  it('vakt fleet --threads 0: a usage error naming the flag', async () => {
    const r = await runCli(['fleet', '--broker', platform.mosq.url, '--threads', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--threads must be a number between 1 and 64/);
  });
});
