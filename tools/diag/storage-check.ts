/**
 * Rows "storage write" and "storage space": the state directory takes a real write (a probe file
 * written, fsync'ed and deleted — a read-only remount or a failing SD card shows only on write)
 * and has more free space than `storage.minFreeMb`, the daemon's own STORAGE alarm threshold.
 */
import { closeSync, fsyncSync, openSync, statfsSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { DiagContext } from './context.ts';
import { type DiagRow, fail, pass, skip, warn } from './row.ts';

/** Free space under minFreeMb × this is a warning before it becomes the daemon's alarm. */
const WARN_FACTOR = 1.25;

export function checkStorage(ctx: DiagContext): DiagRow[] {
  if (!ctx.loaded) return [skip('storage', 'skipped — no valid config to name the state directory')];
  const { dir, minFreeMb } = ctx.loaded.config.storage;
  return [writeRow(dir, ctx), spaceRow(dir, minFreeMb)];
}

function writeRow(dir: string, ctx: DiagContext): DiagRow {
  const name = 'storage write';
  const file = join(dir, `.diag-probe-${process.pid}`);
  try {
    const fd = openSync(file, 'w', 0o600);
    try {
      writeSync(fd, `${process.pid}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    unlinkSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    const daemonError = ctx.daemon?.status.health.writeError;
    if (code === 'EACCES' || code === 'EPERM') {
      if (ctx.daemon && daemonError === null)
        return pass(name, `${dir}: the daemon writes it fine (this user may not: ${code})`);
      return warn(
        name,
        `${dir}: this user may not write it (${code}), so it could not be tested`,
        'run vakt diag as root (sudo vakt diag) or as the vakt user',
      );
    }
    if (code === 'ENOENT')
      return fail(
        name,
        `${dir} does not exist`,
        ctx.daemon
          ? 'the daemon runs with another state directory: give vakt diag the config it runs with'
          : 'check storage.dir; vakt run creates it at start (systemctl start vakt)',
      );
    return fail(
      name,
      `${dir}: a write failed (${code}: ${(err as Error).message})`,
      'the storage card is failing or read-only (dmesg | tail): replace the storage card or the hub',
    );
  }
  if (ctx.daemon?.status.health.writeError)
    return fail(
      name,
      `the daemon cannot write its state: ${ctx.daemon.status.health.writeError}`,
      'replace the storage card or the hub; restart vakt after the fix',
    );
  return pass(name, `${dir}: a probe file was written, synced and deleted`);
}

function spaceRow(dir: string, minFreeMb: number): DiagRow {
  const name = 'storage space';
  let freeMb: number;
  try {
    const s = statfsSync(dir);
    freeMb = Math.floor((Number(s.bavail) * Number(s.bsize)) / 1_048_576);
  } catch (err) {
    return skip(name, `skipped — ${dir} cannot be read (${(err as NodeJS.ErrnoException).code})`);
  }
  const action = 'free space on the hub (journalctl --vacuum-size=50M, old logs) or replace its storage card';
  if (freeMb < minFreeMb)
    return fail(name, `${freeMb} MB free in ${dir}, below storage.minFreeMb ${minFreeMb} MB`, action);
  if (freeMb < minFreeMb * WARN_FACTOR)
    return warn(name, `${freeMb} MB free in ${dir}, close to storage.minFreeMb ${minFreeMb} MB`, action);
  return pass(name, `${freeMb} MB free (alarm below ${minFreeMb} MB)`);
}
