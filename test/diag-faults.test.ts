/**
 * `vakt diag` on a faulty hub: a receiver port that does not exist or is unplugged, a stuck outbox,
 * broker names that do not resolve or refuse, and the modem read without the daemon. Each case
 * checks the row that names the problem and the exit code (0 pass, 1 warn, 2 fail).
 */

import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ModemPort } from '../firmware-sim/modem/modem-port.ts';
import { callGateway } from '../gateway/control/client.ts';
import { startEmbeddedBroker } from '../tools/broker/embedded-broker.ts';
import { hubConfig, report, row } from './support/diag-report.ts';
import { freePort } from './support/free-port.ts';
import { startHubDaemon } from './support/hub-daemon.ts';
import { runCli } from './support/run-cli.ts';
import { platform } from './support/uplink-rig.ts';
import { waitFor } from './support/wait-for.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

describe('vakt diag', () => {
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
