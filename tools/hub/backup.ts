/**
 * `vakt backup`: asks the running gateway for a consistent copy of its state (SQLite online
 * backup, mode 0600). The gateway writes the file itself, as its service user, so the path is
 * made absolute here and must be writable by the service (docs/operations.md).
 */
import { resolve } from 'node:path';
import { callGateway } from '../../gateway/control/client.ts';
import { VaktError } from '../../protocol/errors.ts';
import { print } from './format.ts';
import { type SocketOptions, socketPath } from './socket.ts';

export interface BackupOptions extends SocketOptions {
  to?: string;
  json?: boolean;
}

/** Long enough for a large outbox on a slow SD card; the copy runs in steps between commits. */
const BACKUP_TIMEOUT_MS = 300_000;

export async function runBackup(o: BackupOptions): Promise<void> {
  if (!o.to)
    throw new VaktError(
      'E_USAGE_BACKUP',
      'give --to FILE: where the gateway writes the copy',
      'e.g. vakt backup --to /var/lib/vakt/backups/hub-$(date +%F).db',
    );
  const r = (await callGateway(socketPath(o), 'backup', { path: resolve(o.to) }, BACKUP_TIMEOUT_MS)) as {
    path: string;
    bytes: number;
    schemaVersion: number;
    devices: number;
  };
  print(
    o.json,
    r,
    () =>
      `backup written: ${r.path} (${Math.ceil(r.bytes / 1024)} KiB, schema version ${r.schemaVersion}, ${r.devices} paired devices)`,
  );
}
