/**
 * `--store`: a directory (the embedded file store, the default) or a postgres:// URL (one database
 * for a whole `$share` group). Like the broker URL, the database URL must not carry a password:
 * it would show in `ps` and in logs; PostgreSQL's own PGPASSWORD or ~/.pgpass supply it.
 */
import type { Logger } from 'pino';
import { VaktError } from '../../protocol/errors.ts';
import type { EventStore } from './event-store.ts';
import { FileEventStore } from './file-event-store.ts';
import { PgEventStore } from './postgres/pg-event-store.ts';

export function isDatabaseUrl(store: string): boolean {
  return /^postgres(ql)?:\/\//i.test(store);
}

export function storeFromOption(store: string, receiverId: string, log: Logger): EventStore {
  if (!isDatabaseUrl(store)) return new FileEventStore(store);
  let url: URL;
  try {
    url = new URL(store);
  } catch {
    throw new VaktError(
      'E_USAGE_STORE',
      '--store looks like a database URL but does not parse',
      'write it as postgres://user@host:5432/dbname',
    );
  }
  if (url.password)
    throw new VaktError(
      'E_USAGE_STORE',
      '--store must not contain a password',
      'give the password in PGPASSWORD or ~/.pgpass (PostgreSQL reads both)',
    );
  return new PgEventStore({ url: store, receiverId, log });
}
