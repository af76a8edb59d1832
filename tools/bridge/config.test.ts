import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BridgeConfigError, parseBridgeConfig } from './config.ts';

const base = 'mqtt: { broker: "mqtt://127.0.0.1:1883" }\nstore: /tmp/s\nhubs:\n  H1: { account: "1234" }\n';

describe('bridge config', () => {
  it('fills the defaults', () => {
    const { config, key } = parseBridgeConfig(`${base}centre:\n  main: { host: 10.0.0.5, port: 12000 }\n`);
    expect(config.centre).toMatchObject({
      format: 'ADM-CID',
      line: '0',
      replyTimeout: 10_000,
      attempts: 3,
      linkTest: 60_000,
      main: { transport: 'tcp' },
    });
    expect(config.mqtt).toMatchObject({ root: 'vakt/v1', share: 'vakt-dc09', mqttVersion: 5 });
    expect(config.hubs.H1).toMatchObject({ account: '1234', group: 1, zones: {} });
    expect(key).toBeUndefined();
  });

  it('names every bad field with its fix, at once', () => {
    const bad =
      'mqtt: { broker: x, shar: y }\ncentre:\n  main: { host: h, port: 0, transport: sctp }\n  replyTimeout: soon\nhubs:\n  H1: { account: "12", zones: { "nope": 1 } }\n';
    try {
      parseBridgeConfig(bad, 'b.yaml');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(BridgeConfigError);
      const e = err as BridgeConfigError;
      expect(e.code).toBe('E_CONFIG_BRIDGE');
      const text = e.problems.join('\n');
      for (const field of [
        'mqtt',
        'centre.main.port: is not a port — use 1–65535',
        'centre.main.transport: must be tcp or udp',
        'centre.replyTimeout: must be a duration',
        'store: is required',
        'hubs.H1.account: must be 3–16 hex digits',
        'hubs.H1.zones.nope',
      ])
        expect(text).toContain(field);
    }
  });

  it('reads the AES key from a 0600 file; refuses a readable or malformed one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vakt-bridge-key-'));
    const file = join(dir, 'k');
    const yaml = `${base}centre:\n  main: { host: h, port: 1 }\n  keyFile: ${file}\n`;
    writeFileSync(file, '000102030405060708090A0B0C0D0E0F1011121314151617\n', { mode: 0o600 });
    expect(parseBridgeConfig(yaml).key?.length).toBe(24);
    chmodSync(file, 0o644);
    expect(() => parseBridgeConfig(yaml)).toThrow(/readable by others — chmod 600/);
    writeFileSync(file, 'secret', { mode: 0o600 });
    chmodSync(file, 0o600);
    expect(() => parseBridgeConfig(yaml)).toThrow(
      /centre.keyFile: an AES key must be 32, 48 or 64 hex digits/,
    );
  });

  it('vakt bridge dc09 with a bad config exits 2 and names each field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vakt-bridge-cli-'));
    const file = join(dir, 'bridge.yaml');
    writeFileSync(
      file,
      'mqtt: { broker: "mqtt://127.0.0.1:1" }\ncentre:\n  main: { host: h, port: 70000 }\n',
    );
    const r = spawnSync(process.execPath, ['tools/cli/vakt.js', 'bridge', 'dc09', '--config', file], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('centre.main.port: is not a port');
    expect(r.stderr).toContain('store: is required');
    expect(r.stderr).toContain('hubs:');
  });

  it("docs/dc09.md's config example is valid (its key file aside)", () => {
    const doc = readFileSync(new URL('../../docs/dc09.md', import.meta.url), 'utf8');
    const yaml = /```yaml\n([\s\S]*?)```/.exec(doc)![1]!.replace(/^ {2}keyFile:.*\n/m, '');
    const { config } = parseBridgeConfig(yaml, 'docs/dc09.md');
    expect(config.centre.backup).toMatchObject({ transport: 'udp' });
    expect(config.hubs['NO-4630-HUB-000123']!.zones['00A1B2C5']).toBe(5);
  });
});
