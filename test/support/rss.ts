/** Resident memory of another process, from /proc (Linux), for flood tests against a real daemon. */
import { readFileSync } from 'node:fs';

export function rssMiB(pid: number): number {
  const m = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(m[1]) / 1024;
}

/** Samples `pid`'s RSS every `everyMs` until stopped; `peak` is the highest seen. */
export function rssSampler(pid: number, everyMs = 50) {
  let peak = rssMiB(pid);
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssMiB(pid));
    } catch {
      // the process is gone; the test will say so
    }
  }, everyMs);
  return {
    get peak() {
      return peak;
    },
    stop: () => clearInterval(timer),
  };
}

/** Waits until two readings `gapMs` apart differ by less than `tolMiB`: the process has settled. */
export async function settledRss(pid: number, gapMs = 1000, tolMiB = 2, maxMs = 30_000): Promise<number> {
  const end = Date.now() + maxMs;
  let last = rssMiB(pid);
  for (;;) {
    await new Promise((r) => setTimeout(r, gapMs));
    const now = rssMiB(pid);
    if (Math.abs(now - last) < tolMiB || Date.now() > end) return now;
    last = now;
  }
}
