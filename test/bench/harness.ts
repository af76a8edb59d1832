/**
 * Tiny benchmark harness: every figure is reported as a ratio against a baseline measured in the
 * same run on the same machine, never as an absolute target.
 */
import { performance } from 'node:perf_hooks';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  /** value / baseline, or for "lower is better" figures baseline / value: higher is always better. */
  ratio?: number;
  target?: string;
}

/** Runs `fn` repeatedly for about `ms` milliseconds (after a warm-up); returns calls per second. */
export function opsPerSecond(fn: () => void, ms = 1000): number {
  const warmUntil = performance.now() + ms / 4;
  while (performance.now() < warmUntil) fn();
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    fn();
    n++;
    now = performance.now();
  }
  return (n * 1000) / (now - start);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function printRows(title: string, rows: BenchRow[]): void {
  process.stdout.write(
    `\n## ${title}\n\n| figure | value | baseline | ratio | target |\n|---|---|---|---|---|\n`,
  );
  for (const r of rows) {
    const fmt = (v: number | undefined): string => (v === undefined ? '' : `${round(v)} ${r.unit}`);
    process.stdout.write(
      `| ${r.name} | ${fmt(r.value)} | ${fmt(r.baseline)} | ${r.ratio === undefined ? '' : r.ratio.toFixed(2)} | ${r.target ?? ''} |\n`,
    );
  }
}

function round(v: number): string {
  return Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en-US') : v.toPrecision(3);
}
