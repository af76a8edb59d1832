#!/usr/bin/env node
// The `vakt` command. A hub runs the compiled JavaScript in dist/ (`npm run build`): no
// TypeScript is transpiled at start. A development checkout without dist/, or any run with
// VAKT_SOURCE=1 (the tests set it, so they never run a stale build), runs the TypeScript
// sources through tsx, a devDependency.
import { existsSync } from 'node:fs';

const compiled = new URL('../../dist/tools/cli/main.js', import.meta.url);
if (process.env.VAKT_SOURCE !== '1' && existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./main.ts');
}
