/**
 * `vakt diag` against real parts on a healthy path and its broker account: a `vakt run` daemon on
 * firmware-sim over a PTY, the embedded aedes broker with the reference platform receipting, and
 * mosquitto with a password file and TLS. Each case checks the row that names the problem and the
 * exit code (0 pass, 1 warn, 2 fail). Faults of the port, outbox, names and modem: diag-faults.test.ts.
 */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Pendant } from '../firmware-sim/devices/pendant.ts';
import { parseScenario } from '../firmware-sim/scenario/load.ts';
import { Simulation } from '../firmware-sim/simulation.ts';
import { hubConfig, report, row } from './support/diag-report.ts';
import { startHubWithPlatform } from './support/hub-daemon.ts';
import { Mosquitto } from './support/mosquitto.ts';
import { pairPendantByCli, runCli } from './support/run-cli.ts';
import { makeTestCa } from './support/test-ca.ts';
import { platform } from './support/uplink-rig.ts';
import { waitFor } from './support/wait-for.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

describe('vakt diag', () => {
  it('healthy: daemon, receiver, paired device, aedes and a receipting platform → every row passes but the $share probe on aedes (warn), exit 1', async () => {
    const { hub } = await startHubWithPlatform(cleanup);
    const s = ['--socket', hub.socket];
    await pairPendantByCli(hub.socket, 'pendant');
    (hub.sim.device('B1') as Pendant).press();
    await waitFor(
      async () => {
        const d = JSON.parse((await runCli(['devices', '--json', ...s])).stdout) as {
          paired: Array<{ lastSeenAt: number | null }>;
        };
        return d.paired[0]?.lastSeenAt !== null;
      },
      { what: 'the paired device to be heard' },
    );
    await waitFor(
      async () => JSON.parse((await runCli(['status', '--json', ...s])).stdout).outbox.depth === 0,
      { what: 'the outbox to drain' },
    );

    const r = await runCli(['diag', '--config', hub.config, '--json', '--timeout', '5s']);
    const { result, rows } = report(r.stdout);
    // aedes grants $share subscriptions and delivers nothing: the one warning, naming what was seen.
    expect(
      rows.filter((x) => x.status !== 'pass'),
      r.stderr,
    ).toEqual([
      {
        check: 'primary broker $share',
        status: 'warn',
        detail: expect.stringMatching(
          /does not honour shared subscriptions: 6 probes published, members got 0 \+ 0/,
        ),
        action: expect.stringContaining('receiver group with $share gets no alarms'),
      },
    ]);
    expect(result).toBe('warn');
    expect(r.status).toBe(1);
    expect(rows.map((x) => x.check)).toEqual([
      'config',
      'daemon',
      'storage write',
      'storage space',
      'serial port',
      'receiver',
      'device 00A1B2C3 (pendant)',
      'primary broker DNS',
      'primary broker TCP',
      'primary broker auth',
      'primary broker publish',
      'primary broker receipt',
      'primary broker $share',
      'uplink path',
      'test alarm',
      'clock',
      'outbox',
    ]);
    expect(row(rows, 'test alarm').detail).toMatch(
      /receipted by the platform in \d+ ms via the primary broker/,
    );
    expect(row(rows, 'primary broker receipt').detail).toMatch(/answered by the platform/);
    // A progress line per row on stderr, in the same order.
    expect(r.stderr.trim().split('\n')).toHaveLength(rows.length);
    expect(r.stderr).toMatch(/^PASS {2}config: /);
  }, 60_000);

  it('wrong broker password: the auth row fails naming the fix, later stages are skipped, exit 2', async () => {
    const m = await new Mosquitto({ users: { 'H-DIAG': 'right-Passw0rd' } }).start();
    cleanup.push(() => m.stop());
    const sim = await Simulation.start({
      scenario: parseScenario(
        'name: diag\nduration: 1h\ndevices:\n  - { name: B1, id: 00A1B2C3, kind: pendant }\n',
      ),
      link: { pty: true },
      timeline: false,
    });
    cleanup.push(() => sim.stop());
    const pw = join(mkdtempSync(join(tmpdir(), 'vakt-diag-pw-')), 'broker.pw');
    writeFileSync(pw, 'wrong-Passw0rd\n', { mode: 0o600 });
    const { config } = hubConfig({
      port: sim.hubPath!,
      broker: m.url,
      brokerExtra: `    username: H-DIAG\n    passwordFile: ${pw}\n`,
    });

    const r = await runCli(['diag', '--config', config, '--timeout', '3s']);
    expect(r.status, r.stdout).toBe(2);
    // Each row once, on stdout, within 80 columns, the action under it; nothing on stderr.
    expect(r.stdout).toMatch(/^FAIL {2}primary broker auth: the broker refused the username\/password/m);
    // Explained as provision, receive and command explain it (tools/receiver/login-refusal.ts).
    expect(r.stdout).toMatch(/^ {6}→ check uplink\.primary\.username and the password in/m);
    expect(r.stdout).toMatch(/whether\s+hub\s+H-DIAG\s+is\s+registered/);
    expect(r.stdout).toMatch(/^SKIP {2}primary broker publish: not tried — auth failed$/m);
    // Without the daemon the port is opened here and the simulated dongle answers.
    expect(r.stdout).toMatch(/^PASS {2}receiver: answering: firmware /m);
    expect(r.stdout).toMatch(/^WARN {2}daemon: /m);
    for (const l of r.stdout.split('\n')) expect(l.length, l).toBeLessThanOrEqual(80);
    expect(r.stdout.match(/^FAIL {2}primary broker auth/gm)).toHaveLength(1);
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stderr).toBe('');
    expect(`${r.stdout}${r.stderr}`).not.toContain('wrong-Passw0rd');
  }, 60_000);

  it('TLS on mosquitto: an unknown CA fails the TLS row; the right CA passes TLS, auth, publish and receipt', async () => {
    const ca = makeTestCa();
    const other = makeTestCa('Some Other CA');
    const m = await new Mosquitto({
      users: { 'H-DIAG': 'right-Passw0rd', platform: 'platform-Passw0rd' },
      tls: ca,
    }).start();
    cleanup.push(() => m.stop());
    const p = await platform(m.url, {
      mqtt: {
        protocolVersion: 4,
        clientId: 'platform-diag',
        reconnectPeriod: 200,
        username: 'platform',
        password: 'platform-Passw0rd',
      },
    });
    cleanup.push(() => p.r.stop());
    const pw = join(mkdtempSync(join(tmpdir(), 'vakt-diag-pw-')), 'broker.pw');
    writeFileSync(pw, 'right-Passw0rd\n', { mode: 0o600 });
    const broker = (caFile: string) =>
      hubConfig({
        port: '/dev/ttyVAKT-NOPE',
        broker: m.tlsUrl,
        brokerExtra: `    ca: ${caFile}\n    username: H-DIAG\n    passwordFile: ${pw}\n`,
      }).config;
    const stages = async (config: string) =>
      report((await runCli(['diag', '--config', config, '--json', '--timeout', '5s'])).stdout).rows.filter(
        (r) => r.check.startsWith('primary broker'),
      );

    const wrong = await stages(broker(other.caFile));
    expect(wrong.map((r) => [r.check, r.status])).toEqual([
      ['primary broker DNS', 'pass'],
      ['primary broker TCP', 'pass'],
      ['primary broker TLS', 'fail'],
      ['primary broker auth', 'skip'],
      ['primary broker publish', 'skip'],
      ['primary broker receipt', 'skip'],
    ]);
    expect(row(wrong, 'primary broker TLS').detail).toContain('is not signed by the CA you gave');

    const right = await stages(broker(ca.caFile));
    expect(right.map((r) => r.status)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass']);
    expect(row(right, 'primary broker $share').detail).toMatch(
      /^mosquitto version .*: shared subscriptions honoured/,
    );
  }, 60_000);
});
