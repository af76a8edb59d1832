/**
 * How the CLI ends: user errors print one clear line (plus the fix) and never a stack trace;
 * unexpected errors print a stack only with VAKT_DEBUG=1. Exit codes (docs/technician.md):
 *   0 success · 1 the operation ran and failed (no receipt, check failed) · 2 bad usage or input
 *   3 environment unavailable (port, broker, socket, file) · 70 internal error
 */
import { CommanderError } from 'commander';
import { VaktError } from '../../protocol/errors.ts';

export const ExitCode = { OK: 0, FAILED: 1, USAGE: 2, UNAVAILABLE: 3, INTERNAL: 70 } as const;

const USAGE_PREFIXES = [
  'E_USAGE',
  'E_CONFIG',
  'E_INPUT',
  'E_DEVICE_ID',
  'E_FRAME_JSON',
  'E_SCENARIO',
  'E_ARG',
  'E_SMS',
  'E_CONTROL_PARAMS',
  'E_INSTALL_CODE',
  'E_KEY',
];
const UNAVAILABLE_PREFIXES = [
  'E_PORT',
  'E_BROKER',
  'E_SOCKET',
  'E_FILE',
  'E_CONNECT',
  'E_NOT_RUNNING',
  'E_MODEM',
  'E_STORAGE',
];

export function exitCodeFor(err: VaktError): number {
  if (USAGE_PREFIXES.some((p) => err.code.startsWith(p))) return ExitCode.USAGE;
  if (UNAVAILABLE_PREFIXES.some((p) => err.code.startsWith(p))) return ExitCode.UNAVAILABLE;
  return ExitCode.FAILED;
}

/** Prints `err` for a person (or as one JSON line with --json) and exits with its code. */
export function reportAndExit(err: unknown): never {
  const json = process.argv.includes('--json');
  if (err instanceof CommanderError) {
    process.exit(err.exitCode === 0 ? 0 : ExitCode.USAGE);
  }
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
