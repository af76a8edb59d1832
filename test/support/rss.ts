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

export interface RssAround {
  /** Settled before `act`. */
  baseline: number;
  /** The highest sampled while `act` ran and the process settled. */
  peak: number;
  /** Settled after `act`. */
  after: number;
  /** "LABEL: RSS before … MiB, peak …, after …", for the test's report and messages. */
  line: string;
}

/** `pid`'s RSS around `act`: settled before, sampled during, settled again after. */
export async function rssAround(pid: number, label: string, act: () => Promise<unknown>): Promise<RssAround> {
  const baseline = await settledRss(pid);
  const sampler = rssSampler(pid);
  try {
    await act();
    const after = await settledRss(pid);
    const peak = sampler.peak;
    const line = `${label}: RSS before ${baseline.toFixed(1)} MiB, peak ${peak.toFixed(1)}, after ${after.toFixed(1)}`;
    return { baseline, peak, after, line };
  } finally {
    sampler.stop();
  }
}
