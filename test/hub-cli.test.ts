/**
 * The installer's and technician's commands against a running `vakt run` (firmware-sim on a PTY)
 * through its control socket only: pair (learn mode and by id), devices, status, monitor, unpair,
 * and test-alarm as a real round trip to the reference platform on aedes and on mosquitto.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Pendant } from '../firmware-sim/devices/pendant.ts';
import { callGateway } from '../gateway/control/client.ts';
import { startHubDaemon, startHubWithPlatform } from './support/hub-daemon.ts';
import { Mosquitto } from './support/mosquitto.ts';
import { runCli, startCli } from './support/run-cli.ts';
import { waitFor } from './support/wait-for.ts';
import { platform } from './support/uplink-rig.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const json = (s: string) => JSON.parse(s) as Record<string, unknown>;

describe('hub commands', () => {
  it('aedes: pair by learn mode, devices, status, monitor, test-alarm round trip, unpair', async () => {
    const { p, hub } = await startHubWithPlatform(cleanup);
    const s = ['--socket', hub.socket];

    const pairing = startCli([
      'pair',
      '--label',
      'bedroom pendant',
      '--location',
      '12',
      '--timeout',
      '20',
      '--json',
      ...s,
    ]);
    await waitFor(
      async () => ((await callGateway(hub.socket, 'status')) as { learn: { active: boolean } }).learn.active,
      { what: 'learn mode on' },
    );
    (hub.sim.device('B1') as Pendant).press();
    expect(await pairing.exit).toBe(0);
    expect(json(pairing.out())).toMatchObject({
      deviceId: '00A1B2C3',
      result: expect.stringMatching(/paired$/),
    });

    const devices = await runCli(['devices', '--json', ...s]);
    expect(devices.status).toBe(0);
    expect(json(devices.stdout).paired).toEqual([
      expect.objectContaining({
        deviceId: '00A1B2C3',
        label: 'bedroom pendant',
        location: 12,
        supervision: 'grace',
      }),
    ]);
    const table = await runCli(['devices', ...s]);
    expect(table.stdout).toMatch(/00A1B2C3.*personal trigger.*bedroom pendant/);

    // Plain output: its first line says the monitor is following, so the test alarm comes after.
    const monitor = startCli(['monitor', ...s]);
    cleanup.push(() => monitor.child.kill('SIGKILL'));
    await waitFor(() => monitor.out().includes('Watching'), { what: 'monitor to start following' });
    const test = await runCli(['test-alarm', '00A1B2C3', '--json', ...s]);
    expect(test.status).toBe(0);
    const result = json(test.stdout) as { eventId: string; roundTripMs: number; path: string };
    expect(result.path).toBe('primary');
    expect(p.handled().find((e) => e.eventId === result.eventId)).toMatchObject({
      eventClass: 'EVENT_CLASS_TEST',
      deviceId: '00A1B2C3',
    });
    await waitFor(() => monitor.out().includes(`${result.eventId}/r`), {
      ms: 5000,
      what: `monitor to show the receipt of ${result.eventId}`,
    });
    monitor.child.kill('SIGINT');
    expect(await monitor.exit).toBe(0);

    const status = await runCli(['status', '--json', ...s]);
    expect(json(status.stdout)).toMatchObject({
      hubId: 'H-CLI',
      devices: 1,
      uplink: { path: 'primary' },
      outbox: { depth: 0 },
    });
    const screen = await runCli(['status', ...s]);
    expect(screen.stdout).toMatch(/uplink\s+on primary/);

    expect((await runCli(['unpair', '00A1B2C3', ...s])).stdout).toMatch(/unpaired 00A1B2C3/);
    expect(json((await runCli(['devices', '--json', ...s])).stdout).paired).toEqual([]);
  }, 60_000);

  it('mosquitto: test-alarm round trip; without a platform it fails clearly with exit 1; gateway down → exit 3', async () => {
    const m = await new Mosquitto().start();
    cleanup.push(() => m.stop());
    const hub = await startHubDaemon({ broker: m.url });
    cleanup.push(() => hub.stop());
    const s = ['--socket', hub.socket];
    const lonely = await runCli(['test-alarm', '--timeout', '2', ...s]);
    expect(lonely.status).toBe(1);
    expect(lonely.stderr).toMatch(/no receipt for test alarm .* within 2 s/);
    const p = await platform(m.url);
    cleanup.push(() => p.r.stop());
    const ok = await runCli(['test-alarm', ...s]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/Receipted by the platform in \d+ ms via the primary broker/);
    const technical = json((await runCli(['status', '--json', ...s])).stdout).openTechnicalAlarms;
    expect(technical).toEqual([]);
    const down = await runCli(['status', '--socket', `${hub.dir}/nope.sock`]);
    expect(down.status).toBe(3);
    expect(down.stderr).toMatch(/cannot reach the gateway/);
  }, 60_000);
});
