/**
 * CLI conventions, from the outside (a real `vakt` process, piped as a script would run it):
 * no colour when piped or with NO_COLOR, colour only on request (FORCE_COLOR) for PASS/WARN/FAIL,
 * 80 columns, durations as written, whole YAML errors, a --config that is not there is an error.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'vakt-cli-conv-'));
const config = join(dir, 'vakt.yaml');
writeFileSync(
  config,
  `hub:\n  id: H-CONV\nstorage:\n  dir: ${join(dir, 'missing-state')}\nserial:\n  port: ${join(dir, 'ttyUSB9')}\n  reopenMax: 1m\nuplink:\n  primary:\n    url: mqtt://127.0.0.1:1\n    allowPlaintext: true\n  receiptTimeout: 2500ms\ncontrol:\n  socket: ${join(dir, 'none.sock')}\n`,
  { mode: 0o600 },
);
const diag = ['diag', '--config', config, '--timeout', '1s'];
const ESC = '\u001b[';

describe('vakt output conventions', () => {
  it('diag piped: no escape codes, every line within 80 columns, each row once', async () => {
    const r = await runCli(diag, { VAKT_DEV_DIR: dir, NO_COLOR: '', FORCE_COLOR: '' });
    expect(r.status).toBe(2);
    expect(r.stdout).not.toContain(ESC);
    for (const l of r.stdout.split('\n')) expect(l.length, l).toBeLessThanOrEqual(80);
    expect(r.stdout.match(/^FAIL {2}serial port: /gm)).toHaveLength(1);
    // The ports found are listed under a missing serial port.
    expect(r.stdout).toMatch(/ttyUSB9: no such port\n {6}→ plugged in\? candidates: none found/);
  }, 30_000);

  it('colour only for the verdicts when asked (FORCE_COLOR), and never with NO_COLOR', async () => {
    const forced = await runCli(diag, { VAKT_DEV_DIR: dir, FORCE_COLOR: '1' });
    expect(forced.stdout).toMatch(/^\u001b\[31mFAIL\u001b\[0m {2}serial port/m);
    expect(forced.stdout).toMatch(/^\u001b\[32mPASS\u001b\[0m {2}config/m);
    expect(forced.stdout.replace(/\u001b\[\d+m(PASS|WARN|FAIL|SKIP)\u001b\[0m/g, '')).not.toContain(ESC);
    const none = await runCli(diag, { VAKT_DEV_DIR: dir, FORCE_COLOR: '1', NO_COLOR: '1' });
    expect(none.stdout).not.toContain(ESC);
  }, 30_000);

  it('config show: durations as the file writes them, defaults as documented', async () => {
    const r = await runCli(['config', 'show', '--config', config]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ {2}reopenMax: 1m$/m);
    expect(r.stdout).toMatch(/^ {2}receiptTimeout: 2500ms$/m);
    expect(r.stdout).toMatch(/^ {2}reconnectMax: 5s$/m);
    const json = JSON.parse((await runCli(['config', 'show', '--config', config, '--json'])).stdout);
    expect(json.uplink.receiptTimeout).toBe(2500);
  });

  it('a YAML syntax error is shown whole, with the excerpt and the caret', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'hub:\n  id: [unclosed\nserial:\n  port: /dev/x\n');
    const r = await runCli(['config', 'check', '--config', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/YAML syntax error: Flow sequence/);
    expect(r.stderr).toMatch(/^ {6}\| \^$/m);
  });

  it('a --config that is not there is an error, even where it only names the socket', async () => {
    const r = await runCli(['status', '--config', join(dir, 'missing.yaml')]);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/cannot read config .*missing\.yaml: ENOENT/);
  });
});
