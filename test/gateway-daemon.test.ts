/**
 * `vakt run` as a real process: firmware-sim on a PTY, the control socket, and kill -9 of the
 * daemon between a device's frame and its ACK — the device retransmits, the restarted daemon
 * dedupes, and exactly one event is stored.
 */
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEBOUNCE_MS } from '../firmware-sim/devices/firmware.ts';
import type { Pendant } from '../firmware-sim/devices/pendant.ts';
import { parseScenario } from '../firmware-sim/scenario/load.ts';
import { Simulation } from '../firmware-sim/simulation.ts';
import { callGateway } from '../gateway/control/client.ts';
import { openDatabase } from '../gateway/store/database.ts';
import { type CliRun, startCli, waitForSocket } from './support/run-cli.ts';
import { elapsed, waitFor } from './support/wait-for.ts';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function setup(
  devices = '  - { name: B1, id: 00A1B2C3, kind: pendant }\n  - { name: B2, id: 00A1B2C4, kind: pendant }\n',
  extraConfig = '',
) {
  const sim = await Simulation.start({
    scenario: parseScenario(`name: daemon\nduration: 1h\ndevices:\n${devices}`),
    link: { pty: true },
    timeline: false,
  });
  cleanup.push(() => sim.stop());
  const dir = mkdtempSync(join(tmpdir(), 'vakt-daemon-'));
  const socket = join(dir, 'control.sock');
  const config = join(dir, 'vakt.yaml');
  writeFileSync(
    config,
    `hub:\n  id: H-DAEMON\nstorage:\n  dir: ${join(dir, 'state')}\nserial:\n  port: ${sim.hubPath}\n  reopenMin: 100ms\n  reopenMax: 1s\nuplink:\n  primary:\n    url: mqtt://127.0.0.1:1883\ncontrol:\n  socket: ${socket}\nlog:\n  level: warn\n${extraConfig}`,
    { mode: 0o600 },
  );
  const daemons: CliRun[] = [];
  const run = async () => {
    const d = startCli(['run', '--config', config]);
    daemons.push(d);
    await waitForSocket(d, socket);
    return d;
  };
  cleanup.push(() => {
    for (const d of daemons) if (d.child.exitCode === null) d.child.kill('SIGKILL');
  });
  return { sim, dir, socket, run, stateDir: join(dir, 'state') };
}

const raw = (socket: string, text: string) =>
  new Promise<string>((resolve) => {
    const s = connect(socket, () => s.write(text));
    let out = '';
    s.on('data', (d) => {
      out += d.toString();
      if (out.split('\n').length > text.split('\n').length - 1) s.end();
    });
    s.on('close', () => resolve(out));
  });

describe('vakt run', () => {
  it('serves the control socket (mode 0660) and survives malformed and unknown requests', async () => {
    const { socket, run } = await setup();
    const daemon = await run();
    expect(statSync(socket).mode & 0o777).toBe(0o660);
    const out = await raw(
      socket,
      'this is not json\n{"id":7,"method":"reboot-the-world"}\n{"id":8,"method":"status"}\n',
    );
    const [bad, unknown, status] = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(bad).toMatchObject({ id: null, error: { code: 'E_CONTROL_JSON' } });
    expect(unknown).toMatchObject({ id: 7, error: { code: 'E_CONTROL_METHOD' } });
    expect(status).toMatchObject({ id: 8, result: { hubId: 'H-DAEMON', devices: 0 } });
    await expect(callGateway(socket, 'pair', { deviceId: 'nope' })).rejects.toMatchObject({
      code: 'E_DEVICE_ID',
    });
    expect(daemon.child.exitCode).toBeNull();
  });

  it('an unpaired device is heard, paired over the control socket, then its alarm is accepted', async () => {
    const { sim, socket, run } = await setup();
    await run();
    const pressedAt = Date.now();
    (sim.device('B1') as Pendant).press();
    await waitFor(() => sim.events.some((e) => e.type === 'gave_up'), { what: 'the device to give up' });
    const devices = (await callGateway(socket, 'devices')) as { unpairedHeard: Array<{ deviceId: string }> };
    expect(devices.unpairedHeard.map((d) => d.deviceId)).toContain('00A1B2C3');
    await callGateway(socket, 'pair', { allowUnauthenticated: true, deviceId: '00A1B2C3', label: 'pendant' });
    await waitFor(elapsed(pressedAt, DEBOUNCE_MS), { what: "the button's debounce" });
    (sim.device('B1') as Pendant).press();
    await waitFor(() => sim.events.some((e) => e.type === 'acked'), { what: 'the device to be ACKed' });
    const events = (await callGateway(socket, 'events')) as Array<{ kind: string }>;
    expect(events.filter((e) => e.kind === 'device_event')).toHaveLength(1);
  });

  it('learn mode over the control socket: the first device heard is paired with the given label', async () => {
    const { sim, socket, run } = await setup();
    await run();
    const outcome = callGateway(socket, 'learn', {
      allowUnauthenticated: true,
      timeoutS: 10,
      label: 'bedroom pendant',
      location: 12,
      wait: true,
    });
    await waitFor(
      async () => ((await callGateway(socket, 'status')) as { learn: { active: boolean } }).learn.active,
      { what: 'learn mode on' },
    );
    (sim.device('B1') as Pendant).press();
    // The simulated receiver starts with the scenario's devices in its table: "already_paired".
    await expect(outcome).resolves.toMatchObject({
      result: expect.stringMatching(/paired$/),
      deviceId: '00A1B2C3',
      deviceType: 3,
    });
    await waitFor(() => sim.events.some((e) => e.type === 'acked'), { what: 'the device to be ACKed' });
    const devices = (await callGateway(socket, 'devices')) as {
      paired: Array<{ deviceId: string; label: string; location: number }>;
    };
    expect(devices.paired).toEqual([
      expect.objectContaining({ deviceId: '00A1B2C3', label: 'bedroom pendant', location: 12 }),
    ]);
    const events = (await callGateway(socket, 'events')) as Array<{ kind: string }>;
    expect(events.filter((e) => e.kind === 'device_event')).toHaveLength(1);
  });

  it('hub on battery: mains read from a power-supply tree raises MAINS_FAIL and clears it', async () => {
    const psu = mkdtempSync(join(tmpdir(), 'vakt-psu-'));
    mkdirSync(join(psu, 'AC'));
    writeFileSync(join(psu, 'AC', 'type'), 'Mains\n');
    writeFileSync(join(psu, 'AC', 'online'), '1\n');
    const { socket, run } = await setup(
      undefined,
      `health:\n  powerSupplyDir: ${psu}\n  mainsLostAfter: 0s\n`,
    );
    await run();
    writeFileSync(join(psu, 'AC', 'online'), '0\n');
    const technical = async () => (await callGateway(socket, 'technical')) as Array<{ kind: string }>;
    await waitFor(async () => (await technical()).some((t) => t.kind === 'MAINS_FAIL'), {
      ms: 25_000,
      what: 'a MAINS_FAIL technical alarm',
    });
    writeFileSync(join(psu, 'AC', 'online'), '1\n');
    await waitFor(async () => (await technical()).length === 0, {
      ms: 25_000,
      what: 'the technical alarms to clear',
    });
    const events = (await callGateway(socket, 'events')) as Array<{ kind: string }>;
    expect(events.map((e) => e.kind)).toEqual(['technical_cleared', 'technical_raised']);
  }, 60_000);

  it('kill -9 between frame and ACK loses nothing: the device retransmits, the restarted daemon stores it once', async () => {
    const { sim, socket, run, stateDir } = await setup();
    let daemon = await run();
    await callGateway(socket, 'pair', { allowUnauthenticated: true, deviceId: '00A1B2C3', deviceType: 3 });
    await callGateway(socket, 'pair', { allowUnauthenticated: true, deviceId: '00A1B2C4', deviceType: 3 });
    const pressedAt = new Map<string, number>();
    for (const name of ['B1', 'B2', 'B1']) {
      const sentBefore = sim.events.length;
      const killed = new Promise<void>((resolve) => {
        const onEvent = (e: { type: string; frame?: { kind: string } }) => {
          if (e.type === 'sent' && e.frame?.kind === 'device_event') {
            sim.off('event', onEvent);
            daemon.child.kill('SIGKILL'); // as the frame leaves the device: before or after the commit, never after the ACK
            resolve();
          }
        };
        sim.on('event', onEvent);
      });
      await waitFor(elapsed(pressedAt.get(name) ?? 0, DEBOUNCE_MS), { what: `${name}'s debounce` });
      pressedAt.set(name, Date.now());
      (sim.device(name) as Pendant).press();
      await killed;
      await daemon.exit;
      daemon = await run();
      await waitFor(() => sim.events.slice(sentBefore).some((e) => e.type === 'acked'), {
        ms: 30_000,
        what: 'an ACK after the restart',
      });
    }
    daemon.child.kill('SIGTERM');
    await daemon.exit;
    const db = openDatabase(stateDir);
    const rows = db.prepare("SELECT device_id, summary FROM events WHERE kind = 'device_event'").all();
    const outbox = db.prepare("SELECT COUNT(*) AS n FROM outbox WHERE class = 'alarm'").get() as {
      n: number;
    }; // besides the pairing notices
    db.close();
    expect(rows).toHaveLength(3);
    expect(outbox.n).toBe(3);
  }, 120_000);
});
