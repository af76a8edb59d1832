/**
 * `vakt fleet` against a real mosquitto and the reference receiver: 200 hubs, each the hub's real
 * uplink stage over the in-memory outbox on its own connection; the broker crashes (SIGKILL) and
 * comes back on the same port. Every hub reconnects, every alarm is receipted, and on every hub
 * the alarm raised during the outage is receipted before the test alarm and the technical alarm
 * raised before it (the outbox's priority; test and technical share a class and keep their age
 * order) — unless the receiver subscribed between the hub's publishes (support/storm-order.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fleet } from '../tools/fleet/fleet.ts';
import { fleetOptions, startFleetPlatform } from './support/fleet-platform.ts';
import { runCli } from './support/run-cli.ts';
import { StormOrder } from './support/storm-order.ts';
import { waitFor } from './support/wait-for.ts';

const HUBS = 200;

describe('vakt fleet: 200 hubs through a broker restart', () => {
  let platform: Awaited<ReturnType<typeof startFleetPlatform>>;
  beforeAll(async () => {
    platform = await startFleetPlatform('fleet-platform');
  });
  afterAll(() => platform?.stop());

  it('all reconnect, every alarm is receipted, alarms raised in the storm overtake test alarms', async () => {
    const order = new StormOrder();
    const fleet = new Fleet(
      fleetOptions(platform.mosq.url, {
        hubs: HUBS,
        idPattern: 'FLEET-{n}',
        rampPerS: 400,
        onEvent: order.onEvent,
      }),
    );
    try {
      await fleet.start();
      await waitFor(() => fleet.stats.connected === HUBS, { what: 'all 200 hubs connected', ms: 60_000 });
      fleet.raise('alarm', HUBS);
      await waitFor(() => fleet.stats.latencyMs.alarm.length === HUBS, { what: '200 alarms receipted' });

      await platform.mosq.kill();
      await waitFor(() => fleet.stats.connected === 0, { what: 'every hub to see the broker gone' });
      order.clear();
      fleet.stats.openWindow(Date.now());
      fleet.raise('test', HUBS); // the test alarm first, then the alarm: priority must reorder them
      fleet.raise('technical', HUBS);
      fleet.raise('alarm', HUBS);
      fleet.stats.closeWindow(Date.now());
      await platform.mosq.start();
      await waitFor(() => fleet.stats.connected === HUBS, { what: 'all 200 hubs back', ms: 60_000 });
      await waitFor(() => fleet.pending === 0, { what: 'every event receipted', ms: 90_000 });

      expect(fleet.stats.reconnectMs.length).toBeGreaterThanOrEqual(HUBS); // a hub may flap once more while the broker comes up
      expect(fleet.stats.latencyMs.alarm.length).toBe(2 * HUBS);
      expect(fleet.stats.windowLatencyMs.test.length).toBe(HUBS);
      expect(order.alarmOvertaken()).toEqual([]);
      expect(order.alarmFirst()).toBeGreaterThanOrEqual(HUBS / 2);
      expect(order.receipts.size).toBe(HUBS);
      // The platform saw every alarm at least once and shows each once.
      expect(platform.receiver.stats.handled).toBe(2 * HUBS + 2 * HUBS);
    } finally {
      await fleet.stop();
    }
  }, 240_000);

  it('vakt fleet --json: a scheduled run reports connections and latency by lane', async () => {
    const r = await runCli([
      'fleet',
      ...['--broker', platform.mosq.url, '--hubs', '20', '--duration', '4s', '--heartbeat', '10s'],
      ...['--alarms-per-hour', '3600', '--tests-per-hour', '1800', '--technical-per-hour', '0', '--json'],
    ]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as {
      hubs: number;
      firstConnect: { count: number };
      latency: Record<string, { raised: number; count: number; p99: number | null }>;
      unheard: Record<string, number>;
    };
    expect(report.hubs).toBe(20);
    expect(report.firstConnect.count).toBe(20);
    expect(report.latency.alarm!.raised).toBeGreaterThan(20);
    expect(report.latency.alarm!.count).toBeGreaterThan(0);
    expect(report.latency.alarm!.p99).not.toBeNull();
    expect(report.unheard).toEqual({ alarm: 0, technical: 0, test: 0 }); // the receiver was there throughout
    expect(r.stderr).toMatch(/vakt fleet: connected 20\/20/);
  }, 60_000);
});
