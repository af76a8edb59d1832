/** The simulated dongle and version-2 devices against the SPEC-only peer (SPEC §4, §6.7–6.8). */
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import {
  crc16,
  DeviceKey,
  decodeAll,
  encodeFrame,
  type Frame,
  secureFrame,
  stuff,
} from '../../protocol/serial/index.ts';
import { AckingPeer } from '../../test/support/acking-peer.ts';
import { simDeviceKey } from '../devices/install-codes.ts';
import type { Pendant } from '../devices/pendant.ts';
import { parseScenario } from '../scenario/load.ts';
import { Simulation } from '../simulation.ts';

const B1 = 0x00a1b2c3;
const B2 = 0x00a1b2c4;
const LEGACY = 0x00c0de01;
const keys = new Map([B1, B2].map((id) => [id, new DeviceKey(simDeviceKey(id))]));

const scenario = parseScenario(`name: secured
seed: 4
duration: 2h
receiver: { version: 2 }
devices:
  - { name: B1, id: 00A1B2C3, kind: pendant, link: v2, paired: true }
  - { name: B2, id: 00A1B2C4, kind: wrist, link: v2 }
  - { name: P1, id: 00C0DE01, kind: pull_cord, link: v1 }
timeline:
  - { at: 1m, do: press B1 }
  - { at: 2m, do: press B2 }
  - { at: 3m, do: pull P1 }
  - { at: 20m, do: battery-swap B1 }
  - { at: 30m, do: press B1 }
  - { at: 40m, do: test B2 }
`);

/** The simulation on a memory line to a version-2 peer; `forge` may add frames of its own. */
async function secured(bitError: number, forge?: (f: Frame, inject: (b: Buffer) => void) => void) {
  const clock = new FakeClock();
  let sim: Simulation | undefined;
  const toSim = (b: Buffer) => clock.setTimer(1, () => sim!.fromHub(b));
  const peer = new AckingPeer((b) => clock.setTimer(2, () => sim!.fromHub(b)), {
    keys,
    refuseUnsecured: true,
  });
  sim = await Simulation.start({
    scenario,
    clock,
    link: {
      memory: (b) => {
        if (forge) for (const d of decodeAll(b)) if ('frame' in d) forge(d.frame, toSim);
        clock.setTimer(1, () => peer.receive(b));
      },
    },
  });
  sim.setFault('bit-error', bitError);
  clock.advance(2 * 3600_000);
  await sim.stop();
  const first = sim.events.filter(
    (e) => e.type === 'sent' && e.frame.kind === 'device_event' && e.frame.attempt === 0,
  );
  return { sim, peer, first };
}

describe('version-2 devices through the dongle', () => {
  it('every secured event is ACKed once under 1 % bit errors; the legacy device is refused', async () => {
    const { sim, peer, first } = await secured(0.01);
    const securedFirst = first.filter((e) => e.type === 'sent' && e.deviceId !== LEGACY);
    expect(securedFirst.length).toBe(4);
    expect(peer.accepted.map((f) => f.deviceId).sort()).toEqual([B1, B1, B2, B2]);
    expect(peer.accepted.every((f) => f.version === 2 && f.security)).toBe(true);
    expect(sim.events.filter((e) => e.type === 'acked' && e.deviceId !== LEGACY)).toHaveLength(4);
    expect(peer.rejected.get('E_FRAME_UNSECURED')).toBeGreaterThan(0);
    expect(peer.rejected.get('E_FRAME_MIC')).toBeUndefined();
    expect(peer.rejected.get('E_FRAME_REPLAY')).toBeUndefined();
    expect(sim.events.find((e) => e.type === 'gave_up' && e.deviceId === LEGACY)).toMatchObject({
      reason: 'no ACK',
    });
    expect(peer.received.filter((f) => f.kind === 'receiver_status').every((f) => f.version === 2)).toBe(
      true,
    );
  });

  it('a forger who answers every alarm with a forged ACK at once does not stop its delivery', async () => {
    const { sim, peer } = await secured(0, (f, inject) => {
      if (f.kind !== 'device_event' || f.deviceId === LEGACY) return;
      inject(encodeFrame({ kind: 'ack', deviceId: f.deviceId, seq: f.seq })); // version 1
      inject(
        encodeFrame(
          secureFrame(
            { kind: 'ack', deviceId: f.deviceId, seq: f.seq },
            keys.get(B2 === f.deviceId ? B1 : B2)!,
            1e6,
          ),
        ),
      );
    });
    const rejected = sim.events.filter((e) => e.type === 'rejected');
    expect(rejected.length).toBeGreaterThanOrEqual(8);
    expect(new Set(rejected.map((e) => e.type === 'rejected' && e.code))).toEqual(
      new Set(['E_FRAME_UNSECURED', 'E_FRAME_MIC']),
    );
    expect(peer.accepted.filter((f) => f.deviceId !== LEGACY)).toHaveLength(4);
    expect(sim.events.filter((e) => e.type === 'acked' && e.deviceId !== LEGACY)).toHaveLength(4);
  });
});

describe('the dongle on the serial line', () => {
  async function line() {
    const clock = new FakeClock();
    const out: Buffer[] = [];
    const sim = await Simulation.start({
      scenario,
      clock,
      link: { memory: (b) => out.push(b) },
      timeline: false,
    });
    const frames = () => decodeAll(Buffer.concat(out)).flatMap((d) => ('frame' in d ? [d.frame] : []));
    return { clock, sim, frames, out };
  }

  it('learn mode ignores devices in its table and ends on a new one, reporting it before its frame', async () => {
    const { clock, sim, frames } = await line();
    sim.fromHub(encodeFrame({ kind: 'receiver_command', seq: 1, command: 'learn_enter', timeout: 60 }));
    (sim.device('B1') as Pendant).press(); // in the table: forwarded, learn mode goes on
    clock.advance(1000);
    expect(sim.dongle.learnMode).toBe(true);
    (sim.device('B2') as Pendant).press();
    clock.advance(1000);
    expect(sim.dongle.learnMode).toBe(false);
    const seen = frames().filter((f) => f.kind === 'pairing_result' || f.kind === 'device_event');
    const pairing = seen.findIndex((f) => f.kind === 'pairing_result');
    expect(seen[pairing]).toMatchObject({ deviceId: B2, deviceType: 3, result: 'paired', version: 2 });
    expect(seen[pairing + 1]).toMatchObject({ kind: 'device_event', deviceId: B2, attempt: 0 });
    expect(seen.filter((f) => f.kind === 'pairing_result')).toHaveLength(1);
    await sim.stop();
  });

  it('executes a command once per seq, answering a repeat; NAKs a command it cannot execute', async () => {
    const { sim, frames } = await line();
    const unpair = encodeFrame({ kind: 'receiver_command', seq: 7, command: 'unpair', deviceId: B1 });
    sim.fromHub(unpair);
    sim.fromHub(unpair);
    const body = Uint8Array.from([1, 0x11, 3, 0, 8, 9]);
    const c = crc16(body);
    sim.fromHub(stuff(Uint8Array.from([...body, c >> 8, c & 0xff])));
    const f = frames();
    expect(f.filter((x) => x.kind === 'ack' && x.seq === 7)).toHaveLength(2);
    expect(f.filter((x) => x.kind === 'pairing_result')).toEqual([
      { kind: 'pairing_result', deviceId: B1, deviceType: 3, result: 'unpaired', version: 2 },
    ]);
    expect(f).toContainEqual({ kind: 'nak', deviceId: 0, seq: 8, reason: 'unsupported_command', version: 2 });
    await sim.stop();
  });
});
