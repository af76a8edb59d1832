/** Runs the `vakt` CLI as a child process without blocking this process's event loop. */

import { type ChildProcess, spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { waitFor } from './wait-for.ts';

export interface CliRun {
  child: ChildProcess;
  out(): string;
  err(): string;
  exit: Promise<number | null>;
}

/** `nodeArgs` go to node before the script, e.g. the flags deploy/vakt.service starts the hub with. */
export function startCli(args: string[], env: Record<string, string> = {}, nodeArgs: string[] = []): CliRun {
  const child = spawn(process.execPath, [...nodeArgs, 'tools/cli/vakt.js', ...args], {
    env: { ...process.env, ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out: () => out, err: () => err, exit };
}

/** Runs the CLI to completion. */
export async function runCli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const r = startCli(args, env);
  const status = await r.exit;
  return { status, stdout: r.out(), stderr: r.err() };
}

/** Starts `vakt run --config FILE` and resolves once its control socket is there. */
export async function startDaemon(
  config: string,
  socket: string,
  env?: Record<string, string>,
  nodeArgs?: string[],
): Promise<CliRun> {
  const d = startCli(['run', '--config', config], env, nodeArgs);
  await waitForSocket(d, socket);
  return d;
}

/** Resolves once the daemon `d` has made its control socket `socket` (and is still running). */
export async function waitForSocket(d: CliRun, socket: string): Promise<void> {
  // Under the unit's --lite-mode and a loaded machine, start takes up to ~17 s (docs/benchmarks.md).
  await waitFor(() => statSync(socket).isSocket() && d.child.exitCode === null, {
    ms: 45_000,
    what: `the daemon's control socket at ${socket}`,
  });
}

/**
 * Pairs the simulated pendant B1 (00A1B2C3, a version-1 device, so opted in explicitly) with
 * `vakt pair`, as an installer would; throws with the CLI's message unless it exits 0.
 */
export async function pairPendantByCli(socket: string, label?: string): Promise<void> {
  const r = await runCli([
    'pair',
    '--allow-unauthenticated',
    '--device',
    '00A1B2C3',
    '--type',
    '3',
    ...(label ? ['--label', label] : []),
    '--socket',
    socket,
  ]);
  if (r.status !== 0) throw new Error(`vakt pair exited ${r.status}: ${r.stderr}`);
}
