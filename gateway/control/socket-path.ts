/**
 * The control socket's path before listening: only a stale *socket* is removed. A regular file,
 * a directory or a symlink there is someone else's and is never unlinked; a socket another
 * daemon still answers on is in use.
 */
import { lstatSync, type Stats, unlinkSync } from 'node:fs';
import { connect } from 'node:net';
import { VaktError } from '../../protocol/errors.ts';

const PROBE_MS = 1000;

export async function clearStaleSocket(path: string): Promise<void> {
  let st: Stats;
  try {
    st = lstatSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new VaktError(
      'E_SOCKET_PATH',
      `cannot inspect the control socket path ${path}: ${(err as NodeJS.ErrnoException).code}`,
      'check control.socket and the permissions of its directory',
    );
  }
  if (!st.isSocket())
    throw new VaktError(
      'E_SOCKET_PATH',
      `control.socket ${path} exists and is a ${kindOf(st)}, not a socket; it is left untouched`,
      'remove it if it is not needed, or set control.socket to another path',
    );
  if (await answers(path))
    throw new VaktError(
      'E_SOCKET_LISTEN',
      `control.socket ${path} is in use: another vakt run answers on it`,
      'stop the other daemon (systemctl stop vakt) or give this one another control.socket',
    );
  unlinkSync(path);
}

/** Removes the socket at `path` on stop, unless something else has replaced it. */
export function removeOwnSocket(path: string): void {
  try {
    if (lstatSync(path).isSocket()) unlinkSync(path);
  } catch {
    // already gone
  }
}

function answers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = connect(path);
    const done = (live: boolean) => {
      probe.destroy();
      resolve(live);
    };
    probe.setTimeout(PROBE_MS, () => done(true)); // a socket that accepts but hangs is still taken
    probe.once('connect', () => done(true));
    probe.once('error', () => done(false));
  });
}

function kindOf(st: Stats): string {
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isDirectory()) return 'directory';
  if (st.isFile()) return 'regular file';
  return 'special file';
}
