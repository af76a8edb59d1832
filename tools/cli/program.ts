/**
 * The `vakt` CLI. Each subcommand is one file in ./commands exporting `register(program)`;
 * this file finds them, so adding a command touches nothing else. Commands load their heavy
 * dependencies inside their action, so `vakt --help` stays fast.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command } from 'commander';

export type CommandModule = { register(program: Command): void };

const here = dirname(fileURLToPath(import.meta.url));
const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

export async function buildProgram(): Promise<Command> {
  const program = new Command('vakt')
    .description('Vakt social-alarm hub: gateway, simulator, installer and technician tools')
    .version(pkg.version)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ outputError: (text, write) => write(text) });
  const dir = join(here, 'commands');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort();
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as CommandModule;
    mod.register(program);
  }
  return program;
}
