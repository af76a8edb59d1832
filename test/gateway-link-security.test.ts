/**
 * SPEC v2 end to end: `vakt run` on one end of a PTY, firmware-sim's version-2 devices on the
 * other, paired with their install codes. A forger without the keys transmits alarms, heartbeats,
 * ACKs and NAKs in a pendant's name and replays a real frame: the hub refuses and counts what it
 * is sent, the pendant ignores what it is sent, and the real alarm is delivered exactly once.
 */

import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DEBOUNCE_MS } from '../firmware-sim/devices/firmware.ts';
import { simDeviceKey, simInstallCode } from '../firmware-sim/devices/install-codes.ts';
import type { Pendant } from '../firmware-sim/devices/pendant.ts';
import { parseScenario } from '../firmware-sim/scenario/load.ts';
import { Simulation } from '../firmware-sim/simulation.ts';
import { callGateway } from '../gateway/control/client.ts';
import {
  DeviceKey,
  decodeAll,
  encodeFrame,
  type Frame,
  samplePendantAlarm,
  samplePendantHeartbeat,
  secureFrame,
} from '../protocol/serial/index.ts';
import { type CliRun, runCli, startDaemon } from './support/run-cli.ts';
import { elapsed, waitFor } from './support/wait-for.ts';

const B1 = 0x00a1b2c3;
const keyHex = Buffer.from(simDeviceKey(B1)).toString('hex').toUpperCase();
const wrongKey = DeviceKey.fromHex('0F0E0D0C0B0A09080706050403020100');
const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function setup() {
  const sim = await Simulation.start({
    scenario: parseScenario(`name: secured
duration: 1h
receiver: { version: 2 }
devices:
  - { name: B1, id: 00A1B2C3, kind: pendant, link: v2 }
  - { name: L1, id: 00C0DE01, kind: pull_cord, link: v1 }
`),
    link: { pty: true },
    timeline: false,
  });
  cleanup.push(() => sim.stop());
  const dir = mkdtempSync(join(tmpdir(), 'vakt-secure-'));
  const socket = join(dir, 'control.sock');
  const config = join(dir, 'vakt.yaml');
  writeFileSync(
    config,
    `hub:\n  id: H-SECURE\nstorage:\n  dir: ${join(dir, 'state')}\nserial:\n  port: ${sim.hubPath}\n  reopenMin: 100ms\n  reopenMax: 1s\nuplink:\n  primary:\n    url: mqtt://127.0.0.1:1\ncontrol:\n  socket: ${socket}\nlog:\n  level: info\n`,
    { mode: 0o600 },
  );
  const daemon: CliRun = await startDaemon(config, socket);
  cleanup.push(() => {
    if (daemon.child.exitCode === null) daemon.child.kill('SIGKILL');
  });
  return { sim, socket, daemon, config, stateDir: join(dir, 'state') };
}

const status = (socket: string) =>
  callGateway(socket, 'status') as Promise<{ refusedFrames: Record<string, number> }>;
const deviceEvents = async (socket: string) =>
  ((await callGateway(socket, 'events')) as Array<{ kind: string; summary: string }>).filter(
    (e) => e.kind === 'device_event',
  );

describe('device link v2 through the gateway', () => {
  it('refuses and counts spoofed and replayed frames; a real alarm gets through a forger of ACKs', async () => {
    const { sim, socket, daemon, stateDir } = await setup();
    await callGateway(socket, 'pair', {
      deviceId: '00A1B2C3',
      deviceType: 3,
      installCode: simInstallCode(B1),
    });
    const pendant = sim.device('B1') as Pendant;
    // The forger answers every transmission of the pendant with forged ACKs, over the radio.
    const forged = (f: Frame) => {
      const [d] = decodeAll(encodeFrame(f));
      if (d && 'frame' in d) pendant.fromHub(d);
    };
    const captured: Buffer[] = [];
    sim.on('event', (e) => {
      if (e.type === 'serial_out' && e.frame.kind === 'device_event') captured.push(encodeFrame(e.frame));
      if (e.type !== 'sent' || e.frame.kind !== 'device_event') return;
      forged({ kind: 'ack', deviceId: B1, seq: e.frame.seq });
      forged(secureFrame({ kind: 'ack', deviceId: B1, seq: e.frame.seq }, wrongKey, 1e6));
      forged(
        secureFrame({ kind: 'nak', deviceId: B1, seq: e.frame.seq, reason: 'not_paired' }, wrongKey, 1e6),
      );
    });
    // The forger's own transmissions in the pendant's name, as the dongle forwards them.
    sim.dongle.writeRaw(encodeFrame(samplePendantAlarm)); // version 1 from a device with a key
    sim.dongle.writeRaw(encodeFrame(secureFrame({ ...samplePendantAlarm, seq: 9 }, wrongKey, 50)));
    sim.dongle.writeRaw(encodeFrame(secureFrame(samplePendantHeartbeat, wrongKey, 51)));
    await waitFor(async () => ((await status(socket)).refusedFrames.E_FRAME_MIC ?? 0) >= 2, {
      what: 'the forged frames to be refused',
    });

    pendant.press();
    await waitFor(() => sim.events.some((e) => e.type === 'acked' && e.deviceId === B1), {
      what: 'the real alarm to be ACKed',
      ms: 20_000,
    });
    const rejectedByPendant = sim.events.filter((e) => e.type === 'rejected');
    expect(rejectedByPendant.length).toBeGreaterThanOrEqual(3);
    expect(sim.events.some((e) => e.type === 'gave_up')).toBe(false);

    // A replay of the real alarm's frame, byte for byte, after it was accepted.
    sim.dongle.writeRaw(captured[0]!);
    await waitFor(async () => ((await status(socket)).refusedFrames.E_FRAME_REPLAY ?? 0) >= 1, {
      what: 'the replay to be refused',
    });
    const refused = (await status(socket)).refusedFrames;
    expect(refused.E_FRAME_UNSECURED).toBeGreaterThanOrEqual(1);
    expect(refused.E_FRAME_MIC).toBeGreaterThanOrEqual(2);
    const events = await deviceEvents(socket);
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toMatch(/^00A1B2C3 alarm 10 /);

    // The key is in the hub state (0600) and nowhere a person or a log can see it.
    const devices = await callGateway(socket, 'devices');
    expect(devices).toMatchObject({
      paired: [expect.objectContaining({ deviceId: '00A1B2C3', authenticated: true })],
    });
    const shown = JSON.stringify(devices) + JSON.stringify(await status(socket));
    const printed = (await runCli(['devices', '--json', '--socket', socket])).stdout;
    for (const text of [shown, printed, daemon.out(), daemon.err()]) {
      expect(text).not.toContain(keyHex);
      expect(text.toLowerCase()).not.toContain(keyHex.toLowerCase());
    }
    expect(daemon.out() + daemon.err()).toMatch(/device frame refused/);
    expect(statSync(join(stateDir, 'hub.db')).mode & 0o777).toBe(0o600);
    // `vakt backup` copies carry the key and the counters (a restored hub keeps its devices).
    const copy = join(stateDir, '..', 'backup.db');
    await callGateway(socket, 'backup', { path: copy });
    const db = new Database(copy, { readonly: true });
    const row = db
      .prepare('SELECT link_key, rx_counter, tx_counter FROM device_keys WHERE device_id = ?')
      .get(B1) as {
      link_key: Buffer;
      rx_counter: number;
      tx_counter: number;
    };
    db.close();
    expect(row.link_key.toString('hex').toUpperCase()).toBe(keyHex);
    expect(row.rx_counter).toBeGreaterThanOrEqual(0);
    expect(row.tx_counter).toBeGreaterThan(0);
    expect(statSync(copy).mode & 0o777).toBe(0o600);
  }, 60_000);

  it('a version-1 device is refused unless allowed explicitly; then flagged unauthenticated and its frames accepted', async () => {
    const { sim, socket } = await setup();
    await expect(callGateway(socket, 'pair', { deviceId: '00C0DE01', deviceType: 4 })).rejects.toMatchObject({
      code: 'E_PAIR_UNAUTHENTICATED',
    });
    const refused = await runCli(['pair', '--device', '00C0DE01', '--type', '4', '--socket', socket]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/--allow-unauthenticated/);
    expect((await runCli(['pair', '--socket', socket])).stderr).toMatch(/--install-code/);
    expect(((await status(socket)) as unknown as { learn: { active: boolean } }).learn.active).toBe(false);
    await callGateway(socket, 'pair', { allowUnauthenticated: true, deviceId: '00C0DE01', deviceType: 4 });
    await expect(
      callGateway(socket, 'pair', { deviceId: '00A1B2C3', deviceType: 3, installCode: 'nonsense' }),
    ).rejects.toMatchObject({ code: 'E_CONTROL_PARAMS' });
    (sim.device('L1') as Pendant & { pull(): void }).pull();
    await waitFor(() => sim.events.some((e) => e.type === 'acked' && e.deviceId === 0x00c0de01), {
      what: 'the legacy device to be ACKed',
    });
    const devices = (await callGateway(socket, 'devices')) as { paired: Array<{ authenticated: boolean }> };
    expect(devices.paired).toEqual([expect.objectContaining({ deviceId: '00C0DE01', authenticated: false })]);
    expect((await runCli(['devices', '--socket', socket])).stdout).toMatch(/00C0DE01.*UNAUTHENTICATED/);
    const notices = ((await callGateway(socket, 'events')) as Array<{ summary: string }>).filter((e) =>
      e.summary.startsWith('DEVICE_UNAUTHENTICATED'),
    );
    expect(notices).toHaveLength(1);
    // The pendant is not paired: its secured frames are refused for want of a key, and it is listed as heard.
    (sim.device('B1') as Pendant).press();
    await waitFor(async () => ((await status(socket)).refusedFrames.E_FRAME_KEY ?? 0) >= 1, {
      what: 'the unpaired secured device to be refused',
    });
    const heard = (await callGateway(socket, 'devices')) as { unpairedHeard: Array<{ deviceId: string }> };
    expect(heard.unpairedHeard.map((d) => d.deviceId)).toContain('00A1B2C3');
  }, 60_000);

  it('learn mode with an install code: the right code pairs and the press is delivered; a wrong one unpairs', async () => {
    const { sim, socket } = await setup();
    const learn = (installCode: string) =>
      callGateway(socket, 'learn', { timeoutS: 20, wait: true, installCode, label: 'pendant' }, 40_000);
    const pressWhenLearning = async () => {
      await waitFor(
        async () => ((await callGateway(socket, 'status')) as { learn: { active: boolean } }).learn.active,
        {
          what: 'learn mode',
        },
      );
      (sim.device('B1') as Pendant).press();
    };
    const wrong = learn(simInstallCode(0x12345678));
    // A neighbour's version-1 device transmits first: the dongle pairs it, its frame cannot verify
    // (it has no install code), so it is unpaired and learn mode goes on for the installer's device.
    await waitFor(
      async () => ((await status(socket)) as unknown as { learn: { active: boolean } }).learn.active,
      {
        what: 'learn mode',
      },
    );
    (sim.device('L1') as Pendant & { pull(): void }).pull();
    await waitFor(async () => ((await status(socket)).refusedFrames.E_FRAME_UNSECURED ?? 0) >= 1, {
      what: 'the version-1 frame to be refused',
    });
    await pressWhenLearning();
    await expect(wrong).resolves.toMatchObject({
      result: 'wrong_install_code',
      deviceId: '00A1B2C3',
      notes: [expect.stringMatching(/^00C0DE01 speaks version 1/)],
    });
    expect(((await callGateway(socket, 'devices')) as { paired: unknown[] }).paired).toEqual([]);

    // The refused press is still being retransmitted; a battery swap clears it (counters persist).
    (sim.device('B1') as Pendant).swapBattery();
    const right = learn(simInstallCode(B1));
    await waitFor(elapsed(Date.now(), DEBOUNCE_MS + 100), { what: "the button's debounce to pass" });
    await pressWhenLearning();
    await expect(right).resolves.toMatchObject({ result: 'paired', deviceId: '00A1B2C3' });
    await waitFor(() => sim.events.some((e) => e.type === 'acked' && e.deviceId === B1), {
      what: 'the press that paired to be ACKed',
      ms: 20_000,
    });
    expect(await deviceEvents(socket)).toHaveLength(1);
  }, 90_000);
});
