/**
 * Runtime control of a running `vakt sim`: lines typed on standard input are timeline verbs
 * ("press B1", "unplug", "jam") or fault settings ("fault bit-error 1%", "fault loss 20% B1",
 * "fault drop 0"). For technicians and demos; a scenario file does the same at set times.
 */
import { createInterface, type Interface } from 'node:readline';
import type { Simulation } from '../../firmware-sim/index.ts';
import { perform } from '../../firmware-sim/scenario/actions.ts';
import { FAULTS, VERBS } from '../../firmware-sim/scenario/schema.ts';
import { parseRate } from '../../protocol/duration.ts';

export function attachConsole(sim: Simulation, say: (line: string) => void): Interface {
  const rl = createInterface({ input: process.stdin, terminal: false });
  rl.on('line', (raw) => {
    const line = raw.trim();
    if (!line) return;
    const [word, ...rest] = line.split(/\s+/);
    try {
      if (word === 'fault') {
        const [fault, rateText, device] = rest;
        const rate =
          rateText === undefined
            ? undefined
            : parseRate(rateText.endsWith('%') ? rateText : Number(rateText));
        if (!FAULTS.includes(fault as (typeof FAULTS)[number]) || rate === undefined) {
          say(`console: usage: fault <${FAULTS.join('|')}> <rate, e.g. 1%> [device]`);
          return;
        }
        sim.setFault(fault as (typeof FAULTS)[number], rate, device);
      } else if (VERBS.includes(word as (typeof VERBS)[number])) {
        void perform(sim, { at: 0, do: line }).catch((err: Error) => say(`console: ${err.message}`));
      } else {
        say(
          `console: unknown command "${word}". Verbs: ${VERBS.join(', ')}; or: fault <name> <rate> [device]`,
        );
      }
    } catch (err) {
      say(`console: ${(err as Error).message}`);
    }
  });
  return rl;
}
