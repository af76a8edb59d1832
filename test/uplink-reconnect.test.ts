/**
 * After a broker outage long enough for the backoff to reach its cap, the hub is back within
 * reconnectMax of the broker's return (docs/uplink.md, "Reconnect") — with the shipped defaults,
 * 1 s and 5 s, where the old 30 s cap took ~34 s. A real mosquitto, killed and restarted on the
 * same port.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../gateway/config/load.ts';
import { Mosquitto } from './support/mosquitto.ts';
import { toolMissing } from './support/system-tools.ts';
import { brokerSettings, HubRig, uplinkSettings } from './support/uplink-rig.ts';
import { elapsed, waitFor } from './support/wait-for.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const defaults = parseConfig(
  'hub:\n  id: H-1\nserial:\n  port: /dev/ttyUSB0\nuplink:\n  primary:\n    url: mqtts://b:8883\n',
).config.uplink;

describe.skipIf(toolMissing('mosquitto'))('broker reconnect with the default backoff', () => {
  it('is back within reconnectMax (5 s) of the broker returning after a 12 s outage', async () => {
    expect([defaults.reconnectMin, defaults.reconnectMax]).toEqual([1000, 5000]);
    const m = await new Mosquitto().start();
    cleanup.push(() => m.stop());
    const primary = {
      ...brokerSettings(m.url),
      reconnectMinMs: defaults.reconnectMin,
      reconnectMaxMs: defaults.reconnectMax,
      heartbeatIntervalS: 60,
    };
    const rig = new HubRig(uplinkSettings(m.url, { primary, heartbeatIntervalMs: 60_000 }));
    cleanup.push(() => rig.uplink.stop());
    rig.uplink.start();
    await waitFor(() => rig.uplink.activePath === 'primary', { ms: 10_000, what: 'the first connection' });

    await m.kill();
    const killedAt = Date.now();
    await waitFor(() => rig.uplink.activePath === undefined, {
      ms: 10_000,
      what: 'the hub to see the broker gone',
    });
    // The outage's length is the scenario, not a condition: attempts 1 s, 2 s, 4 s, then capped
    // (each fully jittered), so by 12 s the backoff has reached reconnectMax.
    await waitFor(elapsed(killedAt, 12_000), { what: 'a 12 s outage', ms: 15_000, everyMs: 100 });
    await m.start();
    const back = Date.now();
    await waitFor(() => rig.uplink.activePath === 'primary', { ms: 15_000, what: 'the hub to reconnect' });
    const tookMs = Date.now() - back;
    // reconnectMax plus a connect on a loaded machine.
    expect(tookMs).toBeLessThan(defaults.reconnectMax + 2500);
  }, 60_000);
});
