/**
 * `vakt diag` against real parts: a `vakt run` daemon on firmware-sim over a PTY, the embedded
 * aedes broker with the reference platform receipting, mosquitto with a password file, and a
 * config whose receiver port does not exist. Each case checks the row that names the problem and
 * the exit code (0 pass, 1 warn, 2 fail).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Pendant } from '../firmware-sim/devices/pendant.ts';
import { ModemPort } from '../firmware-sim/modem/modem-port.ts';
import { parseScenario } from '../firmware-sim/scenario/load.ts';
import { Simulation } from '../firmware-sim/simulation.ts';
import { callGateway } from '../gateway/control/client.ts';
import { startEmbeddedBroker } from '../tools/broker/embedded-broker.ts';
import type { DiagRow } from '../tools/diag/row.ts';
import { freePort } from './support/free-port.ts';
import { startHubDaemon, startHubWithPlatform } from './support/hub-daemon.ts';
import { Mosquitto } from './support/mosquitto.ts';
import { pairPendantByCli, runCli } from './support/run-cli.ts';
import { makeTestCa } from './support/test-ca.ts';
import { platform } from './support/uplink-rig.ts';
import { waitFor } from './support/wait-for.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const report = (stdout: string) => JSON.parse(stdout) as { result: string; rows: DiagRow[] };
const row = (rows: DiagRow[], check: string) => {
  const r = rows.find((x) => x.check === check);
  if (!r) throw new Error(`no row "${check}" in ${rows.map((x) => x.check).join(', ')}`);
  return r;
};

/** A config for diag run without a daemon: state dir, serial port and broker as given. */
function hubConfig(o: { port: string; broker: string; brokerExtra?: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'vakt-diag-'));
  const config = join(dir, 'vakt.yaml');
  writeFileSync(
    config,
    `hub:\n  id: H-DIAG\nstorage:\n  dir: ${dir}\nserial:\n  port: ${o.port}\nuplink:\n  primary:\n    url: ${o.broker}\n${o.brokerExtra ?? ''}control:\n  socket: ${join(dir, 'control.sock')}\n`,
    { mode: 0o600 },
  );
  return { dir, config };
}

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

  it('missing receiver port, daemon not running: the serial row fails naming the port, exit 2', async () => {
    const broker = await startEmbeddedBroker({ port: 0 });
    cleanup.push(() => broker.close());
    const p = await platform(broker.url, { root: 'vakt/v1' });
    cleanup.push(() => p.r.stop());
    const { dir, config } = hubConfig({ port: '/dev/ttyVAKT-NOPE', broker: broker.url });
    const r = await runCli(['diag', '--config', config, '--json', '--timeout', '5s'], {
      VAKT_DEV_DIR: join(dir, 'no-dev'),
    });
    expect(r.status).toBe(2);
    const { result, rows } = report(r.stdout);
    expect(result).toBe('fail');
    expect(row(rows, 'serial port')).toEqual({
      check: 'serial port',
      status: 'fail',
      detail: '/dev/ttyVAKT-NOPE: no such port',
      action: expect.stringMatching(/^plugged in\? candidates: none found/),
    });
    // Everything else it can check without the daemon passes; what only the daemon knows is skipped.
    expect(rows.filter((x) => x.status !== 'pass' && x.status !== 'skip')).toEqual([
      expect.objectContaining({
        check: 'daemon',
        status: 'warn',
        action: expect.stringContaining('systemctl start vakt'),
      }),
      expect.objectContaining({ check: 'serial port', status: 'fail' }),
      expect.objectContaining({ check: 'primary broker $share', status: 'warn' }),
    ]);
    expect(rows.filter((x) => x.status === 'skip').map((x) => x.check)).toEqual([
      'receiver',
      'devices',
      'test alarm',
      'outbox',
    ]);
    expect(row(rows, 'devices').detail).toContain('skipped — daemon not running');
    expect(row(rows, 'primary broker receipt').status).toBe('pass');
  }, 60_000);

  it('receiver unplugged while the daemon runs: the serial row fails naming the port, from the daemon', async () => {
    const broker = await startEmbeddedBroker({ port: 0 });
    cleanup.push(() => broker.close());
    const hub = await startHubDaemon({ broker: broker.url });
    cleanup.push(() => hub.stop());
    const port = hub.sim.hubPath!;
    await hub.sim.stop();
    // The daemon notices at once when the PTY's far end closes, or after the receiver's quiet
    // time when the port just goes silent — whichever comes first on this kernel and load.
    await waitFor(
      async () =>
        !JSON.parse((await runCli(['status', '--json', '--socket', hub.socket])).stdout).receiver.up,
      { ms: 45_000, what: 'status to report the receiver down' },
    );
    const r = await runCli(['diag', '--config', hub.config, '--json', '--timeout', '1s', '--no-test-alarm']);
    expect(r.status).toBe(2);
    const { rows } = report(r.stdout);
    expect(row(rows, 'daemon').status).toBe('pass');
    expect(row(rows, 'serial port')).toMatchObject({ status: 'fail', detail: `${port}: no such port` });
    expect(row(rows, 'receiver')).toMatchObject({
      status: 'fail',
      action: expect.stringContaining('plugged in firmly'),
    });
  }, 90_000);

  it('stuck outbox: an alarm no platform receipts is older than --stuck-after → the outbox row fails, exit 2', async () => {
    const broker = await startEmbeddedBroker({ port: 0 });
    cleanup.push(() => broker.close());
    const hub = await startHubDaemon({ broker: broker.url });
    cleanup.push(() => hub.stop());
    const s = ['--socket', hub.socket];
    const lonely = await runCli(['test-alarm', '--timeout', '1', ...s]);
    expect(lonely.status).toBe(1);
    await waitFor(
      async () => {
        const { outbox } = (await callGateway(hub.socket, 'status')) as {
          outbox: { oldestAt: number | null };
        };
        return outbox.oldestAt !== null && Date.now() - outbox.oldestAt > 2000;
      },
      { what: 'the unreceipted test alarm to be older than --stuck-after 2s', everyMs: 100 },
    );

    const r = await runCli([
      'diag',
      '--config',
      hub.config,
      '--json',
      '--stuck-after',
      '2s',
      '--timeout',
      '2s',
      '--no-test-alarm',
    ]);
    expect(r.status).toBe(2);
    const { rows } = report(r.stdout);
    const outbox = row(rows, 'outbox');
    expect(outbox.status).toBe('fail');
    expect(outbox.detail).toMatch(
      /^stuck: \d+ events? waiting for a receipt, the oldest for \d+ s \(stuck after 2 s\)$/,
    );
    expect(outbox.action).toContain('check that the response platform is subscribed and receipting');
    expect(row(rows, 'primary broker receipt')).toMatchObject({
      status: 'fail',
      action: expect.stringContaining('check that the response platform is subscribed'),
    });
    expect(row(rows, 'primary broker auth').status).toBe('pass');
    expect(row(rows, 'test alarm').status).toBe('skip');

    // The same outbox under the default threshold (60 s) is not stuck yet.
    const young = report(
      (await runCli(['diag', '--config', hub.config, '--json', '--timeout', '1s', '--no-test-alarm'])).stdout,
    );
    expect(row(young.rows, 'outbox')).toMatchObject({
      status: 'pass',
      detail: expect.stringContaining('being delivered'),
    });
  }, 60_000);

  it('broker name that does not resolve, and a secondary that refuses: DNS and TCP rows fail for each path', async () => {
    const refused = `mqtt://127.0.0.1:${await freePort()}`;
    const { dir, config } = hubConfig({
      port: '/dev/ttyVAKT-NOPE',
      broker: 'mqtt://no-such-broker.invalid:1883',
      brokerExtra: `    allowPlaintext: true\n  secondary:\n    url: ${refused}\n`,
    });
    const r = await runCli(['diag', '--config', config, '--json', '--timeout', '3s'], {
      VAKT_DEV_DIR: join(dir, 'no-dev'),
    });
    expect(r.status).toBe(2);
    const { rows } = report(r.stdout);
    expect(row(rows, 'primary broker DNS')).toMatchObject({
      status: 'fail',
      detail: expect.stringContaining('no-such-broker.invalid'),
    });
    expect(row(rows, 'primary broker TCP').status).toBe('skip');
    expect(row(rows, 'secondary broker DNS').status).toBe('pass');
    expect(row(rows, 'secondary broker TCP')).toMatchObject({ status: 'fail' });
    for (const x of rows.filter((x) => x.status === 'fail')) expect(x.action).toBeTruthy();
  }, 60_000);

  it('modem without the daemon: AT, SIM, registration and signal rows from the simulated modem', async () => {
    const modem = await ModemPort.open({});
    cleanup.push(() => modem.close());
    const { config } = hubConfig({
      port: '/dev/ttyVAKT-NOPE',
      broker: 'mqtt://127.0.0.1:1',
      brokerExtra: `sms:\n  modemPort: ${modem.hubPath}\n  numbers: ["+4791234567"]\n`,
    });
    const modemRows = async () => {
      const r = await runCli(['diag', '--config', config, '--json', '--timeout', '2s']);
      return report(r.stdout).rows.filter((x) => x.check.startsWith('modem'));
    };
    expect((await modemRows()).map((x) => [x.check, x.status])).toEqual([
      ['modem', 'pass'],
      ['modem SIM', 'pass'],
      ['modem registration', 'pass'],
      ['modem signal', 'pass'],
    ]);
    modem.modem.state = { simPresent: true, registration: 3, signal: 7 };
    const bad = await modemRows();
    expect(row(bad, 'modem registration')).toMatchObject({
      status: 'fail',
      detail: 'registration denied (+CREG: 3)',
    });
    expect(row(bad, 'modem signal')).toMatchObject({ status: 'warn', detail: 'CSQ 7 (about -99 dBm): weak' });
    modem.modem.state = { simPresent: false, registration: 1, signal: 20 };
    expect(row(await modemRows(), 'modem SIM')).toMatchObject({
      status: 'fail',
      action: expect.stringContaining('insert the SIM card'),
    });
  }, 60_000);
});
