import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersFromConfig, loadAnswersFile, mergeAnswers, requireComplete } from './answers.ts';
import { applyAnswers, changes, configDocument } from './config-edit.ts';
import { answersFromFlags } from './flag-answers.ts';

const existing = `# keep me
hub:
  id: H1 # the hub
uplink:
  heartbeatInterval: 2m
  primary:
    url: mqtts://a.example.org:8883
    ca: /etc/vakt/ca.crt
    username: H1
    password: inline-secret
    clientId: custom
  secondary:
    url: mqtts://b.example.org:8883
serial:
  port: /dev/ttyACM0
commands:
  publicKeys: [/etc/vakt/new.pub, /etc/vakt/old.pub]
`;

function edit(text: string, ...layers: Parameters<typeof mergeAnswers>) {
  const doc = configDocument(text, 'vakt.yaml');
  const before = doc.toJS();
  applyAnswers(doc, mergeAnswers(answersFromConfig(before), ...layers));
  return { text: doc.toString(), changed: changes(before, doc.toJS()), js: doc.toJS() };
}

describe('provision config edit', () => {
  it('re-applying the answers read from a config changes nothing', () => {
    const r = edit(existing);
    expect(r.changed).toEqual([]);
    expect(r.text.replace(/\[ | \]/g, (m) => m.trim())).toBe(existing);
  });

  it('a new password source replaces the inline one; fields provision does not ask stay', () => {
    const r = edit(existing, answersFromFlags({ passwordFile: '/etc/vakt/broker.pw' }));
    expect(r.js.uplink.primary).toEqual({
      url: 'mqtts://a.example.org:8883',
      ca: '/etc/vakt/ca.crt',
      username: 'H1',
      passwordFile: '/etc/vakt/broker.pw',
      clientId: 'custom',
    });
    expect(r.js.uplink.heartbeatInterval).toBe('2m');
    expect(r.text).toContain('# keep me');
    expect(r.text).toContain('id: H1 # the hub');
    expect(r.changed).toEqual([
      { field: 'uplink.primary.password', from: '[redacted]' },
      { field: 'uplink.primary.passwordFile', to: '/etc/vakt/broker.pw' },
    ]);
    expect(JSON.stringify(r.changed)).not.toContain('inline-secret');
  });

  it('null (or --no-…) removes optional sections and fields; a known key keeps the rotation list', () => {
    const r = edit(
      existing,
      { primary: { ca: null } as never, publicKey: '/etc/vakt/old.pub' },
      answersFromFlags({ secondary: false }),
    );
    expect(r.js.uplink.secondary).toBeUndefined();
    expect(r.js.uplink.primary.ca).toBeUndefined();
    expect(r.js.commands.publicKeys).toEqual(['/etc/vakt/new.pub', '/etc/vakt/old.pub']);
    const gone = edit(existing, answersFromFlags({ publicKey: false }));
    expect(gone.js.commands).toBeUndefined();
  });

  it('refuses to edit an existing file that is not a YAML mapping', () => {
    expect(() => configDocument('hub: [1,\n', 'vakt.yaml')).toThrow(
      expect.objectContaining({ code: 'E_CONFIG_EXISTING' }),
    );
    expect(() => configDocument('- a list\n', 'vakt.yaml')).toThrow(/is not a YAML mapping/);
  });

  it('a new file gets a header, only the answers given, and no defaults written out', () => {
    const r = edit('', {
      hubId: 'H2',
      primary: { url: 'mqtt://127.0.0.1:1883' },
      serialPort: 'auto',
      stateDir: '/var/lib/vakt',
      controlSocket: '/run/hub.sock',
    });
    expect(r.text).toMatch(/^# Hub configuration, written by `vakt provision`/);
    expect(r.js).toEqual({
      hub: { id: 'H2' },
      serial: { port: 'auto' },
      uplink: { primary: { url: 'mqtt://127.0.0.1:1883' } },
      control: { socket: '/run/hub.sock' },
    });
  });

  it('names every missing answer, and --no-sms drops numbers coming from below', () => {
    expect(() => requireComplete({ modemPort: '/dev/ttyUSB2' })).toThrow(
      /missing answers: hub id, primary broker URL, receiver serial port, SMS numbers for the modem/,
    );
    const merged = mergeAnswers(
      { modemPort: '/dev/ttyUSB2', smsNumbers: ['+4791234567'] },
      { modemPort: null },
    );
    expect(merged).toEqual({ modemPort: null });
  });

  it('reads YAML and JSON answers files and reports bad ones by answer name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vakt-answers-'));
    const json = join(dir, 'a.json');
    writeFileSync(json, JSON.stringify({ hubId: 'H3', secondary: null, smsNumbers: ['+4791234567'] }));
    expect(loadAnswersFile(json)).toEqual({ hubId: 'H3', secondary: null, smsNumbers: ['+4791234567'] });
    const bad = join(dir, 'b.yaml');
    writeFileSync(bad, 'hubId: 42\nprimary:\n  url: ""\n  usename: x\n');
    expect(() => loadAnswersFile(bad)).toThrow(
      expect.objectContaining({
        code: 'E_INPUT_ANSWERS',
        message: expect.stringMatching(
          /hubId: must be text[\s\S]*primary.url: is empty[\s\S]*unknown answer "usename"/,
        ),
      }),
    );
  });
});
