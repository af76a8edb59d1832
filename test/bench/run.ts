/**
 * `npm run bench [-- NAME…]`: runs every test/bench/*.bench.ts (or those whose file name contains
 * one of NAME) and prints Markdown tables. Each bench file exports `run(): Promise<void>`.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();
process.stdout.write(
  `# Vakt benchmarks — ${new Date().toISOString()} — node ${process.version}, ${process.platform}-${process.arch}\n`,
);
for (const f of files) {
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { run(): Promise<void> };
  await mod.run();
}
process.exit(0);
