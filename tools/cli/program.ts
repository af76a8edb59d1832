/**
 * The `vakt` CLI. Each subcommand is one file in ./commands, named as the command, exporting
 * `register(program)`; this file finds them, so adding a command touches nothing else. Only the
 * command named on the line is imported (all of them for help and for an unknown name), and
 * commands load their heavy dependencies inside their action: `vakt run` carries no other
 * command's code, and `vakt --help` stays fast.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command } from 'commander';

export type CommandModule = { register(program: Command): void };

const here = dirname(fileURLToPath(import.meta.url));
// dist/ holds a copy of package.json (npm run build), so this path holds in both trees.
const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };
/** `.ts` when running the sources, `.js` when running the build. */
const EXT = fileURLToPath(import.meta.url).endsWith('.ts') ? '.ts' : '.js';

/** The command names, from the files in ./commands. */
export function commandNames(): string[] {
  return readdirSync(join(here, 'commands'))
    .filter((f) => f.endsWith(EXT) && !f.endsWith(`.test${EXT}`))
    .map((f) => f.slice(0, -EXT.length))
    .sort();
}

/** The first operand on the line (the command's name), if any. */
function firstOperand(argv: readonly string[]): string | undefined {
  return argv.slice(2).find((a) => !a.startsWith('-'));
}

export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('vakt')
    .description('Vakt social-alarm hub: gateway, simulator, installer and technician tools')
    .version(pkg.version)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ outputError: (text, write) => write(text) })
    // Before any subcommand exists: commander copies this to each, so their usage errors throw
    // (and exit 2 in exit.ts) instead of exiting 1 on their own.
    .exitOverride();
  const names = commandNames();
  const named = firstOperand(argv);
  for (const name of named !== undefined && names.includes(named) ? [named] : names) {
    const mod = (await import(pathToFileURL(join(here, 'commands', name + EXT)).href)) as CommandModule;
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
  const name = firstOperand(argv);
  const known =
    name === undefined ||
    name === 'help' ||
    program.commands.some((c) => c.name() === name || c.aliases().includes(name));
  return known ? [...argv] : argv.filter((a, i) => i < 2 || (a !== '--help' && a !== '-h'));
}
