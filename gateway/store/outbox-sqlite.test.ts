/** The SQLite outbox (`OutboxTable`) against the Outbox contract, with a real SIGKILL crash. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeClock } from '../../protocol/clock.ts';
import { openDatabase } from './database.ts';
import { outboxContract } from './outbox.contract.ts';
import { OutboxTable } from './outbox-table.ts';
import type { OutboxRow } from './rows.ts';
import { Sql } from './sql.ts';

const CHILD = join(import.meta.dirname, 'outbox-sqlite.child.ts');

function open(dir: string): OutboxTable {
  return new OutboxTable(
    new Sql(openDatabase(dir)),
    new FakeClock(),
    () => {},
    () => {},
  );
}

/** Runs the child that appends `row`, kills it with SIGKILL once it says it appended. */
async function appendAndKill(dir: string, row: OutboxRow): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, JSON.stringify(row)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, s) => resolve(s)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('appended')) resolve();
    });
    child.on('exit', (code) =>
      reject(new Error(`append child exited (${code}) before appending: ${stderr}`)),
    );
  });
  child.kill('SIGKILL');
  if ((await exited) !== 'SIGKILL') throw new Error('append child was not killed by SIGKILL');
}

outboxContract({
  name: 'SQLite (OutboxTable)',
  make: () => open(mkdtempSync(join(tmpdir(), 'vakt-outbox-'))),
  async crashAfterAppend(row) {
    const dir = mkdtempSync(join(tmpdir(), 'vakt-outbox-crash-'));
    await appendAndKill(dir, row);
    return open(dir);
  },
});
