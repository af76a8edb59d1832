/** Usage errors exit 2 for every subcommand, and an unknown command is one even with --help. */
import { type Command, CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { exitCodeOf } from './exit.ts';
import { argvForParse, buildProgram } from './program.ts';

async function quietProgram(): Promise<Command> {
  const program = await buildProgram();
  const silence = (c: Command): void => {
    c.configureOutput({ writeOut: () => {}, writeErr: () => {}, outputError: () => {} });
    for (const sub of c.commands) silence(sub);
  };
  silence(program);
  return program;
}

/** Every command path: ['keys'], ['keys', 'generate'], … */
function commandPaths(c: Command, prefix: string[] = []): string[][] {
  return c.commands.flatMap((sub) => {
    const path = [...prefix, sub.name()];
    return [path, ...commandPaths(sub, path)];
  });
}

async function thrownBy(argv: string[]): Promise<unknown> {
  const program = await quietProgram();
  try {
    await program.parseAsync(argvForParse(program, ['node', 'vakt', ...argv]));
  } catch (err) {
    return err;
  }
  return undefined;
}

describe('vakt usage errors', () => {
  it('an unknown option exits 2 for every registered subcommand', async () => {
    const paths = commandPaths(await quietProgram());
    expect(paths.length).toBeGreaterThan(15);
    for (const path of paths) {
      const err = await thrownBy([...path, '--no-such-option']);
      expect(err, path.join(' ')).toBeInstanceOf(CommanderError);
      // A command with a mandatory option reports that first; either is a usage error.
      expect((err as CommanderError).code, path.join(' ')).toMatch(
        /^commander\.(unknownOption|missingMandatoryOptionValue)$/,
      );
      expect(exitCodeOf(err), path.join(' ')).toBe(2);
    }
  });

  it('an unknown command exits 2 with a suggestion, even with --help', async () => {
    for (const argv of [['swarm', '--help'], ['staus'], ['-h', 'devics']]) {
      const err = await thrownBy(argv);
      expect((err as CommanderError).code, argv.join(' ')).toBe('commander.unknownCommand');
      expect(exitCodeOf(err)).toBe(2);
    }
    const err = (await thrownBy(['staus', '--help'])) as CommanderError;
    expect(err.message).toContain('Did you mean status?');
  });

  it('help of a known command still exits 0', async () => {
    const err = await thrownBy(['status', '--help']);
    expect((err as CommanderError).code).toBe('commander.helpDisplayed');
    expect(exitCodeOf(err)).toBe(0);
  });
});
