import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfigFile, parseConfig } from './load.ts';
import { REDACTED, redactConfig } from './secrets.ts';

const dir = mkdtempSync(join(tmpdir(), 'vakt-config-'));
const file = (name: string, text: string, mode = 0o600) => {
  const f = join(dir, name);
  writeFileSync(f, text, { mode });
  chmodSync(f, mode);
  return f;
};
const pw = file('broker.pw', 'hub-secret-pw\n');
const pub = file(
  'platform.pub',
  generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }) as string,
);
const rsaPub = file(
  'rsa.pub',
  generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({
    type: 'spki',
    format: 'pem',
  }) as string,
);

const minimal = `hub:
  id: NO-4630-HUB-000123
serial:
  port: /dev/ttyACM0
uplink:
  primary:
    url: mqtts://broker.example.org:8883
    username: NO-4630-HUB-000123
    passwordFile: ${pw}
`;

function problems(text: string, env: NodeJS.ProcessEnv = {}): string[] {
  try {
    parseConfig(text, 'vakt.yaml', env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('hub config', () => {
  it('accepts a minimal config and fills in the documented defaults', () => {
    const { config, secrets } = parseConfig(minimal, 'vakt.yaml', {});
    expect(config.supervision).toMatchObject({
      bootGrace: 900_000,
      missedHeartbeats: 3,
      restoreAfterHeartbeats: 2,
    });
    expect(config.uplink).toMatchObject({
      root: 'vakt/v1',
      heartbeatInterval: 60_000,
      receiptTimeout: 10_000,
      inFlight: 128,
      failoverAfter: 30_000,
      testAlarmInterval: 86_400_000,
    });
    expect(config.serial).toMatchObject({ baudRate: 115200, receiverLostAfter: 35_000 });
    expect(secrets.primary).toBe('hub-secret-pw');
  });

  const bad: Array<[string, string, RegExp]> = [
    [
      'missing hub id',
      minimal.replace('  id: NO-4630-HUB-000123\n', ''),
      /^hub \(line 1\): is missing or empty — add it/,
    ],
    [
      'invalid hub id',
      minimal.replace('id: NO-4630-HUB-000123', 'id: "hub/1"'),
      /^hub\.id \(line 2\): is not a valid hub id — use 1-64 letters/,
    ],
    [
      'missing serial port',
      minimal.replace('  port: /dev/ttyACM0\n', '  baudRate: 115200\n'),
      /^serial\.port \(line 4\): is missing — give the receiver port/,
    ],
    [
      'serial port auto (provision resolves it)',
      minimal.replace('port: /dev/ttyACM0', 'port: auto'),
      /^serial\.port \(line 4\): is "auto", which the gateway does not resolve — give the receiver's path/,
    ],
    [
      'misspelt field',
      minimal.replace('serial:\n', 'serial:\n  prot: x\n'),
      /^serial \(line 4\): unknown field "prot" — check the spelling/,
    ],
    [
      'bad duration',
      `${minimal}  receiptTimeout: ten seconds\n`,
      /^uplink\.receiptTimeout \(line 10\): must be a duration — write e\.g\. "10s"/,
    ],
    [
      'duration out of range',
      `${minimal}  receiptTimeout: 10m\n`,
      /^uplink\.receiptTimeout \(line 10\): is out of range — use between 1s and 5m/,
    ],
    [
      'automatic test alarm too often',
      `${minimal}  testAlarmInterval: 30s\n`,
      /^uplink\.testAlarmInterval \(line 10\): is out of range — use between 1m and 7d, or off/,
    ],
    [
      'automatic test alarm not a period',
      `${minimal}  testAlarmInterval: daily\n`,
      /^uplink\.testAlarmInterval \(line 10\): must be a duration or off — write e\.g\. "24h", or off/,
    ],
    [
      'wrong URL scheme',
      minimal.replace('mqtts://', 'http://'),
      /^uplink\.primary\.url \(line 7\): scheme http: is not supported — use mqtts:\/\//,
    ],
    [
      'plaintext to a remote broker',
      minimal.replace('mqtts://broker.example.org:8883', 'mqtt://broker.example.org:1883'),
      /^uplink\.primary\.url \(line 7\): plain mqtt:\/\/ to broker\.example\.org .* — use mqtts:\/\/, or set allowPlaintext/,
    ],
    [
      'certificate without key',
      `${minimal}    cert: ${pw}\n`,
      /^uplink\.primary\.key \(line 7\): a client certificate needs its key .* — set both cert and key/,
    ],
    [
      'two password sources',
      `${minimal}    password: inline\n`,
      /^uplink\.primary\.password \(line 10\): more than one password source — keep exactly one/,
    ],
    [
      'password file missing',
      minimal.replace(pw, '/nonexistent/pw'),
      /^uplink\.primary\.passwordFile: \/nonexistent\/pw does not exist — check the path/,
    ],
    [
      'password env unset',
      minimal.replace(`passwordFile: ${pw}`, 'passwordEnv: VAKT_PRIMARY_PW'),
      /^uplink\.primary\.passwordEnv: environment variable VAKT_PRIMARY_PW is not set — set it for the service/,
    ],
    [
      'one missed heartbeat is too few',
      `${minimal}supervision:\n  missedHeartbeats: 1\n`,
      /^supervision\.missedHeartbeats \(line 11\): is below 2 — use 2 to 20/,
    ],
    [
      'unknown device type period',
      `${minimal}supervision:\n  periods:\n    pendant: 10m\n`,
      /^supervision\.periods\.pendant \(line 12\): is not a device type — use one of .*personal_trigger/,
    ],
    [
      'bad SMS number',
      `${minimal}sms:\n  modemPort: /dev/ttyUSB2\n  numbers: ["91234567"]\n`,
      /^sms\.numbers\.0 \(line 12\): is not an international number — write it as \+4791234567/,
    ],
    [
      'no SMS numbers',
      `${minimal}sms:\n  modemPort: /dev/ttyUSB2\n  numbers: []\n`,
      /^sms\.numbers \(line 12\): has no numbers — add at least one/,
    ],
    [
      'in-flight window out of range',
      `${minimal}  inFlight: 1000\n`,
      /^uplink\.inFlight \(line 10\): is above 256 — use 1 to 256/,
    ],
    [
      'public key of the wrong type',
      `${minimal}commands:\n  publicKeys: [${rsaPub}]\n`,
      /^commands\.publicKeys\.0: .* is a rsa key — give the Ed25519 \.pub/,
    ],
    [
      'YAML syntax error',
      'hub:\n  id: [unclosed\n',
      /^line \d+, column \d+: YAML syntax error: .+ — correct the YAML/,
    ],
    [
      'bad log level',
      `${minimal}log:\n  level: loud\n`,
      /^log\.level \(line 11\): is not a log level — use fatal, error/,
    ],
  ];
  for (const [name, text, expected] of bad) {
    it(`names the field and the fix: ${name}`, () => {
      const p = problems(text);
      expect(
        p.some((x) => expected.test(x)),
        `got:\n${p.join('\n')}`,
      ).toBe(true);
    });
  }

  it('uplink.testAlarmInterval: a duration, or 0 / off for no automatic test alarm', () => {
    const interval = (v: string) =>
      parseConfig(`${minimal}  testAlarmInterval: ${v}\n`, 'vakt.yaml', {}).config.uplink.testAlarmInterval;
    expect([interval('12h'), interval('off'), interval('0'), interval('"0"'), interval('7d')]).toEqual([
      43_200_000, 0, 0, 0, 604_800_000,
    ]);
  });

  it('a path lists the nodes of a cluster; mqttVersion is 5, "3.1.1" or auto (the default)', () => {
    const nodes = minimal.replace(
      '    url: mqtts://broker.example.org:8883\n',
      '    url:\n      - mqtts://mq1.example.org:8883\n      - mqtts://mq2.example.org:8883\n    mqttVersion: "3.1.1"\n',
    );
    const { config } = parseConfig(nodes, 'vakt.yaml', {});
    expect(config.uplink.primary).toMatchObject({
      url: 'mqtts://mq1.example.org:8883',
      urls: ['mqtts://mq1.example.org:8883', 'mqtts://mq2.example.org:8883'],
      mqttVersion: '3.1.1',
    });
    expect(parseConfig(minimal, 'vakt.yaml', {}).config.uplink.primary.mqttVersion).toBe('auto');
    const badUrl = problems(nodes.replace('mq2.example.org:8883', 'mq2.example.org@x:1'));
    expect(badUrl.join('\n')).toMatch(/^uplink\.primary\.url\.1 \(line \d+\): contains credentials/m);
    const badVersion = problems(nodes.replace('"3.1.1"', '4'));
    expect(badVersion.join('\n')).toMatch(
      /^uplink\.primary\.mqttVersion \(line \d+\): is not an MQTT version/m,
    );
  });

  it('a hub id or topic root with "." is refused naming the field and the migration', () => {
    const p = problems(
      minimal
        .replace('id: NO-4630-HUB-000123', 'id: NO.4630.HUB')
        .replace('uplink:\n', 'uplink:\n  root: vakt.v1\n'),
    );
    expect(p.join('\n')).toMatch(/^hub\.id \(line 2\): is not a valid hub id — .*"\." is no longer allowed/m);
    expect(p.join('\n')).toMatch(/^uplink\.root \(line \d+\): is not a topic root/m);
  });

  it('lists every problem at once', () => {
    const p = problems(
      minimal.replace('id: NO-4630-HUB-000123', 'id: "a b"').replace('mqtts://', 'ftp://') +
        'log:\n  level: loud\n',
    );
    expect(p.length).toBeGreaterThanOrEqual(3);
  });

  it('accepts a full production config with secondary broker, SMS and command keys', () => {
    const full = `${minimal}  secondary:\n    url: mqtts://backup.example.org:8883\n    username: NO-4630-HUB-000123\n    passwordEnv: VAKT_SECONDARY_PW\nsms:\n  modemPort: /dev/ttyUSB2\n  numbers: ["+4791234567"]\ncommands:\n  publicKeys: [${pub}]\n`;
    const { config, secrets } = parseConfig(full, 'vakt.yaml', { VAKT_SECONDARY_PW: 'second' });
    expect(config.sms?.deadline).toBe(60_000);
    expect(secrets.secondary).toBe('second');
  });

  it('redacts every password in what it shows, and warns when a file with a password is world-readable', () => {
    const f = file(
      'inline.yaml',
      minimal.replace(`passwordFile: ${pw}`, 'password: inline-Secret-123'),
      0o644,
    );
    const loaded = loadConfigFile(f, {});
    expect(loaded.warnings.join()).toContain('chmod 600');
    expect(JSON.stringify(redactConfig(loaded.config))).not.toContain('inline-Secret-123');
    expect(redactConfig(loaded.config).uplink.primary.password).toBe(REDACTED);
  });

  it('vakt config check / show: exit codes and no secret in the output', () => {
    const good = file('good.yaml', minimal.replace(`passwordFile: ${pw}`, 'password: inline-Secret-123'));
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['tools/cli/vakt.js', 'config', ...args], { encoding: 'utf8' });
    expect(run(['check', '--config', good]).status).toBe(0);
    const shown = run(['show', '--config', good]);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('password: "[redacted]"');
    expect(shown.stdout + shown.stderr).not.toContain('inline-Secret-123');
    const broken = run(['check', '--config', file('bad.yaml', minimal.replace('mqtts://', 'ftp://'))]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('uplink.primary.url (line 7): scheme ftp: is not supported');
    expect(run(['check', '--config', '/nonexistent.yaml']).status).toBe(3);
  });
});
