/**
 * The retained state and inventory a platform relies on: a subscriber that arrives at any time
 * sees HubState ONLINE and the DeviceInventory at once; pairing, relabelling and unpairing
 * republish the inventory; a reconnect (a new birth) republishes it too.
 */
import mqtt from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import { InventoryPublisher } from '../gateway/uplink/inventory-publisher.ts';
import { topicFor, v1, type vakt } from '../protocol/uplink/index.ts';
import { startEmbeddedBroker } from '../tools/broker/embedded-broker.ts';
import { HUB, HubRig, quiet, uplinkSettings } from './support/uplink-rig.ts';
import { waitFor } from './support/wait-for.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** A fresh subscriber's view of the retained state and inventory (what a platform sees on subscribe). */
async function retained(
  url: string,
): Promise<{ state?: vakt.v1.HubState; inventory?: vakt.v1.DeviceInventory }> {
  const c = await mqtt.connectAsync(url, { clientId: `late-${Math.random().toString(16).slice(2, 8)}` });
  const seen: { state?: vakt.v1.HubState; inventory?: vakt.v1.DeviceInventory } = {};
  c.on('message', (topic, payload, packet) => {
    if (!packet.retain) return;
    if (topic.endsWith('/state')) seen.state = v1.HubState.decode(payload);
    if (topic.endsWith('/inventory')) seen.inventory = v1.DeviceInventory.decode(payload);
  });
  await c.subscribeAsync([topicFor('vakt/v1', HUB, 'state'), topicFor('vakt/v1', HUB, 'inventory')], {
    qos: 1,
  });
  await waitFor(() => seen.state && seen.inventory, { ms: 5000, what: 'retained state and inventory' });
  await c.endAsync();
  return seen;
}

const labels = (inv: vakt.v1.DeviceInventory | undefined) => inv?.devices.map((d) => d.label).sort();

describe('retained inventory', () => {
  it('a fresh subscriber sees state and inventory; pair, relabel, unpair and reconnects republish it', async () => {
    const b = await startEmbeddedBroker({ port: 0 });
    cleanup.push(() => b.close());
    const hub = new HubRig(uplinkSettings(b.url));
    cleanup.push(() => hub.stop());
    const publisher = new InventoryPublisher(
      HUB,
      hub.uplink,
      hub.store,
      { states: () => ({}) },
      hub.clock,
      quiet,
    );
    publisher.start();
    cleanup.push(() => publisher.stop());
    hub.uplink.start();
    await waitFor(() => hub.uplink.activePath === 'primary', { ms: 10_000, what: 'the primary path' });

    const first = await retained(b.url);
    expect(first.state?.status).toBe(v1.HubStatus.HUB_STATUS_ONLINE);
    expect(labels(first.inventory)).toEqual(['pendant']);

    hub.store.pair({ deviceId: 0x00c0ffee, deviceType: 4, label: 'pull cord' });
    await waitFor(async () => labels((await retained(b.url)).inventory)?.length === 2, {
      what: 'pair republished',
    });
    hub.store.pair({ deviceId: 0x00c0ffee, deviceType: 4, label: 'bathroom cord' });
    await waitFor(async () => labels((await retained(b.url)).inventory)?.includes('bathroom cord'), {
      what: 'relabel republished',
    });
    hub.store.unpair(0x00a1b2c3);
    await waitFor(async () => labels((await retained(b.url)).inventory)?.join() === 'bathroom cord', {
      what: 'unpair republished',
    });

    // A new birth (the broker dropped the connection) republishes the inventory after ONLINE.
    const before = (await retained(b.url)).inventory?.atMs ?? 0;
    const bdSeq = (await retained(b.url)).state?.bdSeq ?? 0;
    b.dropClients();
    await waitFor(
      async () => {
        const now = await retained(b.url);
        return Number(now.state?.bdSeq) > Number(bdSeq) && Number(now.inventory?.atMs) > Number(before);
      },
      { ms: 15_000, what: 'state and inventory after the reconnect' },
    );
  }, 60_000);
});
