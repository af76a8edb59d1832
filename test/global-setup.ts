/**
 * Run once by vitest before any test file (vitest.config.ts): transpiles the current sources into
 * a fresh temp directory (support/built-tree.ts) and names it in VAKT_TEST_TREE, which the test
 * workers and every process they start inherit; `tools/cli/vakt.js` then runs that tree.
 * Removed when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { buildTree } from './support/built-tree.ts';

export default async function setup(): Promise<() => void> {
  const out = mkdtempSync(`${tmpdir()}/vakt-test-tree-`);
  await buildTree(process.cwd(), out);
  process.env.VAKT_TEST_TREE = out;
  return () => rmSync(out, { recursive: true, force: true });
}
