/**
 * Opens the hub state database: one SQLite file, WAL, synchronous=FULL (a commit is on disk when
 * it returns), created 0600 in a 0700 directory, migrated to the latest schema version. The WAL
 * is kept small (wal-keeper.ts).
 */
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { VaktError } from '../../protocol/errors.ts';
import { MIGRATIONS } from './migrations.ts';
import { WAL_AUTOCHECKPOINT_PAGES, WAL_SIZE_LIMIT } from './wal-keeper.ts';

export type Db = Database.Database;

export function openDatabase(dir: string, file = 'hub.db'): Db {
  const path = join(dir, file);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    // A bounded WAL (wal-keeper.ts): checkpointed every 1 MiB of pages, cut back to 1 MiB after.
    db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
    db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT}`);
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (err) {
    if (err instanceof VaktError) throw err;
    const e = err as NodeJS.ErrnoException;
    throw new VaktError(
      'E_STORAGE_OPEN',
      `cannot open hub state ${path}: ${e.code ?? e.message}`,
      'check storage.dir exists on a writable disk and belongs to the service user',
    );
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db): void {
  const from = schemaVersion(db);
  if (from > MIGRATIONS.length) {
    throw new VaktError(
      'E_STORAGE_VERSION',
      `hub state has schema version ${from}, this software knows ${MIGRATIONS.length}`,
      'install the newer Vakt version that wrote it, or restore a backup',
    );
  }
  for (let v = from; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
