/**
 * How the CLI ends: user errors print one clear line (plus the fix) and never a stack trace;
 * unexpected errors print a stack only with VAKT_DEBUG=1. The exit code follows the error code's
 * category in protocol/error-codes.ts (docs/technician.md, "Exit codes"):
 *   0 success · 1 failed · 2 usage, input or config · 3 not found or unavailable · 70 internal
 */
import { CommanderError } from 'commander';
import { categoryOf, EXIT_FOR_CATEGORY } from '../../protocol/error-codes.ts';
import { VaktError } from '../../protocol/errors.ts';

export const ExitCode = { OK: 0, FAILED: 1, USAGE: 2, UNAVAILABLE: 3, INTERNAL: 70 } as const;

export function exitCodeFor(err: VaktError): number {
  return EXIT_FOR_CATEGORY[categoryOf(err.code)];
}

/** The exit code for anything thrown out of the CLI: commander's usage errors exit 2, help 0. */
export function exitCodeOf(err: unknown): number {
  if (err instanceof CommanderError) return err.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
  if (err instanceof VaktError) return exitCodeFor(err);
  return ExitCode.INTERNAL;
}

/** Prints `err` for a person (or as one JSON line with --json) and exits with its code. */
export function reportAndExit(err: unknown): never {
  const json = process.argv.includes('--json');
  if (err instanceof CommanderError) process.exit(exitCodeOf(err));
  if (err instanceof VaktError) {
    if (json) process.stdout.write(`${JSON.stringify({ error: err.toJSON() })}\n`);
    else process.stderr.write(`vakt: ${err.message}${err.hint ? `\n  fix: ${err.hint}` : ''}\n`);
    process.exit(exitCodeFor(err));
  }
  const e = err instanceof Error ? err : new Error(String(err));
  if (json)
    process.stdout.write(`${JSON.stringify({ error: { code: 'E_INTERNAL', message: e.message } })}\n`);
  else
    process.stderr.write(
      `vakt: internal error: ${e.message}\n${process.env.VAKT_DEBUG ? `${e.stack}\n` : '  (set VAKT_DEBUG=1 for a stack trace)\n'}`,
    );
  process.exit(ExitCode.INTERNAL);
}
