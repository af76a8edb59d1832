/**
 * 20 × kill -9 of `vakt run` while devices press their buttons, with mosquitto (persistence on)
 * between the hub and the platform: every event a device got an ACK for reaches the platform,
 * exactly once after the platform's dedupe. Nothing is lost.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEBOUNCE_MS } from '../firmware-sim/devices/firmware.ts';
import type { Pendant } from '../firmware-sim/devices/pendant.ts';
import { parseScenario } from '../firmware-sim/scenario/load.ts';
import { Simulation } from '../firmware-sim/simulation.ts';
import { callGateway } from '../gateway/control/client.ts';
import { hex32 } from '../protocol/serial/index.ts';
import { Mosquitto } from './support/mosquitto.ts';
import { type CliRun, startDaemon } from './support/run-cli.ts';
import { platform } from './support/uplink-rig.ts';
import { elapsed, waitFor } from './support/wait-for.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterAll(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const NAMES = ['B1', 'B2', 'B3', 'B4'];

describe('vakt run under kill -9', () => {
  it('20 kills during bursts: every ACKed event is receipted by the platform, none lost', async () => {
    const m = await new Mosquitto({ persistence: true }).start();
    cleanup.push(() => m.stop());
    const p = await platform(m.url);
    cleanup.push(() => p.r.stop());
    const sim = await Simulation.start({
      scenario: parseScenario(
        `name: kill\nduration: 1h\ndevices:\n${NAMES.map((n, i) => `  - { name: ${n}, id: 00A1B2C${i}, kind: pendant }`).join('\n')}\n`,
      ),
      link: { pty: true },
      timeline: false,
    });
    cleanup.push(() => sim.stop());
    const dir = mkdtempSync(join(tmpdir(), 'vakt-kill-'));
    const socket = join(dir, 'control.sock');
    const config = join(dir, 'vakt.yaml');
    writeFileSync(
      config,
      `hub:\n  id: H-KILL\nstorage:\n  dir: ${join(dir, 'state')}\nserial:\n  port: ${sim.hubPath}\n  reopenMin: 100ms\n  reopenMax: 1s\nuplink:\n  primary:\n    url: ${m.url}\n  receiptTimeout: 2s\n  reconnectMin: 100ms\n  reconnectMax: 1s\ncontrol:\n  socket: ${socket}\nlog:\n  level: warn\n`,
      { mode: 0o600 },
    );
    let daemon: CliRun | undefined;
    const run = async () => {
      const d = await startDaemon(config, socket);
      daemon = d;
      return d;
    };
    cleanup.push(() => daemon?.child.exitCode === null && daemon.child.kill('SIGKILL'));
    await run();
    for (const [i] of NAMES.entries())
      await callGateway(socket, 'pair', {
        allowUnauthenticated: true,
        deviceId: `00A1B2C${i}`,
        deviceType: 3,
      });
    for (let round = 0; round < 20; round++) {
      const pressedAt = Date.now();
      for (const n of NAMES) (sim.device(n) as Pendant).press();
      // The stop lands at a different point of the round each time: chaos timing, not a wait.
      await new Promise((r) => setTimeout(r, 100 + ((round * 97) % 500)));
      daemon!.child.kill('SIGKILL');
      await daemon!.exit;
      await run();
      await waitFor(elapsed(pressedAt, DEBOUNCE_MS), { what: "the buttons' debounce" });
      await waitFor(
        async () => ((await callGateway(socket, 'status')) as { receiver: { up: boolean } }).receiver.up,
        { what: 'the restarted hub to hear its receiver' },
      );
    }
    const acked = () =>
      new Set(
        sim.events
          .filter((e) => e.type === 'acked' && e.eventClass === 'alarm')
          .map((e) => `${hex32((e as { deviceId: number }).deviceId)}:${(e as { seq: number }).seq}`),
      );
    await waitFor(() => acked().size === 20 * NAMES.length, {
      ms: 120_000,
      what: 'every alarm ACKed by the hub',
    });
    const handled = () => p.handled().map((e) => `${e.deviceId}:${e.deviceSeq}`);
    await waitFor(() => new Set(handled()).size >= acked().size, {
      ms: 60_000,
      what: 'every ACKed alarm handled by the platform',
    });
    expect(new Set(handled())).toEqual(acked());
    expect(handled().length).toBe(new Set(handled()).size); // the platform's dedupe removed the allowed duplicates
  }, 300_000);
});
