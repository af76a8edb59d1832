/** A `vakt run` process on firmware-sim over a real PTY, with its config, socket and state dir. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScenario } from '../../firmware-sim/scenario/load.ts';
import { Simulation } from '../../firmware-sim/simulation.ts';
import { startEmbeddedBroker } from '../../tools/broker/embedded-broker.ts';
import { type CliRun, startDaemon } from './run-cli.ts';
import { platform } from './uplink-rig.ts';

export interface HubDaemonOptions {
  devices?: string;
  broker?: string;
  /** Extra lines under `uplink.primary:` (indented 4), e.g. '    mqttVersion: "3.1.1"\n'. */
  primaryConfig?: string;
  /** uplink.receiptTimeout, also the wait for a heartbeat's reply; "2s" unless told. */
  receiptTimeout?: string;
  extraConfig?: string;
  /** Extra lines under `storage:` (indented), e.g. "  minFreeMb: 1\n". */
  storageConfig?: string;
  hubId?: string;
  /** Called with the state directory (created, empty) before the daemon starts, e.g. to mount it. */
  prepareStateDir?: (dir: string) => void;
  /** Extra environment for `vakt run` (e.g. NOTIFY_SOCKET, WATCHDOG_USEC). */
  env?: Record<string, string>;
  /** Node flags for `vakt run`; UNIT_NODE_FLAGS are the ones the systemd unit starts the hub with. */
  nodeArgs?: string[];
}

/** The node flags of deploy/vakt.service's ExecStart: a flood test measures the hub as it runs. */
export const UNIT_NODE_FLAGS: string[] = (() => {
  const exec = /^ExecStart=(.*)$/m.exec(readFileSync('deploy/vakt.service', 'utf8'))?.[1] ?? '';
  return exec.split(/\s+/).filter((w) => w.startsWith('--') && !w.startsWith('--config'));
})();

/**
 * A hub ready to run, not yet running: firmware-sim on a PTY, a state directory and the config
 * file (`vakt.yaml`, mode 0600) for it. startHubDaemon runs it as `vakt run`; a test may instead
 * load the file into a Gateway in its own process.
 */
export async function prepareHub(o: Omit<HubDaemonOptions, 'env' | 'nodeArgs'> = {}) {
  const sim = await Simulation.start({
    scenario: parseScenario(
      `name: daemon\nduration: 1h\ndevices:\n${o.devices ?? '  - { name: B1, id: 00A1B2C3, kind: pendant }\n'}`,
    ),
    link: { pty: true },
    timeline: false,
  });
  const dir = mkdtempSync(join(tmpdir(), 'vakt-hub-'));
  const socket = join(dir, 'control.sock');
  const config = join(dir, 'vakt.yaml');
  const stateDir = join(dir, 'state');
  mkdirSync(stateDir, { mode: 0o700 });
  o.prepareStateDir?.(stateDir);
  writeFileSync(
    config,
    `hub:\n  id: ${o.hubId ?? 'H-CLI'}\nstorage:\n  dir: ${stateDir}\n${o.storageConfig ?? ''}serial:\n  port: ${sim.hubPath}\n  reopenMin: 100ms\n  reopenMax: 1s\nuplink:\n  primary:\n    url: ${o.broker ?? 'mqtt://127.0.0.1:1'}\n${o.primaryConfig ?? ''}  receiptTimeout: ${o.receiptTimeout ?? '2s'}\n  reconnectMin: 100ms\n  reconnectMax: 1s\ncontrol:\n  socket: ${socket}\nlog:\n  level: warn\n${o.extraConfig ?? ''}`,
    { mode: 0o600 },
  );
  return { sim, dir, stateDir, socket, config };
}

export async function startHubDaemon(o: HubDaemonOptions = {}) {
  const { sim, dir, stateDir, socket, config } = await prepareHub(o);
  let daemon: CliRun | undefined;
  const run = async () => {
    const d = await startDaemon(config, socket, o.env, o.nodeArgs);
    daemon = d;
    return d;
  };
  await run();
  return {
    sim,
    dir,
    stateDir,
    socket,
    config,
    run,
    get daemon() {
      return daemon!;
    },
    async stop() {
      if (daemon && daemon.child.exitCode === null) {
        daemon.child.kill('SIGKILL');
        await daemon.exit;
      }
      await sim.stop();
    },
  };
}

/**
 * The whole chain on one machine: aedes, a receipting platform (the reference receiver) and a
 * `vakt run` on it. Each part's stop goes into `cleanup`, to be run in reverse at the test's end.
 */
export async function startHubWithPlatform(
  cleanup: Array<() => Promise<unknown> | unknown>,
  o: Omit<HubDaemonOptions, 'broker'> = {},
) {
  const broker = await startEmbeddedBroker({ port: 0 });
  cleanup.push(() => broker.close());
  const p = await platform(broker.url, { root: 'vakt/v1' });
  cleanup.push(() => p.r.stop());
  const hub = await startHubDaemon({ ...o, broker: broker.url });
  cleanup.push(() => hub.stop());
  return { broker, p, hub };
}
