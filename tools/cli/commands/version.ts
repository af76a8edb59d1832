import { createRequire } from 'node:module';
import type { Command } from 'commander';

/** `vakt version [--json]`: the software version, Node version and platform, for support calls. */
export function register(program: Command): void {
  program
    .command('version')
    .description('print the Vakt version, Node.js version and platform')
    .option('--json', 'print one JSON object')
    .addHelpText('after', '\nExample:\n  $ vakt version --json')
    .action((opts: { json?: boolean }) => {
      const pkg = createRequire(import.meta.url)('../../../package.json') as { version: string };
      const info = {
        vakt: pkg.version,
        node: process.version,
        platform: `${process.platform}-${process.arch}`,
      };
      process.stdout.write(
        opts.json ? `${JSON.stringify(info)}\n` : `vakt ${info.vakt} (node ${info.node}, ${info.platform})\n`,
      );
    });
}
