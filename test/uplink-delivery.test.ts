/**
 * The uplink on real brokers (aedes in-process and mosquitto processes): bursts with broker
 * restarts, queueing from boot, priority order after an outage and its report, half-open TCP,
 * failover to the secondary and back.
 */
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type EmbeddedBroker, startEmbeddedBroker } from '../tools/broker/embedded-broker.ts';
import { freePort } from './support/free-port.ts';
import { Mosquitto } from './support/mosquitto.ts';
import { elapsed, waitFor } from './support/wait-for.ts';
import { brokerSettings, HubRig, platform, uplinkSettings } from './support/uplink-rig.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function aedesOn(port: number): Promise<EmbeddedBroker> {
  const b = await startEmbeddedBroker({ port });
  cleanup.push(() => b.close().catch(() => {}));
  return b;
}

/** Every id handled exactly once by the platform (its dedupe removed the allowed duplicates). */
function expectExactlyOnce(handled: Array<{ eventId: string }>, ids: string[]): void {
  const seen = handled.map((e) => e.eventId);
  expect(new Set(seen).size).toBe(seen.length);
  expect(new Set(seen)).toEqual(new Set(ids));
}

describe('uplink delivery', () => {
  it('aedes: 1,000 alarms while the broker restarts 5 times → every one receipted, none lost or doubled', async () => {
    const port = await freePort();
    let broker = await aedesOn(port);
    const p = await platform(broker.url);
    cleanup.push(() => p.r.stop());
    const hub = new HubRig(uplinkSettings(broker.url));
    cleanup.push(() => hub.stop());
    hub.uplink.start();
    const ids: string[] = [];
    for (let round = 0; round < 5; round++) {
      const before = p.handled().length;
      ids.push(...hub.accept(200));
      await waitFor(() => p.handled().length > before, { what: `round ${round} under way at the platform` });
      await broker.close();
      await waitFor(() => hub.uplink.activePath === undefined, { what: 'the hub to see the broker gone' });
      broker = await aedesOn(port);
    }
    await waitFor(() => hub.store.outboxStats().depth === 0, { ms: 60_000, what: 'the outbox to drain' });
    expectExactlyOnce(p.handled(), ids);
  }, 90_000);

  it('mosquitto: 1,000 alarms while the broker is killed and restarted 5 times → every one receipted', async () => {
    const m = await new Mosquitto({ persistence: true }).start();
    cleanup.push(() => m.stop());
    const p = await platform(m.url);
    cleanup.push(() => p.r.stop());
    const hub = new HubRig(uplinkSettings(m.url));
    cleanup.push(() => hub.stop());
    hub.uplink.start();
    const ids: string[] = [];
    for (let round = 0; round < 5; round++) {
      const before = p.handled().length;
      ids.push(...hub.accept(200));
      await waitFor(() => p.handled().length > before, { what: `round ${round} under way at the platform` });
      await m.kill();
      await waitFor(() => hub.uplink.activePath === undefined, { what: 'the hub to see the broker gone' });
      await m.start();
    }
    await waitFor(() => hub.store.outboxStats().depth === 0, { ms: 60_000, what: 'the outbox to drain' });
    expectExactlyOnce(p.handled(), ids);
  }, 90_000);

  it('queues from boot; after an outage alarms go before status events and the outage is reported truly', async () => {
    const port = await freePort();
    const hub = new HubRig(uplinkSettings(`mqtt://127.0.0.1:${port}`));
    cleanup.push(() => hub.stop());
    hub.uplink.start(); // nothing listens yet: the hub boots into an outage
    const bootedAt = Date.now();
    const status = hub.accept(20, 'status');
    const alarms = hub.accept(10, 'alarm');
    // The outage itself is under test: it must last long enough to measure.
    await waitFor(elapsed(bootedAt, 1700), { ms: 5000, what: 'an outage of 1.7 s' });
    const broker = await aedesOn(port);
    const p = await platform(broker.url);
    cleanup.push(() => p.r.stop());
    await waitFor(() => hub.store.outboxStats().depth === 0 && p.handled('technical').length > 0, {
      ms: 30_000,
      what: 'the outbox to drain and the outage report',
    });
    const order = p.handled().map((e) => e.eventId);
    expect(order.slice(0, 10).sort()).toEqual([...alarms].sort());
    expect(order.slice(10).sort()).toEqual([...status].sort());
    const [report] = p.handled('technical');
    expect(report).toMatchObject({ kind: 'TECHNICAL_KIND_UPLINK_DOWN', state: 'TECHNICAL_STATE_NOTICE' });
    const outage = report!.outage as {
      fromMs: number;
      toMs: number;
      eventsDelayed: number;
      maxDelayMs: number;
    };
    expect(outage.eventsDelayed).toBe(30);
    expect(outage.toMs - outage.fromMs).toBeGreaterThanOrEqual(1700);
    expect(outage.maxDelayMs).toBeGreaterThanOrEqual(1700);
  }, 60_000);

  it('half-open TCP: a connection that silently stops forwarding is dropped by the heartbeat and nothing is lost', async () => {
    const broker = await aedesOn(await freePort());
    const proxy = await blackholeProxy(broker.port);
    cleanup.push(() => proxy.close());
    const p = await platform(broker.url);
    cleanup.push(() => p.r.stop());
    const hub = new HubRig(uplinkSettings(`mqtt://127.0.0.1:${proxy.port}`));
    cleanup.push(() => hub.stop());
    const downs: number[] = [];
    hub.uplink.start();
    await waitFor(() => hub.uplink.activePath === 'primary', { what: 'the uplink on the primary' });
    hub.uplink.on('path', (path) => path === undefined && downs.push(Date.now()));
    const frozenAt = Date.now();
    proxy.freeze(); // TCP stays open both ways; no byte passes
    const ids = hub.accept(10);
    await waitFor(() => hub.store.outboxStats().depth === 0, { ms: 30_000, what: 'the outbox to drain' });
    expectExactlyOnce(p.handled(), ids);
    // Documented bound: heartbeat interval + receipt timeout (2 s + 2 s here), plus scheduling slack.
    expect(downs.length).toBeGreaterThan(0);
    expect(downs[0]! - frozenAt).toBeLessThan(4000 + 2000);
  }, 60_000);

  it('primary down → secondary within failoverAfter → back to the primary once it answers; same event ids', async () => {
    const primaryPort = await freePort();
    let primary = await aedesOn(primaryPort);
    const secondary = await aedesOn(await freePort());
    const pp = await platform(primary.url);
    cleanup.push(() => pp.r.stop());
    const ps = await platform(secondary.url);
    cleanup.push(() => ps.r.stop());
    const hub = new HubRig(
      uplinkSettings(primary.url, { secondary: brokerSettings(secondary.url, 'secondary') }),
    );
    cleanup.push(() => hub.stop());
    const paths: Array<string | undefined> = [];
    hub.uplink.on('path', (x) => paths.push(x));
    hub.uplink.start();
    await waitFor(() => hub.uplink.activePath === 'primary', { what: 'the uplink on the primary' });
    const first = hub.accept(5);
    await waitFor(() => hub.store.outboxStats().depth === 0, { what: 'the outbox to drain' });
    await primary.close();
    const during = hub.accept(5);
    await waitFor(() => hub.uplink.activePath === 'secondary', {
      ms: 15_000,
      what: 'failover to the secondary',
    });
    await waitFor(() => hub.store.outboxStats().depth === 0, {
      ms: 15_000,
      what: 'the outbox to drain via the secondary',
    });
    expect(
      ps
        .handled()
        .map((e) => e.eventId)
        .sort(),
    ).toEqual([...during].sort());
    expect(ps.handled().every((e) => e.path === 'DELIVERY_PATH_SECONDARY')).toBe(true);
    primary = await aedesOn(primaryPort);
    await waitFor(() => hub.uplink.activePath === 'primary', {
      ms: 20_000,
      what: 'the uplink back on the primary',
    });
    const after = hub.accept(5);
    await waitFor(() => hub.store.outboxStats().depth === 0, {
      ms: 15_000,
      what: 'the outbox to drain via the primary',
    });
    const viaPrimary = pp.handled().map((e) => e.eventId);
    expect(viaPrimary).toEqual(expect.arrayContaining([...first, ...after]));
    expect(viaPrimary.filter((id) => during.includes(id))).toEqual([]);
    // No path while the primary's trouble is shorter than failoverAfter: events wait in the outbox.
    // Between the failover and the return, the rig's 2 s heartbeat reply window may drop and
    // re-open the secondary once more on a loaded machine; the order around it is what counts.
    expect(paths.slice(0, 3)).toEqual(['primary', undefined, 'secondary']);
    expect(paths.at(-1)).toBe('primary');
    expect(paths.slice(3, -1).every((x) => x === undefined || x === 'secondary')).toBe(true);
  }, 60_000);
});

/** A TCP proxy whose `freeze()` stops forwarding on existing connections without closing them. */
async function blackholeProxy(
  target: number,
): Promise<{ port: number; freeze(): void; close(): Promise<void> }> {
  const frozen = new Set<Socket>();
  const live = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = tcpConnect(target, '127.0.0.1');
    for (const s of [client, upstream]) {
      live.add(s);
      s.on('error', () => {});
      s.on('close', () => live.delete(s));
    }
    client.on('data', (d) => !frozen.has(client) && upstream.write(d));
    upstream.on('data', (d) => !frozen.has(client) && client.write(d));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return {
    port,
    freeze: () => {
      for (const s of live) frozen.add(s);
    },
    close: async () => {
      for (const s of live) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
