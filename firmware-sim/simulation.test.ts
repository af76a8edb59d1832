import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../protocol/clock.ts';
import { AckingPeer } from '../test/support/acking-peer.ts';
import { parseScenario } from './scenario/load.ts';
import { Simulation } from './simulation.ts';

const scenario = (seed: number) =>
  parseScenario(`name: property
seed: ${seed}
duration: 3h
devices:
  - { name: B1, id: 00A1B2C3, kind: pendant, paired: true }
  - { name: B2, id: 00A1B2C4, kind: wrist }
  - { name: D1, id: 0000D001, kind: door, window: 5m }
  - { name: P1, id: 00C0DE01, kind: pull_cord }
timeline:
  - { at: 1m, do: press B1 }
  - { at: 1m, do: press B2 }
  - { at: 2m, do: open D1, for: 10m }
  - { at: 3m, do: pull P1 }
  - { at: 20m, do: tamper B1, for: 1m }
  - { at: 30m, do: test B2 }
  - { at: 40m, do: press B1 }
`);

/** A simulation on an in-memory line to an AckingPeer, both on one fake clock. */
async function run(seed: number, bitError: number) {
  const clock = new FakeClock();
  let sim: Simulation | undefined;
  const peer = new AckingPeer((bytes) => clock.setTimer(1, () => sim!.fromHub(bytes)));
  sim = await Simulation.start({
    scenario: scenario(seed),
    clock,
    link: { memory: (bytes) => clock.setTimer(1, () => peer.receive(bytes)) },
  });
  sim.setFault('bit-error', bitError);
  clock.advance(3 * 3600_000);
  await sim.stop();
  return { sim, peer };
}

describe('simulation against a SPEC-only peer', () => {
  it('with 1 % bit errors both ways, every event is eventually ACKed, and accepted exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), async (seed) => {
        const { sim, peer } = await run(seed, 0.01);
        const raised = sim.events.filter(
          (e) => e.type === 'sent' && e.frame.kind === 'device_event' && e.frame.attempt === 0,
        );
        const acked = sim.events.filter((e) => e.type === 'acked');
        expect(sim.events.filter((e) => e.type === 'gave_up')).toEqual([]);
        expect(acked).toHaveLength(raised.length);
        expect(peer.accepted).toHaveLength(raised.length);
        expect(raised.length).toBeGreaterThanOrEqual(9);
        expect(peer.errors).toBeGreaterThan(0); // the line really was noisy
      }),
      { numRuns: 25 },
    );
  });

  it('a clean line needs no retransmission and raises no duplicates', async () => {
    const { sim, peer } = await run(1, 0);
    expect(
      sim.events.filter((e) => e.type === 'acked').every((e) => e.type === 'acked' && e.attempts === 1),
    ).toBe(true);
    expect(peer.duplicates).toBe(0);
    expect(peer.received.filter((f) => f.kind === 'receiver_status').length).toBeGreaterThan(1000);
  });

  it('an unpaired device NAKed not_paired gives up at once', async () => {
    const clock = new FakeClock();
    let sim: Simulation | undefined;
    const peer = new AckingPeer((b) => clock.setTimer(1, () => sim!.fromHub(b)), {
      nakNotPaired: new Set([0x00a1b2c3]),
    });
    sim = await Simulation.start({
      scenario: scenario(2),
      clock,
      link: { memory: (b) => clock.setTimer(1, () => peer.receive(b)) },
    });
    clock.advance(2 * 60_000);
    expect(sim.events.find((e) => e.type === 'gave_up' && e.deviceId === 0x00a1b2c3)).toMatchObject({
      reason: 'not_paired',
      attempts: 1,
    });
    await sim.stop();
  });

  it('learn mode pairs the first device heard and reports it; unpair forgets it', async () => {
    const clock = new FakeClock();
    const { encodeFrame, decodeAll } = await import('../protocol/serial/index.ts');
    const out: Buffer[] = [];
    const sim = await Simulation.start({
      scenario: scenario(3),
      clock,
      link: { memory: (b) => out.push(b) },
      timeline: false,
    });
    sim.fromHub(encodeFrame({ kind: 'receiver_command', seq: 9, command: 'unpair', deviceId: 0x00a1b2c3 }));
    sim.fromHub(encodeFrame({ kind: 'receiver_command', seq: 10, command: 'learn_enter', timeout: 60 }));
    clock.advance(100);
    (sim.device('B1') as import('./devices/pendant.ts').Pendant).press();
    clock.advance(1000);
    const frames = decodeAll(Buffer.concat(out)).flatMap((d) => ('frame' in d ? [d.frame] : []));
    expect(frames).toContainEqual({ kind: 'ack', deviceId: 0, seq: 10 });
    expect(frames).toContainEqual({
      kind: 'pairing_result',
      deviceId: 0x00a1b2c3,
      deviceType: 3,
      result: 'unpaired',
    });
    expect(frames).toContainEqual({
      kind: 'pairing_result',
      deviceId: 0x00a1b2c3,
      deviceType: 3,
      result: 'paired',
    });
    await sim.stop();
  });
});
