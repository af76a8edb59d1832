#!/usr/bin/env node
// The `vakt` command. A hub runs the compiled JavaScript in dist/ (`npm run build`): no
// TypeScript is transpiled at start. A development checkout without dist/, or any run with
// VAKT_SOURCE=1 (the tests set it, so they never run a stale build), runs the TypeScript
// sources through tsx, a devDependency. The test suite transpiles the sources once per run into
// a temp tree and names it in VAKT_TEST_TREE (test/global-setup.ts): plain node runs that.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const compiled = new URL('../../dist/tools/cli/main.js', import.meta.url);
const testTree = process.env.VAKT_TEST_TREE;
if (testTree) {
  await import(pathToFileURL(join(testTree, 'tools/cli/main.js')).href);
} else if (process.env.VAKT_SOURCE !== '1' && existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./main.ts');
}
