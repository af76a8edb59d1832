/**
 * How the demo links the simulated radio receiver to the hub. With socat: a real PTY pair, and
 * `vakt run` as a child process opening it like a USB serial port. Without socat: an in-memory
 * byte link, and the gateway in this process with that link as its port — the same gateway,
 * frames and control socket, only the wire is simulated. Either way the demo talks to the hub
 * through its control socket only.
 */
import { spawn } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Duplex } from 'node:stream';
import pino from 'pino';
import type { Scenario } from '../../firmware-sim/scenario/schema.ts';
import { Simulation } from '../../firmware-sim/simulation.ts';
import { loadConfigFile } from '../../gateway/config/load.ts';
import { Gateway } from '../../gateway/gateway.ts';
import { VaktError } from '../../protocol/errors.ts';

/** The demo hub's receiver grace: above the dongle's 10 s status period, so only an unplug trips it. */
export const RECEIVER_LOST_AFTER_S = 15;

export interface DemoHub {
  sim: Simulation;
  socket: string;
  /** How the receiver is linked, for the story. */
  link: string;
  /** How the hub runs, for the story. */
  runs: string;
  stop(): Promise<void>;
}

interface DemoHubOptions {
  dir: string;
  root: string;
  scenario: Scenario;
  hubId: string;
  brokerUrl: string;
}

export async function startDemoHub(o: DemoHubOptions): Promise<DemoHub> {
  const socket = join(o.dir, 'control.sock');
  const config = (port: string) => writeDemoConfig(o, socket, port);
  try {
    return await startOverPty(o, socket, config);
  } catch (err) {
    if (!(err instanceof VaktError && err.code === 'E_PTY_SOCAT')) throw err;
  }
  return startInMemory(o, socket, config);
}

/** Writes the hub's config (0600) for the given serial port; returns its path. */
function writeDemoConfig(o: DemoHubOptions, socket: string, port: string): string {
  const file = join(o.dir, 'vakt.yaml');
  writeFileSync(
    file,
    `hub:\n  id: ${o.hubId}\nstorage:\n  dir: ${join(o.dir, 'state')}\nserial:\n  port: ${port}\n  receiverLostAfter: ${RECEIVER_LOST_AFTER_S}s\n  reopenMin: 200ms\n  reopenMax: 2s\nsupervision:\n  bootGrace: 1m\nuplink:\n  primary:\n    url: ${o.brokerUrl}\n  heartbeatInterval: 10s\n  receiptTimeout: 3s\ncontrol:\n  socket: ${socket}\nlog:\n  level: fatal\n`,
    { mode: 0o600 },
  );
  return file;
}

/** A real PTY pair via socat and `vakt run` as a child; throws E_PTY_SOCAT without socat. */
async function startOverPty(
  o: DemoHubOptions,
  socket: string,
  config: (port: string) => string,
): Promise<DemoHub> {
  const sim = await Simulation.start({
    scenario: o.scenario,
    link: { pty: { dir: o.dir } },
    timeline: false,
  });
  const stopDaemon = await runDaemon(o.root, config(sim.hubPath!), socket);
  return {
    sim,
    socket,
    link: `receiver dongle on ${sim.hubPath} (a real PTY via socat)`,
    runs: 'vakt run started as a child process',
    stop: async () => {
      await stopDaemon();
      await sim.stop();
    },
  };
}

type MemoryPort = Duplex & { close(cb?: (err: Error | null) => void): void };

/** No socat: an in-memory wire between the simulated dongle and the gateway's port. */
async function startInMemory(
  o: DemoHubOptions,
  socket: string,
  config: (port: string) => string,
): Promise<DemoHub> {
  let port: MemoryPort | undefined;
  let toHub: (bytes: Buffer) => void = () => {};
  const sim = await Simulation.start({
    scenario: o.scenario,
    link: { memory: (bytes) => toHub(bytes) },
    timeline: false,
  });
  const gateway = new Gateway(loadConfigFile(config('in-memory')), {
    log: pino({ level: 'silent' }),
    portFactory: async () => {
      const p = memoryPort(sim);
      port = p;
      toHub = (bytes) => port?.push(bytes);
      return p;
    },
  });
  await gateway.start();
  return {
    sim,
    socket,
    link: 'receiver dongle on an in-memory link (socat not found, so no PTY; apt-get install socat for a real one)',
    runs: 'the gateway started in this process',
    stop: async () => {
      await gateway.stop();
      await sim.stop();
    },
  };
}

/** The gateway's side of the in-memory wire: what it writes goes to the simulated dongle. */
function memoryPort(sim: Simulation): MemoryPort {
  const p: MemoryPort = Object.assign(
    new Duplex({
      read() {},
      write(chunk: Buffer, _enc, cb) {
        sim.fromHub(chunk);
        cb();
      },
    }),
    {
      close(cb?: (err: Error | null) => void) {
        p.destroy();
        cb?.(null);
      },
    },
  );
  return p;
}

/** `vakt run --config FILE` as a child; resolves once its control socket is there. */
async function runDaemon(root: string, config: string, socket: string): Promise<() => Promise<void>> {
  const daemon = spawn(process.execPath, [join(root, 'tools/cli/vakt.js'), 'run', '--config', config], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (daemon.exitCode !== null) return resolve();
      daemon.once('exit', () => resolve());
      daemon.kill('SIGTERM');
    });
  for (let i = 0; ; i++) {
    try {
      if (statSync(socket).isSocket()) return stop;
    } catch {}
    if (daemon.exitCode !== null || i > 300) {
      await stop();
      throw new VaktError(
        'E_DEMO_HUB',
        'the hub daemon did not start',
        `run vakt run --config ${config} to see why`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
