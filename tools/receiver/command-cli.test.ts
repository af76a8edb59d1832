import { spawnSync } from 'node:child_process';
import { createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { MemoryNonceStore, verifyCommand } from '../../protocol/uplink/index.ts';
import { runCli } from '../../test/support/run-cli.ts';
import { type EmbeddedBroker, startEmbeddedBroker } from '../broker/embedded-broker.ts';

const vakt = (args: string[]) =>
  spawnSync(process.execPath, ['tools/cli/vakt.js', ...args], { encoding: 'utf8' });

describe('vakt keys generate', () => {
  it('writes a private key 0600 and a public key, and refuses to overwrite without --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vakt-keys-'));
    const r = vakt(['keys', 'generate', '--out', dir, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const info = JSON.parse(r.stdout) as { privateKey: string; publicKey: string; keyId: string };
    expect(statSync(info.privateKey).mode & 0o777).toBe(0o600);
    expect(info.keyId).toMatch(/^[0-9a-f]{16}$/);
    const again = vakt(['keys', 'generate', '--out', dir]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(vakt(['keys', 'generate', '--out', dir, '--force']).status).toBe(0);
  });
});

describe('vakt command', () => {
  let broker: EmbeddedBroker;
  let dir: string;
  beforeAll(async () => {
    broker = await startEmbeddedBroker({ port: 0 });
    dir = mkdtempSync(join(tmpdir(), 'vakt-cmd-'));
    vakt(['keys', 'generate', '--out', dir]);
  });
  afterAll(async () => {
    await broker.close();
  });

  it('publishes a command the hub can verify with the platform public key', async () => {
    const sub = await mqtt.connectAsync(broker.url);
    await sub.subscribeAsync('vakt/v1/H1/command', { qos: 1 });
    const got = new Promise<Buffer>((resolve) => sub.on('message', (_t, p) => resolve(p)));
    const r = await runCli([
      'command',
      'H1',
      'set-heartbeat-interval',
      '--arg',
      'interval=300',
      '--key',
      join(dir, 'vakt-command.key'),
      '--broker',
      broker.url,
      '--mqtt-version',
      '4',
      '--wait',
      '0',
      '--json',
    ]);
    expect(r.status).toBe(0);
    const body = verifyCommand(await got, {
      hubId: 'H1',
      publicKeys: [createPublicKey(readFileSync(join(dir, 'vakt-command.pub')))],
      clock: new FakeClock(Date.now()),
      nonces: new MemoryNonceStore(),
    });
    expect(body.setHeartbeatInterval?.intervalS).toBe(300);
    expect(JSON.parse(r.stdout)).toMatchObject({
      hubId: 'H1',
      command: 'set-heartbeat-interval',
      status: 'sent',
    });
    await sub.endAsync();
  });

  it('refuses bad arguments with the allowed range, and unknown commands with the list', () => {
    const key = join(dir, 'vakt-command.key');
    const range = vakt([
      'command',
      'H1',
      'set-heartbeat-interval',
      '--arg',
      'interval=5',
      '--key',
      key,
      '--broker',
      broker.url,
    ]);
    expect(range.status).toBe(2);
    expect(range.stderr).toContain('--arg interval must be an integer between 60 and 86400');
    const unknown = vakt(['command', 'H1', 'self-destruct', '--key', key, '--broker', broker.url]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('commands: test-alarm, set-heartbeat-interval');
  });

  it('reports no result within --wait as a failure (exit 1)', async () => {
    const r = await runCli([
      'command',
      'H1',
      'reboot-link',
      '--key',
      join(dir, 'vakt-command.key'),
      '--broker',
      broker.url,
      '--mqtt-version',
      '4',
      '--wait',
      '1',
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('no_result');
  });
});
