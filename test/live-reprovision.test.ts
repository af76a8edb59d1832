/**
 * `vakt provision` against a running `vakt run`: the hub was provisioned with a broker nothing
 * listens on, so an alarm waits in its outbox. Provisioning the real broker (mosquitto, with the
 * reference receiver behind it) while the daemon runs asks the daemon about the receiver port it
 * holds, writes the file, and has the daemon apply it live: the same process, the serial port
 * never reopened (the ingest's link-open count unchanged), and the queued alarm — and the next
 * one — reach the platform. Then a change that needs a restart (the log level) restarts the
 * gateway in place: same process, the socket back, the outbox kept. A test alarm sent before the
 * live change is answered by its receipt over the rebuilt uplink. A restart change the gateway
 * cannot start on (a control socket under a regular file) puts it back on the config before, and
 * `status` says why; `vakt provision` gives the file its previous text back in that case.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEBOUNCE_MS } from '../firmware-sim/devices/firmware.ts';
import type { Pendant } from '../firmware-sim/devices/pendant.ts';
import { callGateway } from '../gateway/control/client.ts';
import { startHubDaemon } from './support/hub-daemon.ts';
import { Mosquitto } from './support/mosquitto.ts';
import { runCli } from './support/run-cli.ts';
import { platform } from './support/uplink-rig.ts';
import { elapsed, waitFor } from './support/wait-for.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterAll(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

type Rolled = Status & { reload: { lastFailure: string | null } };

interface Status {
  receiver: { up: boolean; linkOpens: number };
  outbox: { depth: number };
  uplink: { path: string | null };
  uptimeS: number;
}

describe('vakt provision on a running hub', () => {
  it('changes the broker live while an alarm is queued: nothing lost, the serial link never reopened', async () => {
    const m = await new Mosquitto().start();
    cleanup.push(() => m.stop());
    const p = await platform(m.url);
    cleanup.push(() => p.r.stop());
    const hub = await startHubDaemon({ hubId: 'H-LIVE' }); // broker: mqtt://127.0.0.1:1, nothing there
    cleanup.push(() => hub.stop());
    const status = async () => (await callGateway(hub.socket, 'status')) as Status;
    await callGateway(hub.socket, 'pair', { allowUnauthenticated: true, deviceId: '00A1B2C3', deviceType: 3 });
    await waitFor(async () => (await status()).receiver.up, { what: 'the hub to hear its receiver' });

    const pendant = hub.sim.device('B1') as Pendant;
    let pressedAt = Date.now();
    pendant.press();
    await waitFor(async () => (await status()).outbox.depth >= 1, { what: 'the alarm queued in the outbox' });
    // A test alarm in flight while the uplink is rebuilt must still hear its receipt.
    const testAlarm = callGateway(hub.socket, 'test-alarm', { timeoutMs: 60_000 }, 70_000);
    await waitFor(async () => (await status()).outbox.depth >= 2, { what: 'the test alarm queued too' });
    const before = await status();
    const pid = hub.daemon.child.pid;

    const r = await runCli([
      'provision',
      '--yes',
      '--config',
      hub.config,
      '--broker',
      m.url,
      '--check-timeout',
      '3',
    ]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("the hub's daemon is running");
    expect(r.stdout).toMatch(
      /ok\s+receiver port .*held by the running daemon, which asked it: receiver answered/,
    );
    expect(r.stdout).toContain(
      'applied to the running hub without a restart (serial link kept): uplink.primary',
    );
    expect(readFileSync(hub.config, 'utf8')).toContain(m.url);

    await waitFor(() => p.handled().some((e) => e.deviceSeq !== undefined), {
      ms: 20_000,
      what: 'the queued alarm at the platform',
    });
    expect(await testAlarm).toMatchObject({ path: 'primary' });
    await waitFor(async () => (await status()).outbox.depth === 0, { what: 'the outbox drained' });
    await waitFor(elapsed(pressedAt, DEBOUNCE_MS + 50), { what: "the button's debounce" });
    pressedAt = Date.now();
    pendant.press();
    const deviceAlarms = () => p.handled().filter((e) => e.deviceSeq !== undefined);
    await waitFor(() => deviceAlarms().length >= 2, { ms: 20_000, what: 'the next alarm at the platform' });

    const after = await status();
    expect(after.receiver.linkOpens).toBe(before.receiver.linkOpens);
    expect(after.receiver.up).toBe(true);
    expect(after.uptimeS).toBeGreaterThanOrEqual(before.uptimeS); // the same gateway, not a restart
    expect(hub.daemon.out() + hub.daemon.err()).not.toContain('serial link down');
    expect(hub.daemon.child.pid).toBe(pid);
    expect(hub.daemon.child.exitCode).toBeNull();
    expect(new Set(p.handled().map((e) => e.eventId)).size).toBe(p.handled().length);

    // A change the intake was built from: the gateway restarts in place on it.
    const rewritten = readFileSync(hub.config, 'utf8').replace('level: warn', 'level: error');
    const plan = await callGateway(hub.socket, 'reload', { config: rewritten, dryRun: true });
    expect(plan).toMatchObject({ action: 'checked', live: [], restart: ['log.level'] });
    writeFileSync(hub.config, rewritten, { mode: 0o600 });
    expect(await callGateway(hub.socket, 'reload')).toMatchObject({
      action: 'restarting',
      restart: ['log.level'],
    });
    await waitFor(
      async () => {
        // The new config in force (not the uptime: a fast test restarts within the same second).
        const s = await status().catch(() => undefined);
        if (s?.receiver.up !== true || s.uplink.path !== 'primary') return false;
        const inForce = (await callGateway(hub.socket, 'reload', { config: rewritten, dryRun: true })) as {
          action: string;
        };
        return inForce.action === 'unchanged';
      },
      { ms: 20_000, what: 'the gateway back after its restart in place' },
    );
    expect(hub.daemon.child.pid).toBe(pid);

    // A restart change the gateway cannot start on: it goes back to the config before.
    const blocker = join(dirname(hub.config), 'a-file');
    writeFileSync(blocker, '');
    const unstartable = rewritten.replace(/socket: .*/, `socket: ${blocker}/control.sock`);
    expect(await callGateway(hub.socket, 'reload', { config: unstartable })).toMatchObject({
      action: 'restarting',
      restart: ['control.socket'],
    });
    const rolledBack = await waitFor(
      async () => {
        const s = (await callGateway(hub.socket, 'status').catch(() => undefined)) as Rolled | undefined;
        return s?.reload.lastFailure && s.receiver.up ? s : undefined;
      },
      { ms: 20_000, what: 'the gateway back on the config before, saying why' },
    );
    expect(rolledBack.reload.lastFailure).toContain(`control socket's directory ${blocker}`);
    expect(await callGateway(hub.socket, 'reload', { config: rewritten, dryRun: true })).toMatchObject({
      action: 'unchanged',
    });
    expect(hub.daemon.child.pid).toBe(pid);
    expect(hub.daemon.child.exitCode).toBeNull();
  }, 120_000);
});
