/**
 * The JavaScript tree that `vakt` started by a test runs: every source file of the four rooms
 * transpiled by esbuild (the transpiler tsx itself uses) into a directory of the same layout,
 * relative imports kept as imports with `.ts` made `.js`. Loading it is plain node: no loader
 * hooks and no per-file cache look-ups, which made each `vakt` a test started cost about a
 * second more than the same command built (docs/benchmarks.md, "Test suite").
 *
 * It is made from the current sources at the start of every vitest run (test/global-setup.ts),
 * so it is never older than what is checked out; it is not dist/, which `npm run build` owns.
 */
import { copyFileSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

const ROOMS = ['protocol', 'firmware-sim', 'gateway', 'tools'];
/** Files the sources import or read next to themselves that are not TypeScript. */
const COPIED = ['package.json', 'protocol/uplink/generated/vakt.js'];

function sources(dir: string, acc: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules') sources(path, acc);
    } else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') && !e.name.endsWith('.test.ts')) {
      acc.push(path);
    }
  }
  return acc;
}

/**
 * Each entry is emitted alone: every import it makes stays an import (bundling would give each
 * file its own copy of shared modules, and `import.meta.url` would point at the bundle).
 */
const keepImports: Plugin = {
  name: 'keep-imports',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (a) =>
      a.kind === 'entry-point'
        ? undefined
        : { path: a.path.startsWith('.') ? a.path.replace(/\.ts$/, '.js') : a.path, external: true },
    );
  },
};

/** Transpiles the checkout at `root` into `out` (an empty directory) and returns `out`. */
export async function buildTree(root: string, out: string): Promise<string> {
  await build({
    entryPoints: ROOMS.flatMap((room) => sources(join(root, room))),
    outdir: out,
    outbase: root,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    plugins: [keepImports],
  });
  for (const file of COPIED) {
    mkdirSync(join(out, file, '..'), { recursive: true });
    copyFileSync(join(root, file), join(out, file));
  }
  // Packages resolve from the file's directory upwards: the tree shares the checkout's.
  symlinkSync(join(root, 'node_modules'), join(out, 'node_modules'));
  return out;
}
