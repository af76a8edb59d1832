/**
 * SIGTERM (what `systemctl stop` and a restart send) during bursts of button presses, five
 * times, with mosquitto between the hub and a receipting platform: each stop exits 0 within
 * SHUTDOWN_BOUND_MS and removes the control socket; every event a device got an ACK for reaches
 * the platform exactly once after its dedupe; each connection says OFFLINE exactly once (the
 * hub's own goodbye, no last will on top of it, because it disconnects cleanly).
 */
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { DEBOUNCE_MS } from '../firmware-sim/devices/firmware.ts';
import type { Pendant } from '../firmware-sim/devices/pendant.ts';
import { callGateway } from '../gateway/control/client.ts';
import { SHUTDOWN_BOUND_MS } from '../gateway/service/shutdown.ts';
import { hex32 } from '../protocol/serial/index.ts';
import { startHubDaemon } from './support/hub-daemon.ts';
import { Mosquitto } from './support/mosquitto.ts';
import { platform } from './support/uplink-rig.ts';
import { elapsed, waitFor } from './support/wait-for.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterAll(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const NAMES = ['B1', 'B2', 'B3', 'B4'];
const ROUNDS = 5;

describe('vakt run stopped with SIGTERM', () => {
  it('5 stops during bursts: exit 0 within the bound, nothing ACKed is lost, one OFFLINE per connection', async () => {
    const m = await new Mosquitto({ persistence: true }).start();
    cleanup.push(() => m.stop());
    const p = await platform(m.url);
    cleanup.push(() => p.r.stop());
    const hub = await startHubDaemon({
      broker: m.url,
      hubId: 'H-TERM',
      devices: NAMES.map((n, i) => `  - { name: ${n}, id: 00A1B2C${i}, kind: pendant }\n`).join(''),
    });
    cleanup.push(() => hub.stop());
    for (const [i] of NAMES.entries())
      await callGateway(hub.socket, 'pair', {
        allowUnauthenticated: true,
        deviceId: `00A1B2C${i}`,
        deviceType: 3,
      });

    for (let round = 0; round < ROUNDS; round++) {
      const pressedAt = Date.now();
      for (const n of NAMES) (hub.sim.device(n) as Pendant).press();
      // The stop lands at a different point of the round each time: chaos timing, not a wait.
      await new Promise((r) => setTimeout(r, 100 + ((round * 137) % 400)));
      const d = hub.daemon;
      d.child.kill('SIGTERM');
      d.child.kill('SIGTERM'); // a second signal while stopping must not cut the stop short
      const code = await Promise.race([
        d.exit,
        new Promise((r) => setTimeout(() => r('still running'), SHUTDOWN_BOUND_MS + 2000)),
      ]);
      expect(code, d.out() + d.err()).toBe(0);
      expect(existsSync(hub.socket)).toBe(false);
      await hub.run();
      await waitFor(elapsed(pressedAt, DEBOUNCE_MS), { what: "the buttons' debounce" });
      await waitFor(
        async () => ((await callGateway(hub.socket, 'status')) as { receiver: { up: boolean } }).receiver.up,
        { what: 'the restarted hub to hear its receiver' },
      );
    }

    const acked = () =>
      new Set(
        hub.sim.events
          .filter((e) => e.type === 'acked' && e.eventClass === 'alarm')
          .map((e) => `${hex32((e as { deviceId: number }).deviceId)}:${(e as { seq: number }).seq}`),
      );
    await waitFor(() => acked().size === ROUNDS * NAMES.length, {
      ms: 20_000,
      what: 'every alarm ACKed by the hub',
    });
    const handled = () => p.handled().map((e) => `${e.deviceId}:${e.deviceSeq}`);
    await waitFor(() => new Set(handled()).size >= acked().size, {
      ms: 20_000,
      what: 'every ACKed alarm handled by the platform',
    });
    expect(new Set(handled())).toEqual(acked());
    expect(handled().length).toBe(new Set(handled()).size);

    const states = p.handled('state') as Array<{ status?: string; bdSeq?: number | string }>;
    const offline = states.filter((s) => String(s.status).includes('OFFLINE')).map((s) => String(s.bdSeq));
    expect(offline.length).toBeGreaterThanOrEqual(ROUNDS);
    expect(offline.length).toBe(new Set(offline).size);
  }, 60_000);
});
