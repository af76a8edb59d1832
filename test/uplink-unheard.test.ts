/**
 * An alarm the broker took while no platform receiver was subscribed (the first second after a
 * broker restart, before the receivers are back): mosquitto answers PUBACK 0x10 "No matching
 * subscribers", and the hub resends within about a second instead of after its receipt timeout.
 * The same for its heartbeat: the broker answered, so the hub keeps the connection and beats
 * again soon instead of dropping it as half-open.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Mosquitto } from './support/mosquitto.ts';
import { HubRig, platform, uplinkSettings } from './support/uplink-rig.ts';
import { elapsed, waitFor } from './support/wait-for.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

describe('uplink: an event nobody was subscribed to', () => {
  it('is resent soon once a receiver subscribes, not after the 10 s receipt timeout', async () => {
    const mosq = await new Mosquitto({ extra: ['set_tcp_nodelay true'] }).start();
    cleanup.push(() => mosq.stop());
    const hub = new HubRig(
      uplinkSettings(mosq.url, { receiptTimeoutMs: 10_000, heartbeatIntervalMs: 60_000 }),
    );
    cleanup.push(() => hub.stop());
    const unheard: string[] = [];
    hub.uplink.on('unheard', (eventId) => unheard.push(eventId));
    hub.uplink.start();
    await waitFor(() => hub.uplink.activePath === 'primary', { what: 'the hub connected', ms: 10_000 });
    const [alarm] = hub.accept(1);
    const raisedAt = Date.now();
    // No receiver for 1.5 s: every copy until then reaches nobody.
    await waitFor(elapsed(raisedAt, 1_500), { what: 'an unheard second and a half', ms: 5_000 });
    const p = await platform(mosq.url);
    cleanup.push(() => p.r.stop());
    await waitFor(() => hub.store.outboxStats().depth === 0, { what: 'the alarm receipted', ms: 15_000 });
    const receiptedAfter = Date.now() - raisedAt;
    const [copy] = p.handled();
    expect(copy).toMatchObject({ eventId: alarm });
    expect(copy!.attempt as number).toBeGreaterThan(1);
    // Every copy before the heard one was reported unheard (vakt fleet counts them).
    expect(unheard.length).toBe((copy!.attempt as number) - 1);
    expect(new Set(unheard)).toEqual(new Set([alarm]));
    // Resends double from 500 ms (full jitter): the copy after the receiver came is at most
    // ~2 s behind it; the receipt timeout would have made it 10 s.
    expect(receiptedAfter).toBeLessThan(6_000);
  }, 40_000);

  it('a heartbeat nobody heard keeps the connection, and is answered soon once a receiver subscribes', async () => {
    const mosq = await new Mosquitto({ extra: ['set_tcp_nodelay true'] }).start();
    cleanup.push(() => mosq.stop());
    const hub = new HubRig(
      uplinkSettings(mosq.url, { receiptTimeoutMs: 1_000, heartbeatIntervalMs: 10_000 }),
    );
    cleanup.push(() => hub.stop());
    let births = 0;
    hub.uplink.on('birth', () => births++);
    hub.uplink.start();
    await waitFor(() => births === 1, { what: 'the hub connected', ms: 10_000 });
    const connectedAt = Date.now();
    // Three receipt timeouts with nobody subscribed: before, each one dropped the connection.
    await waitFor(elapsed(connectedAt, 3_000), { what: 'three receipt timeouts', ms: 6_000 });
    expect(births).toBe(1);
    const p = await platform(mosq.url);
    cleanup.push(() => p.r.stop());
    const answered = () => (hub.uplink.status().brokers as Array<{ heartbeatAnsweredAt: number | null }>)[0];
    await waitFor(() => answered()?.heartbeatAnsweredAt != null, { what: 'a heartbeat answered', ms: 8_000 });
    expect(births).toBe(1);
  }, 40_000);
});
