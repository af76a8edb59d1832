/**
 * Online backup and the store half of the watchdog's liveness check. The copy comes from
 * SQLite's backup API (better-sqlite3 `db.backup`), so it is consistent while the daemon keeps
 * committing; it is written to a temporary file (mode 0600) beside the target, checked, and only
 * then renamed into place, so a file at the target path is always a whole backup.
 */
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { VaktError } from '../../protocol/errors.ts';
import type { Db } from './database.ts';
import { RESTORED_MARK } from './device-keys-table.ts';

export interface BackupResult {
  path: string;
  bytes: number;
  schemaVersion: number;
  devices: number;
}

export async function backupDatabase(db: Db, to: string): Promise<BackupResult> {
  if (existsSync(to))
    throw new VaktError(
      'E_CONTROL_PARAMS',
      `${to} already exists; a backup never overwrites a file`,
      'give a new file name, e.g. with the date in it',
    );
  const tmp = join(dirname(to), `.${basename(to)}.partial-${process.pid}`);
  try {
    closeSync(openSync(tmp, 'wx', 0o600));
    await db.backup(tmp);
    chmodSync(tmp, 0o600);
    const checked = checkCopy(tmp);
    const fd = openSync(tmp, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, to);
    return { path: to, bytes: statSync(to).size, ...checked };
  } catch (err) {
    for (const leftover of [tmp, `${tmp}-wal`, `${tmp}-shm`]) if (existsSync(leftover)) unlinkSync(leftover);
    if (err instanceof VaktError) throw err;
    const e = err as NodeJS.ErrnoException;
    throw new VaktError(
      'E_CONTROL_UNAVAILABLE',
      `cannot write the backup ${to}: ${e.code ?? e.message}`,
      'the daemon writes the copy itself, as its service user; under the shipped systemd unit it may write only below the state directory (e.g. /var/lib/vakt/backups/)',
    );
  }
}

/**
 * Makes the copy one self-contained file (rollback journal instead of WAL, so no -wal/-shm files
 * belong to it; the daemon switches a restored file back to WAL) and checks it.
 */
function checkCopy(path: string): { schemaVersion: number; devices: number } {
  const copy = new Database(path, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    // The copy is marked, the live database never: a hub started on it knows it was restored and
    // advances its device-link counters (device-keys-table.ts, SPEC §4.4).
    copy.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(RESTORED_MARK, '1');
    const ok = copy.pragma('quick_check', { simple: true });
    if (ok !== 'ok') throw new VaktError('E_BACKUP_CHECK', `the backup copy fails its check: ${ok}`);
    return {
      schemaVersion: copy.pragma('user_version', { simple: true }) as number,
      devices: (copy.prepare('SELECT count(*) AS n FROM devices').get() as { n: number }).n,
    };
  } finally {
    copy.close();
  }
}

/** How long the liveness check waits for a write lock held by another process (it blocks the event loop meanwhile). */
const LOCK_WAIT_MS = 200;

/** Null when the database takes a write lock now; otherwise what failed. Writes nothing. */
export function storeWriteProblem(db: Db): string | null {
  if (!db.open) return 'the hub state database is closed';
  const busy = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma(`busy_timeout = ${LOCK_WAIT_MS}`);
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    return null;
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    return `the hub state database takes no write: ${(err as Error).message}`;
  } finally {
    db.pragma(`busy_timeout = ${busy}`);
  }
}
