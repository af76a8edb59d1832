/**
 * The control socket's `subscribe` against a real `vakt run` on firmware-sim over a real PTY: a
 * burst of 1,000 device events written by the dongle reaches a subscriber — each one, in order,
 * with none dropped. (A subscriber that stops reading: gateway/control/subscription.test.ts.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { FeedEvent } from '../gateway/control/event-feed.ts';
import { subscribeGateway } from '../gateway/control/subscribe-client.ts';
import { encodeFrame, samplePendantAlarm } from '../protocol/serial/index.ts';
import { startHubDaemon } from './support/hub-daemon.ts';
import { pairPendantByCli, startCli } from './support/run-cli.ts';
import { waitFor } from './support/wait-for.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterAll(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** 1,000 distinct events from B1 in one write: alarms and door-like statuses, seq 1..1000. */
function burst(): Buffer {
  return Buffer.concat(
    Array.from({ length: 1000 }, (_, i) =>
      encodeFrame({
        ...samplePendantAlarm,
        seq: i + 1,
        uptime: 5000,
        ...(i % 2 ? { eventClass: 'status' as const, statusCode: 76 } : {}),
      }),
    ),
  );
}

describe('control socket subscribe', () => {
  it('a 1,000-event burst through a real daemon reaches a subscriber: none lost, none dropped, in order', async () => {
    const hub = await startHubDaemon({ hubId: 'H-SUB' });
    cleanup.push(() => hub.stop());
    await pairPendantByCli(hub.socket, 'B1 bedroom');
    const events: FeedEvent[] = [];
    const sub = await subscribeGateway(hub.socket, (e) => events.push(e), { frames: true });
    cleanup.push(() => sub.close());
    // And `vakt monitor --json`, as a technician would watch the same burst.
    const monitor = startCli(['monitor', '--json', '--socket', hub.socket]);
    cleanup.push(() => monitor.child.kill('SIGKILL'));
    await waitFor(() => monitor.err().includes('Watching'), { what: 'vakt monitor subscribed' });

    hub.sim.dongle.writeRaw(burst());
    const deviceEvents = () => events.filter((e) => e.kind === 'device_event');
    await waitFor(() => deviceEvents().length >= 1000, {
      ms: 90_000,
      what: `1,000 device events pushed (have ${deviceEvents().length})`,
    });
    const seqs = deviceEvents().map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(events.filter((e) => e.kind === 'dropped')).toEqual([]);
    // Each admitted frame too, and each event names its device for a reader.
    expect(events.filter((e) => e.kind === 'frame' && e.refused === null).length).toBeGreaterThanOrEqual(1000);
    expect(deviceEvents()[0]).toMatchObject({
      deviceId: '00A1B2C3',
      deviceType: 3,
      label: 'B1 bedroom',
      eventClass: 'alarm',
      statusCode: 10,
    });
    expect(deviceEvents()[1]).toMatchObject({ eventClass: 'status', statusCode: 76 });
    const monitored = () =>
      monitor
        .out()
        .split('\n')
        .filter((l) => l.includes('"kind":"device_event"'));
    await waitFor(() => monitored().length >= 1000, {
      ms: 30_000,
      what: `vakt monitor to print 1,000 device events (has ${monitored().length})`,
    });
    expect(monitored().map((l) => (JSON.parse(l) as { seq: number }).seq)).toEqual(seqs);
    expect(monitor.out()).not.toContain('"kind":"dropped"');
    monitor.child.kill('SIGINT');
    expect(await monitor.exit).toBe(0);
  }, 120_000);
});
