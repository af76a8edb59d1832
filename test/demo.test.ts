/**
 * `npm start` as a newcomer runs it: an alarm receipted within 10 s, a clean exit 0 on Ctrl-C —
 * with socat (a real PTY) and without; and the whole story in under 60 s, every step explained,
 * ending with its summary and the next step.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitFor } from './support/wait-for.ts';

/** Starts the demo as `npm start` does; `out()` is everything it printed so far. */
function startDemo(env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tools/demo/start.ts'], { env });
  let out = '';
  const collect = (d: Buffer) => {
    out += d.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { out: () => out, exit, interrupt: () => child.kill('SIGINT') };
}

/**
 * B1's alarm ACKed by the hub, received by the platform and its receipt told by the hub. The
 * alarm's receipt, not the pairing notices' receipts: those come first, and a SIGINT before the
 * scenario plays ends the demo by the signal.
 */
function alarmReceipted(out: string): boolean {
  const after = out.split(/platform\s+received ALARM manual from B1/)[1];
  return after !== undefined && /receipted by the platform \d+ ms/.test(after) && /ACKed B1 /.test(out);
}

describe('npm start (the demo)', () => {
  it('tells the story of an alarm receipted by the platform within 10 s and exits 0 on SIGINT', async () => {
    const demo = startDemo();
    try {
      await waitFor(() => alarmReceipted(demo.out()), {
        ms: 10_000,
        what: "the demo to show B1's alarm received and receipted",
      });
      expect(demo.out()).toMatch(/ACKed B1 00A1B2C3 seq \d+ after \d+ ms/);
      expect(demo.out()).toMatch(/a real PTY via socat/);
      // Names, not codes: the device line reads as the platform line does.
      expect(demo.out()).toMatch(/device\s+B1 00A1B2C3: ALARM manual sent over the radio/);
      expect(demo.out()).not.toMatch(/alarm 10|STATUS_CODE_/);
    } finally {
      demo.interrupt();
    }
    expect(await demo.exit).toBe(0);
    expect(demo.out()).toMatch(/stopping/);
    // Stopped early, it still sums up what happened so far.
    expect(demo.out()).toMatch(/Summary\n {2}alarms\s+[1-9]\d* sent/);
    expect(demo.out()).not.toMatch(/"level":/); // a story, not log lines
  }, 30_000);

  it('without socat says it links in memory, runs the gateway in process, and still gets the alarm receipted', async () => {
    // A PATH holding node and nothing else: socat cannot be found.
    const bin = mkdtempSync(join(tmpdir(), 'vakt-nosocat-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const demo = startDemo({ ...process.env, PATH: bin });
    try {
      await waitFor(() => alarmReceipted(demo.out()), {
        ms: 10_000,
        what: "the demo to show B1's alarm receipted",
      });
      expect(demo.out()).toMatch(/in-memory link \(socat not found/);
      expect(demo.out()).toMatch(/gateway started in this process/);
    } finally {
      demo.interrupt();
    }
    expect(await demo.exit).toBe(0);
  }, 30_000);

  it('plays the whole story in under 60 s: each step explained, then the summary and the next step', async () => {
    const started = Date.now();
    const demo = startDemo();
    const code = await demo.exit;
    const wallS = (Date.now() - started) / 1000;
    const out = demo.out();
    console.info(
      `demo wall time: ${wallS.toFixed(1)} s (node --import tsx, so slower than npm start's build)`,
    );
    expect(code, out).toBe(0);
    expect(wallS).toBeLessThan(60);
    // Explained as it happens: the fall's cancel window run out, then one cancelled; the receipt;
    // the technical alarm raised and cleared.
    expect(out).toMatch(/demo\s+F1 detects a fall and opens its cancel window \(5 s\)/);
    expect(out).toMatch(/Nobody pressed "I'm OK" within the cancel window/);
    expect(out).toMatch(/F1's wearer pressed "I'm OK" inside the cancel window: no alarm is sent/);
    expect(out).toMatch(/hub\s+receipt: event \S+ receipted by the platform \d+ ms/);
    expect(out).toMatch(/hub\s+technical alarm raised: receiver lost/);
    expect(out).toMatch(/hub\s+technical alarm cleared: receiver lost/);
    // The summary: both alarms (B1 pressed, F1's fall) sent and receipted, latency percentiles,
    // the receiver's technical alarm raised and cleared; then the installer's guide.
    expect(out).toMatch(/Summary\n {2}alarms\s+2 sent, 2 receipted by the platform\n/);
    expect(out).toMatch(/ {2}receipts\s+\d+ /);
    expect(out).toMatch(/ {2}latency\s+p50 \d+ ms, p99 \d+ ms/);
    expect(out).toMatch(/ {2}technical alarms\s+[1-9]\d* raised, [1-9]\d* cleared \(.*receiver lost/);
    expect(out).toMatch(/Next: .*docs\/installer\.md/);
    expect(out).not.toMatch(/alarm 10|STATUS_CODE_|TECHNICAL_KIND_|"level":/);
  }, 90_000);
});
