/**
 * CPU seconds used so far by a process, or by a process and its direct children (PostgreSQL's
 * backends), read from /proc; and the machine's busy fraction of all cores, from /proc/stat. Lets
 * a bench say where the cores went in a run.
 */
import { readdirSync, readFileSync } from 'node:fs';

const HZ = 100; // clock ticks per second on Linux

function stat(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  } catch {
    return undefined; // gone meanwhile
  }
}

/** utime + stime of `pid`, and of its children too when `withChildren`. */
export function cpuSeconds(pid: number | undefined, withChildren = false): number {
  if (pid === undefined) return Number.NaN;
  const own = (f: string[] | undefined) => (f ? (Number(f[11]) + Number(f[12])) / HZ : 0);
  let s = own(stat(pid));
  if (withChildren)
    for (const e of readdirSync('/proc')) {
      if (!/^\d+$/.test(e)) continue;
      const f = stat(Number(e));
      if (f && Number(f[1]) === pid) s += own(f);
    }
  return s;
}

/** Busy and total jiffies of all cores together since boot. */
export function machineJiffies(): { busy: number; total: number } {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  return { busy: total - f[3]! - f[4]!, total }; // idle, iowait
}
