/**
 * Footprint of `vakt run` idle on a hub with 32 paired devices (heartbeating over a real PTY, a
 * mosquitto broker on loopback): resident memory and CPU over a window, and start-to-READY time
 * (READY = the control socket listens, when the daemon tells systemd READY=1). Baseline, same
 * run, same port, database file and broker: a bare Node process (bare-hub.mjs) that opens the
 * port, the database and one MQTT connection and idles.
 *
 * Measured: the compiled build (`dist/`, built first by this bench) started with the node flags
 * of deploy/vakt.service (what a hub runs) and without them, and, for comparison, the TypeScript
 * sources through tsx (what `vakt` ran before the build existed). Each against the bare process
 * started with the same flags.
 * The window is 60 s (the recorded figure); FOOTPRINT_SECONDS=10 shortens it for a quick look.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScenario } from '../../firmware-sim/scenario/load.ts';
import { Simulation } from '../../firmware-sim/simulation.ts';
import { SystemClock } from '../../gateway/clock/system-clock.ts';
import { openDatabase } from '../../gateway/store/database.ts';
import { HubStore } from '../../gateway/store/hub-store.ts';
import { Mosquitto } from '../support/mosquitto.ts';
import { toolMissing } from '../support/system-tools.ts';
import { waitFor } from '../support/wait-for.ts';
import { type BenchRow, percentile, printRows } from './harness.ts';

const DEVICES = 32;
const SECONDS = Number(process.env.FOOTPRINT_SECONDS ?? 60);
const MB = 1024 * 1024;
const TICKS_PER_S = 100; // USER_HZ on Linux

interface Footprint {
  readyMs: number;
  rssMedianMb: number;
  rssPeakMb: number;
  cpuPercent: number;
}

export async function run(): Promise<void> {
  const missing = toolMissing('socat') ?? toolMissing('mosquitto');
  if (missing) {
    process.stdout.write(`\n## vakt run footprint\n\nskipped: ${missing}\n`);
    return;
  }
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  const broker = await new Mosquitto().start();
  const sim = await Simulation.start({
    scenario: parseScenario(scenario()),
    link: { pty: true },
    timeline: false,
  });
  try {
    if (!sim.hubPath) throw new Error('the simulation has no PTY');
    const port = sim.hubPath;
    const bare = (flags: string[]) =>
      measure((dir) => ({
        args: [...flags, 'test/bench/bare-hub.mjs', port, join(dir, 'hub.db'), broker.url],
        ready: (out) => out.includes('ready'),
      }));
    const daemon = (flags: string[], env: Record<string, string>) =>
      measure((dir) => {
        const socket = join(dir, 'control.sock');
        return {
          args: [...flags, 'tools/cli/vakt.js', 'run', '--config', hubConfig(dir, sim, broker.url, socket)],
          ready: () => existsSync(socket),
          env,
        };
      });
    const unit = unitNodeFlags();
    const rows = [
      ...compare('dist/, unit flags', await daemon(unit, { VAKT_SOURCE: '0' }), await bare(unit), '≤ 64 MB'),
      ...compare('dist/, no flags', await daemon([], { VAKT_SOURCE: '0' }), await bare([])),
      ...compare('sources via tsx, no flags', await daemon([], { VAKT_SOURCE: '1' }), await bare([])),
    ];
    printRows(
      `vakt run idle, ${DEVICES} devices, ${SECONDS} s (baseline: bare Node opening port, db, MQTT, same flags; unit flags: ${unit.join(' ')})`,
      rows,
    );
  } finally {
    await sim.stop();
    await broker.stop();
  }
}

/** The node flags deploy/vakt.service starts the daemon with (between the node binary and vakt.js). */
function unitNodeFlags(): string[] {
  const unit = readFileSync('deploy/vakt.service', 'utf8');
  const exec = /^ExecStart=\S+ (.*?)\s*\S*tools\/cli\/vakt\.js/m.exec(unit);
  if (!exec) throw new Error('deploy/vakt.service: no ExecStart running tools/cli/vakt.js');
  return exec[1]!.split(' ').filter(Boolean);
}

function scenario(): string {
  const kinds = ['pendant', 'wrist', 'pull_cord', 'fall', 'door', 'smoke', 'activity'];
  const lines = Array.from({ length: DEVICES }, (_, i) => {
    const id = (0x00f00000 + i).toString(16).toUpperCase().padStart(8, '0');
    return `  - { name: D${i}, id: ${id}, kind: ${kinds[i % kinds.length]} }`;
  });
  return `name: footprint\nduration: 1h\ndevices:\n${lines.join('\n')}\n`;
}

/** The hub config, with the 32 devices already paired in its state database. */
function hubConfig(dir: string, sim: Simulation, url: string, socket: string): string {
  const stateDir = join(dir, 'state');
  mkdirSync(stateDir, { mode: 0o700 });
  const db = openDatabase(stateDir);
  const store = new HubStore(db, 'H-FOOT', new SystemClock());
  for (const d of sim.devices.values()) store.pair({ deviceId: d.id, deviceType: d.deviceType });
  db.close();
  const file = join(dir, 'vakt.yaml');
  writeFileSync(
    file,
    `hub:\n  id: H-FOOT\nstorage:\n  dir: ${stateDir}\nserial:\n  port: ${sim.hubPath}\nuplink:\n  primary:\n    url: ${url}\ncontrol:\n  socket: ${socket}\nlog:\n  level: warn\n`,
    { mode: 0o600 },
  );
  return file;
}

interface Launch {
  args: string[];
  ready: (stdout: string) => boolean;
  env?: Record<string, string>;
}

/** Starts the process, times it to ready, samples RSS and CPU each second for SECONDS, stops it. */
async function measure(launch: (dir: string) => Launch): Promise<Footprint> {
  const dir = mkdtempSync(join(tmpdir(), 'vakt-footprint-'));
  const l = launch(dir);
  const started = performance.now();
  const child = spawn(process.execPath, l.args, {
    env: { ...process.env, ...l.env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
  });
  try {
    // Polled every 5 ms: the start → READY figure is within 5 ms of when the line was written.
    await waitFor(() => l.ready(out) || child.exitCode !== null, {
      what: `${l.args.join(' ')} to be ready`,
      ms: 30_000,
      everyMs: 5,
    });
    const readyMs = performance.now() - started;
    if (!l.ready(out)) throw new Error(`${l.args.join(' ')} exited ${child.exitCode} before it was ready`);
    // Fixed windows, not waits for a condition: what is measured is the process over time.
    await sleep(2000); // settle: connections made, first heartbeats in
    const cpu0 = cpuTicks(child);
    const rss: number[] = [];
    for (let s = 0; s < SECONDS; s++) {
      await sleep(1000);
      rss.push(rssBytes(child) / MB);
    }
    const cpuPercent = ((cpuTicks(child) - cpu0) / TICKS_PER_S / SECONDS) * 100;
    rss.sort((a, b) => a - b);
    return { readyMs, rssMedianMb: percentile(rss, 50), rssPeakMb: rss.at(-1)!, cpuPercent };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(undefined)));
    rmSync(dir, { recursive: true, force: true });
  }
}

function rssBytes(child: ChildProcess): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
  return Number(m?.[1] ?? 0) * 1024;
}

/** utime + stime of the process, in clock ticks (/proc/PID/stat fields 14 and 15). */
function cpuTicks(child: ChildProcess): number {
  const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function compare(label: string, f: Footprint, bare: Footprint, target = ''): BenchRow[] {
  return [
    lower(`${label}: RSS median`, f.rssMedianMb, bare.rssMedianMb, 'MB', target),
    lower(`${label}: RSS peak`, f.rssPeakMb, bare.rssPeakMb, 'MB'),
    lower(`${label}: CPU`, f.cpuPercent, bare.cpuPercent, '%'),
    lower(`${label}: start → READY`, f.readyMs, bare.readyMs, 'ms'),
  ];
}

/** A lower-is-better figure: the ratio is baseline / value (1.00 = as light as the bare process). */
function lower(name: string, value: number, baseline: number, unit: string, target = ''): BenchRow {
  return { name, value, baseline, unit, ratio: value > 0 ? baseline / value : undefined, target };
}
