/**
 * Pairing as an installer does it, against a real `vakt run` on firmware-sim over a PTY, with the
 * reference platform on aedes: learn mode is not ended (nor a label overwritten) by a paired
 * pendant's heartbeat, the press that pairs arrives as a TEST flagged `pairing_press`, every
 * change reaches the platform as a DEVICE_PAIRING notice naming its source, `vakt pair --device`
 * relabels a paired device, and Ctrl-C on `vakt pair` ends learn mode at the receiver.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Pendant } from '../firmware-sim/devices/pendant.ts';
import { callGateway } from '../gateway/control/client.ts';
import { startHubWithPlatform } from './support/hub-daemon.ts';
import { runCli, startCli } from './support/run-cli.ts';
import { waitFor } from './support/wait-for.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

// B2 sends nothing until pressed (a day's heartbeat): a heartbeat of its own in learn mode would
// pair it before the press the test makes, and `vakt pair` would end on it.
const DEVICES =
  '  - { name: B1, id: 00A1B2C3, kind: pendant, heartbeat: 1s }\n  - { name: B2, id: 00A1B2C4, kind: pendant, heartbeat: 1d }\n';
const B1 = 0x00a1b2c3;

interface Paired {
  deviceId: string;
  label: string;
  location: number | null;
  lastSeenAt: number | null;
}
const devices = async (socket: string) =>
  ((await callGateway(socket, 'devices')) as { paired: Paired[] }).paired;
const learning = async (socket: string) =>
  ((await callGateway(socket, 'status')) as { learn: { active: boolean } }).learn.active;

describe('pairing over a real PTY', () => {
  it('a paired pendant heard in learn mode keeps its label and does not end it; the new pendant’s press is a pairing press; the platform hears of both', async () => {
    const { p, hub } = await startHubWithPlatform(cleanup, { devices: DEVICES });
    const s = ['--socket', hub.socket];
    await callGateway(hub.socket, 'pair', {
      allowUnauthenticated: true,
      deviceId: '00A1B2C3',
      deviceType: 3,
      label: 'resident pendant',
      location: 12,
    });
    const pairing = startCli([
      'pair',
      '--allow-unauthenticated',
      '--label',
      'hall pendant',
      '--location',
      '38',
      '--timeout',
      '30',
      '--json',
      ...s,
    ]);
    // `vakt pair` starts from TypeScript sources and learn mode is on once the receiver ACKs it
    // (SPEC §6.7, up to three sends): under the full suite's load that takes longer than 15 s.
    await waitFor(() => learning(hub.socket), {
      what: 'learn mode on',
      ms: 45_000,
    });
    const learnFrom = Date.now();
    // B1 beats every second: wait until the hub has heard it in learn mode, then learn mode must still be on.
    await waitFor(
      async () =>
        ((await devices(hub.socket)).find((d) => d.deviceId === '00A1B2C3')?.lastSeenAt ?? 0) > learnFrom,
      { what: 'a heartbeat of the paired pendant during learn mode' },
    );
    await waitFor(() => hub.sim.dongle.learnMode, { what: 'the receiver in learn mode (again)' });
    expect(await learning(hub.socket)).toBe(true);
    (hub.sim.device('B2') as Pendant).press();
    expect(await pairing.exit).toBe(0);
    const outcome = JSON.parse(pairing.out()) as { result: string; deviceId: string; notes?: string[] };
    expect(outcome).toMatchObject({ result: 'paired', deviceId: '00A1B2C4' });
    // A v1 receiver reports the paired pendant (`already_paired`); the outcome says it was kept.
    if (hub.sim.events.some((e) => e.type === 'paired' && e.deviceId === B1))
      expect(outcome.notes).toContain(
        '00A1B2C3 is already paired as "resident pendant": kept its label and location',
      );
    await waitFor(() => hub.sim.events.some((e) => e.type === 'acked' && e.deviceId === 0x00a1b2c4), {
      what: 'the pairing press ACKed',
    });
    expect(await devices(hub.socket)).toEqual([
      expect.objectContaining({ deviceId: '00A1B2C3', label: 'resident pendant', location: 12 }),
      expect.objectContaining({ deviceId: '00A1B2C4', label: 'hall pendant', location: 38 }),
    ]);

    const alarms = () =>
      p.handled('alarm').filter((a) => a.deviceId === 0x00a1b2c4 || a.deviceId === '00A1B2C4');
    await waitFor(() => alarms().length === 1, { what: 'the pairing press at the platform' });
    expect(alarms()[0]).toMatchObject({ eventClass: 'EVENT_CLASS_TEST', pairingPress: true, priority: 9 });
    const pairingNotices = () =>
      p.handled('technical').filter((t) => t.kind === 'TECHNICAL_KIND_DEVICE_PAIRING');
    await waitFor(() => pairingNotices().length === 2, { what: 'two DEVICE_PAIRING notices' });
    expect(pairingNotices().map((t) => t.details)).toEqual([
      expect.objectContaining({ change: 'paired', source: 'control_socket', method: 'direct' }),
      expect.objectContaining({
        change: 'paired',
        source: 'control_socket',
        method: 'learn_mode',
        label: 'hall pendant',
      }),
    ]);
  }, 90_000);

  it('vakt pair --device relabels a paired device; Ctrl-C on vakt pair ends learn mode at the receiver', async () => {
    const { p, hub } = await startHubWithPlatform(cleanup, { devices: DEVICES });
    const s = ['--socket', hub.socket];
    await callGateway(hub.socket, 'pair', {
      allowUnauthenticated: true,
      deviceId: '00A1B2C3',
      deviceType: 3,
      label: 'pendant',
      location: 12,
    });
    const relabel = await runCli(['pair', '--device', '00A1B2C3', '--label', 'wrist button', ...s]);
    expect(relabel).toMatchObject({ status: 0, stdout: 'relabelled 00A1B2C3\n' });
    expect(await devices(hub.socket)).toEqual([
      expect.objectContaining({ deviceId: '00A1B2C3', label: 'wrist button', location: 12 }),
    ]);
    const notices = () =>
      p
        .handled('technical')
        .filter((t) => t.kind === 'TECHNICAL_KIND_DEVICE_PAIRING')
        .map((t) => t.details);
    await waitFor(() => notices().length === 2, { what: 'the pair and relabel notices' });
    expect(notices()[1]).toMatchObject({
      change: 'relabelled',
      previous_label: 'pendant',
      label: 'wrist button',
    });

    const pairing = startCli(['pair', '--allow-unauthenticated', '--timeout', '60', ...s]);
    await waitFor(() => learning(hub.socket), { what: 'learn mode on', ms: 45_000 });
    await waitFor(() => hub.sim.dongle.learnMode, { what: 'the receiver in learn mode' });
    pairing.child.kill('SIGINT');
    expect(await pairing.exit).toBe(1);
    expect(pairing.err()).toContain('learn mode ended on the hub');
    expect(await learning(hub.socket)).toBe(false);
    await waitFor(() => !hub.sim.dongle.learnMode, { what: 'the receiver out of learn mode' });
  }, 90_000);
});
