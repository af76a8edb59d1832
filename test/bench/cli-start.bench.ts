/**
 * What one `vakt` started by a test costs: `vakt --help` (it loads every command) run to its exit,
 * from the TypeScript sources through tsx's loader (VAKT_SOURCE=1, what tests ran before) and from
 * the tree the test suite transpiles once per run (VAKT_TEST_TREE, test/support/built-tree.ts).
 * Baseline, same run: `node -e ''`, a node process that does nothing. Also the tree's build time,
 * paid once per vitest run (test/global-setup.ts). CLI_START_RUNS sets the runs per figure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildTree } from '../support/built-tree.ts';
import { type BenchRow, percentile, printRows } from './harness.ts';

const RUNS = Number(process.env.CLI_START_RUNS ?? 15);

/** Wall time, in ms, of `node ARGS` run to its exit with `env` added. */
function wallMs(args: string[], env: Record<string, string>): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return performance.now() - start;
}

/**
 * Median wall time of each command; the commands take turns, run by run, so a change in the
 * machine's load (shared cores) falls on all of them alike.
 */
function medians(commands: Array<[string[], Record<string, string>]>): number[] {
  const times = commands.map((): number[] => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [c, [args, env]] of commands.entries()) times[c]!.push(wallMs(args, env));
  }
  return times.map((t) => percentile(t.sort((a, b) => a - b), 50));
}

export async function run(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'vakt-bench-tree-'));
  try {
    const started = performance.now();
    await buildTree(process.cwd(), out);
    const buildMs = performance.now() - started;
    const help = ['tools/cli/vakt.js', '--help'];
    const { VAKT_TEST_TREE: _, ...withoutTree } = process.env;
    process.env = withoutTree;
    const [bare, viaTsx, viaTree] = medians([
      [['-e', ''], {}],
      [help, { VAKT_SOURCE: '1' }],
      [help, { VAKT_SOURCE: '1', VAKT_TEST_TREE: out }],
    ]) as [number, number, number];
    const rows: BenchRow[] = [
      { name: '`vakt --help`, sources via tsx', value: viaTsx, unit: 'ms', baseline: bare, ratio: bare / viaTsx },
      { name: '`vakt --help`, test tree', value: viaTree, unit: 'ms', baseline: bare, ratio: bare / viaTree },
      { name: 'tree build (once per vitest run)', value: buildMs, unit: 'ms' },
    ];
    printRows(`vakt started by a test (median of ${RUNS} runs; ratio = bare node / figure)`, rows);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
