/** Runs the `vakt` CLI as a child process without blocking this process's event loop. */

import { type ChildProcess, spawn } from 'node:child_process';
import { statSync } from 'node:fs';

export interface CliRun {
  child: ChildProcess;
  out(): string;
  err(): string;
  exit: Promise<number | null>;
}

export function startCli(args: string[], env: Record<string, string> = {}): CliRun {
  const child = spawn(process.execPath, ['tools/cli/vakt.js', ...args], { env: { ...process.env, ...env } });
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

/** Polls `cond` every 20 ms until it holds; throws after `ms`. */
export async function until(cond: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Starts `vakt run --config FILE` and resolves once its control socket is there. */
export async function startDaemon(
  config: string,
  socket: string,
  env?: Record<string, string>,
): Promise<CliRun> {
  const d = startCli(['run', '--config', config], env);
  await waitForSocket(d, socket);
  return d;
}

/** Resolves once the daemon `d` has made its control socket `socket` (and is still running). */
export async function waitForSocket(d: CliRun, socket: string): Promise<void> {
  await until(() => {
    try {
      return statSync(socket).isSocket() && d.child.exitCode === null;
    } catch {
      return false;
    }
  }, 15_000);
}
