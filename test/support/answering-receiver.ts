/**
 * A radio receiver that answers: firmware-sim's dongle on the device side of a socat PTY. It
 * answers status requests (and sends its status every 10 s), so a receiver check passes on it
 * where a bare PTY — or a modem's port — stays silent.
 */
import { parseScenario } from '../../firmware-sim/scenario/load.ts';
import { Simulation } from '../../firmware-sim/simulation.ts';

export interface AnsweringReceiver {
  /** Where the hub (or a check) opens it. */
  hubPath: string;
  close(): Promise<void>;
}

export async function startAnsweringReceiver(): Promise<AnsweringReceiver> {
  const sim = await Simulation.start({
    scenario: parseScenario(
      'name: receiver\nduration: 1h\ndevices:\n  - { name: B1, id: 00A1B2C3, kind: pendant }\n',
    ),
    link: { pty: true },
    timeline: false,
  });
  return { hubPath: sim.hubPath!, close: () => sim.stop() };
}
