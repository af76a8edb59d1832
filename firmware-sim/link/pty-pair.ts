/**
 * A pair of connected pseudo-terminals made by socat: bytes written to one end are read at the
 * other, as on a USB-CDC serial line. `vakt sim --pty` uses it to give the gateway a port, and the
 * tests use it for real serial links. Closing the pair makes both paths vanish, as an unplugged
 * dongle does.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VaktError } from '../../protocol/errors.ts';

export interface PtyPair {
  /** Path the simulated device side opens. */
  readonly devicePath: string;
  /** Path the gateway opens (the "dongle" as the hub sees it). */
  readonly hubPath: string;
  close(): Promise<void>;
}

export interface PtyPairOptions {
  /** Directory for the two symlinks; a fresh temporary directory by default. */
  dir?: string;
  /** Names of the links inside `dir`. */
  deviceName?: string;
  hubName?: string;
  timeoutMs?: number;
}

export async function openPtyPair(options: PtyPairOptions = {}): Promise<PtyPair> {
  const ownDir = options.dir === undefined;
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'vakt-pty-'));
  const devicePath = join(dir, options.deviceName ?? 'device');
  const hubPath = join(dir, options.hubName ?? 'hub');
  const child = spawn('socat', [`pty,raw,echo=0,link=${devicePath}`, `pty,raw,echo=0,link=${hubPath}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const spawnFailed = new Promise<never>((_, reject) => {
    child.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'ENOENT'
          ? new VaktError('E_PTY_SOCAT', 'socat is not installed', 'apt-get install -y socat')
          : new VaktError('E_PTY_SOCAT', `socat failed to start: ${err.message}`),
      ),
    );
  });
  await Promise.race([
    waitForPaths([devicePath, hubPath], child, () => stderr, options.timeoutMs ?? 5000),
    spawnFailed,
  ]);
  return {
    devicePath,
    hubPath,
    close: () => stop(child, ownDir ? dir : undefined),
  };
}

async function waitForPaths(
  paths: string[],
  child: ChildProcess,
  stderr: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!paths.every((p) => existsSync(p))) {
    if (child.exitCode !== null)
      throw new VaktError('E_PTY_SOCAT', `socat exited (${child.exitCode}): ${stderr().trim()}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new VaktError(
        'E_PTY_SOCAT',
        `socat did not create ${paths.join(' and ')} within ${timeoutMs} ms`,
      );
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function stop(child: ChildProcess, dir: string | undefined): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
}
