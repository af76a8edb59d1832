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
    .configureOutput({ outputError: (text, write) => write(text) })
    // Before any subcommand exists: commander copies this to each, so their usage errors throw
    // (and exit 2 in exit.ts) instead of exiting 1 on their own.
    .exitOverride();
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

/**
 * The argv to parse: `vakt fleet --help` must fail as an unknown command (exit 2, with a
 * suggestion) rather than print the top-level help and exit 0, so help flags are dropped when the
 * first operand names no command.
 */
export function argvForParse(program: Command, argv: readonly string[]): string[] {
  const name = argv.slice(2).find((a) => !a.startsWith('-'));
  const known =
    name === undefined ||
    name === 'help' ||
    program.commands.some((c) => c.name() === name || c.aliases().includes(name));
  return known ? [...argv] : argv.filter((a, i) => i < 2 || (a !== '--help' && a !== '-h'));
}
