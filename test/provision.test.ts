/**
 * `vakt provision` scripted (--answers / flags, --yes) against real parts: a mosquitto process
 * with a password file and a TLS listener, the simulated receiver (firmware-sim's dongle) on a
 * socat PTY, and the simulated AT modem on its own PTY. Checks what is written (0600, loads, edits in place) and that nothing
 * is written when an answer is wrong or a live check fails.
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPtyPair, type PtyPair } from '../firmware-sim/link/pty-pair.ts';
import { ModemPort } from '../firmware-sim/modem/modem-port.ts';
import { loadConfigFile } from '../gateway/config/load.ts';
import { type AnsweringReceiver, startAnsweringReceiver } from './support/answering-receiver.ts';
import { Mosquitto } from './support/mosquitto.ts';
import { runCli } from './support/run-cli.ts';
import { makeTestCa, type TestCa } from './support/test-ca.ts';

const HUB = 'NO-4630-HUB-000123';
const PASSWORD = 'Hub-s3cret-Passw0rd';

describe('vakt provision (scripted)', () => {
  let mosq: Mosquitto;
  let ca: TestCa;
  let otherCa: TestCa;
  let receiver: AnsweringReceiver;
  let silent: PtyPair;
  let modem: ModemPort;
  let dir: string;
  let devDir: string;
  let byId: string;
  const f = (name: string) => join(dir, name);
  const provision = (args: string[], env: Record<string, string> = {}) =>
    runCli(['provision', '--yes', ...args], { VAKT_DEV_DIR: devDir, ...env });
  const answers = (name: string, text: string) => {
    writeFileSync(f(name), text);
    return f(name);
  };
  /**
   * `vakt provision --yes` for case `name`: its answers (the healthy ones unless told) in
   * NAME.yaml, its config at NAME/vakt.yaml, then `extra` flags.
   */
  const provisionCase = async (name: string, extra: string[] = [], text = healthy()) => {
    const config = f(`${name}/vakt.yaml`);
    const r = await provision(['--config', config, '--answers', answers(`${name}.yaml`, text), ...extra]);
    return { config, r };
  };
  const healthy = (passwordFile = f('broker.pw')) => `hubId: ${HUB}
primary:
  url: ${mosq.url}
  username: ${HUB}
  passwordFile: ${passwordFile}
serialPort: ${receiver.hubPath}
modemPort: ${modem.hubPath}
smsNumbers: ["+4791234567"]
`;

  beforeAll(async () => {
    ca = makeTestCa();
    otherCa = makeTestCa('Some Other CA');
    mosq = await new Mosquitto({ users: { [HUB]: PASSWORD }, tls: ca }).start();
    receiver = await startAnsweringReceiver();
    silent = await openPtyPair();
    modem = await ModemPort.open({});
    dir = mkdtempSync(join(tmpdir(), 'vakt-provision-'));
    writeFileSync(f('broker.pw'), `${PASSWORD}\n`, { mode: 0o600 });
    writeFileSync(f('wrong.pw'), 'not-the-password\n', { mode: 0o600 });
    // A /dev stand-in: the receiver under a by-id name, the modem as a ttyUSB.
    devDir = f('dev');
    mkdirSync(join(devDir, 'serial', 'by-id'), { recursive: true });
    byId = join(devDir, 'serial', 'by-id', 'usb-Vakt_Receiver-if00');
    symlinkSync(receiver.hubPath, byId);
    symlinkSync(modem.hubPath, join(devDir, 'ttyUSB2'));
  });
  afterAll(async () => {
    await modem?.close();
    await receiver?.close();
    await silent?.close();
    await mosq?.stop();
  });

  it('healthy answers: checks pass, the file is written 0600, loads, and no secret is printed', async () => {
    const { config, r } = await provisionCase('healthy');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/ok\s+primary broker .*connected as NO-4630-HUB-000123/);
    expect(r.stdout).toMatch(/ok\s+receiver port .*receiver answered: firmware/);
    expect(r.stdout).toMatch(/ok\s+modem .*answered AT with OK/);
    expect(r.stdout).toContain(`hub.id: (not set) → ${HUB}`);
    expect(r.stdout).toContain(`wrote ${config} (mode 0600)`);
    expect(statSync(config).mode & 0o777).toBe(0o600);
    expect(readdirSync(f('healthy'))).toEqual(['vakt.yaml']);
    const loaded = loadConfigFile(config, {});
    expect(loaded.warnings).toEqual([]);
    expect(loaded.config.hub.id).toBe(HUB);
    expect(loaded.config.uplink.primary).toMatchObject({ url: mosq.url, passwordFile: f('broker.pw') });
    expect(loaded.config.sms).toMatchObject({ modemPort: modem.hubPath, numbers: ['+4791234567'] });
    expect(loaded.secrets.primary).toBe(PASSWORD);
    expect(`${r.stdout}${r.stderr}`).not.toContain(PASSWORD);
    expect(readFileSync(config, 'utf8')).not.toContain(PASSWORD);
  });

  it('wrong password: exit 3, says the broker refused the username/password, writes nothing', async () => {
    const { r } = await provisionCase('wrong', [], healthy(f('wrong.pw')));
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('the broker refused the username/password');
    // Explained as diag, receive and command explain it (tools/receiver/login-refusal.ts).
    expect(r.stderr).toMatch(/password from passwordFile \S*wrong\.pw/);
    expect(r.stderr).toContain('nothing written');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(() => statSync(f('wrong'))).toThrow();
    expect(`${r.stdout}${r.stderr}`).not.toContain('not-the-password');
  });

  it('a receiver port that does not exist: exit 3 naming the port and the candidates found', async () => {
    const { config, r } = await provisionCase('noport', ['--serial-port', '/dev/ttyUSB9', '--no-sms']);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('receiver port /dev/ttyUSB9: no such port');
    expect(r.stderr).toContain(`plugged in? candidates: ${byId}, ${join(devDir, 'ttyUSB2')}`);
    expect(() => statSync(config)).toThrow();
  });

  it('an invalid hub id: exit 2 naming the field and the answer, nothing written, no live check run', async () => {
    const { config, r } = await provisionCase('badid', ['--hub-id', 'hub 123!']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('hub.id (answer hubId, --hub-id): is not a valid hub id');
    expect(r.stdout).not.toContain('checks:');
    expect(() => statSync(config)).toThrow();
  });

  it('re-running edits in place: one uplink section, other sections and comments kept, changes listed', async () => {
    const config = f('rerun/vakt.yaml');
    mkdirSync(f('rerun'));
    writeFileSync(
      config,
      `# site notes: hub in the hallway cupboard
hub:
  id: ${HUB}
  label: Hallway
supervision:
  bootGrace: 5m # short: installer tests
log:
  level: debug
`,
      { mode: 0o644 },
    );
    const { r: first } = await provisionCase('rerun');
    expect(first.status, first.stderr).toBe(0);
    const second = await provision(
      ['--config', config, '--broker', mosq.tlsUrl, '--ca', ca.caFile, '--password-env', 'HUB_PW', '--json'],
      { HUB_PW: PASSWORD },
    );
    expect(second.status, second.stderr).toBe(0);
    const summary = JSON.parse(second.stdout) as { written: boolean; changed: unknown[]; checks: unknown[] };
    expect(summary.written).toBe(true);
    expect(summary.changed).toEqual([
      { field: 'uplink.primary.url', from: mosq.url, to: mosq.tlsUrl },
      { field: 'uplink.primary.passwordFile', from: f('broker.pw') },
      { field: 'uplink.primary.ca', to: ca.caFile },
      { field: 'uplink.primary.passwordEnv', to: 'HUB_PW' },
    ]);
    expect(summary.checks).toContainEqual(
      expect.objectContaining({ name: 'primary broker', target: mosq.tlsUrl, ok: true }),
    );
    const text = readFileSync(config, 'utf8');
    expect(text.match(/^uplink:/gm)).toHaveLength(1);
    expect(text.match(/primary:/g)).toHaveLength(1);
    expect(text).toContain('# site notes: hub in the hallway cupboard');
    expect(text).toContain('bootGrace: 5m # short: installer tests');
    expect(text).toContain('label: Hallway');
    expect(statSync(config).mode & 0o777).toBe(0o600);
    const loaded = loadConfigFile(config, { HUB_PW: PASSWORD });
    expect(loaded.config.log.level).toBe('debug');
    expect(loaded.config.supervision.bootGrace).toBe(300_000);
    expect(loaded.config.uplink.primary.passwordFile).toBeUndefined();
    expect(second.stdout).not.toContain(PASSWORD);

    const third = await provision(['--config', config, '--skip-checks'], { HUB_PW: PASSWORD });
    expect(third.status, third.stderr).toBe(0);
    expect(third.stdout).toContain(`no changes to ${config}`);
    expect(third.stdout).toContain('live checks skipped (--skip-checks)');
    expect(readFileSync(config, 'utf8')).toBe(text);
  });

  it("a CA that did not sign the broker's certificate: exit 3 with the TLS message", async () => {
    const { r } = await provisionCase('tls', ['--broker', mosq.tlsUrl, '--ca', otherCa.caFile]);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain(
      `the broker's certificate is not signed by the CA you gave (${otherCa.caFile})`,
    );
  });

  it('a modem port where nothing answers AT, and nothing listening on the broker port: --json lists every check', async () => {
    const { r } = await provisionCase('modem', [
      '--modem-port',
      silent.hubPath,
      '--broker',
      'mqtt://127.0.0.1:1',
      '--check-timeout',
      '1',
      '--json',
    ]);
    expect(r.status).toBe(3);
    const out = JSON.parse(r.stdout) as { ok: boolean; written: boolean; checks: Record<string, unknown>[] };
    expect(out).toMatchObject({ ok: false, written: false });
    expect(out.checks).toEqual([
      expect.objectContaining({ name: 'primary broker', ok: false, code: 'E_BROKER_UNREACHABLE' }),
      expect.objectContaining({ name: 'receiver port', ok: true }),
      expect.objectContaining({ name: 'modem', ok: false, code: 'E_MODEM_SILENT' }),
    ]);
    expect(out.checks[0]!.detail).toBe('nothing listens on 127.0.0.1:1');
    expect(r.stdout).not.toContain(PASSWORD);
  });

  it("the modem's port given as the receiver: it opens, but no receiver answers a status request (exit 3)", async () => {
    const { config, r } = await provisionCase('modem-as-receiver', [
      '--serial-port',
      modem.hubPath,
      '--no-sms',
      '--check-timeout',
      '1',
    ]);
    expect(r.status, r.stdout + r.stderr).toBe(3);
    expect(r.stderr).toContain(
      `receiver port ${modem.hubPath}: it opened, but no radio receiver answered a status request within 1 s`,
    );
    expect(() => statSync(config)).toThrow();
  });

  it('--yes with answers missing fails naming each; --skip-checks writes and says so', async () => {
    const missing = await provision(['--config', f('missing/vakt.yaml'), '--hub-id', HUB]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('missing answers: primary broker URL, receiver serial port');
    expect(missing.stderr).toContain('--broker URL or primary.url');
    const skipped = await provision([
      '--config',
      f('skip/vakt.yaml'),
      '--hub-id',
      HUB,
      '--broker',
      'mqtt://127.0.0.1:1',
      '--serial-port',
      'auto',
      '--skip-checks',
    ]);
    expect(skipped.status, skipped.stderr).toBe(0);
    expect(skipped.stdout).toContain('live checks skipped (--skip-checks)');
    // `auto` is resolved by provision: the gateway opens the path the file names.
    expect(skipped.stdout).toContain(`receiver port auto: picked ${byId}`);
    expect(loadConfigFile(f('skip/vakt.yaml'), {}).config.serial.port).toBe(byId);
  });

  it('refuses an answers file holding a password or unknown answers, naming each', async () => {
    const { r } = await provisionCase(
      'pwfile',
      [],
      `hubId: ${HUB}\nprimary:\n  url: ${mosq.url}\n  password: ${PASSWORD}\nserial: x\n`,
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('primary.password: answers files must not hold passwords');
    expect(r.stderr).toContain('unknown answer "serial"');
    expect(r.stderr).not.toContain(PASSWORD);
  });
});
