/** `npm start` as a newcomer runs it: an alarm receipted within 10 s, a clean exit 0 on Ctrl-C — with socat (a real PTY) and without. */
import { spawn } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { until } from './support/run-cli.ts';

describe('npm start (the demo)', () => {
  it('tells the story of an alarm receipted by the platform within 10 s and exits 0 on SIGINT', async () => {
    const child = spawn('node_modules/.bin/tsx', ['tools/demo/start.ts']);
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      await until(
        () =>
          /platform\s+received alarm STATUS_CODE_ALARM_MANUAL/.test(out) &&
          /receipted by the platform \d+ ms/.test(out),
        10_000,
      );
      expect(out).toMatch(/ACKed B1 00A1B2C3 seq \d+ after \d+ ms/);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exit).toBe(0);
    expect(out).toMatch(/stopping/);
    expect(out).not.toMatch(/"level":/); // a story, not log lines
  }, 30_000);

  it('without socat says it links in memory, runs the gateway in process, and still gets the alarm receipted', async () => {
    // A PATH holding node and nothing else: socat cannot be found.
    const bin = mkdtempSync(join(tmpdir(), 'vakt-nosocat-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'tools/demo/start.ts'], {
      env: { ...process.env, PATH: bin },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      await until(() => /receipted by the platform \d+ ms/.test(out), 10_000);
      expect(out).toMatch(/in-memory link \(socat not found/);
      expect(out).toMatch(/gateway started in this process/);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exit).toBe(0);
  }, 30_000);
});
