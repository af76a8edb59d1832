/** The demo's live story: one readable line per thing that happened, from the three vantage points. */
import { hex32 } from '../../protocol/serial/index.ts';

const t0 = Date.now();
const stamp = () => `+${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s`;

export function say(who: 'device' | 'hub' | 'platform' | 'demo', line: string): void {
  process.stdout.write(`${stamp()}  ${who.padEnd(8)}  ${line}\n`);
}

export function deviceName(names: Map<number, string>, id: number): string {
  return `${names.get(id) ?? 'device'} ${hex32(id)}`;
}
