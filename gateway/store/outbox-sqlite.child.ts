/**
 * The crashing half of the SQLite outbox's crash-and-reopen test (outbox-sqlite.test.ts): opens
 * the hub state in argv[2], appends the row in argv[3] (JSON), says so, and waits to be killed.
 */
import { FakeClock } from '../../protocol/clock.ts';
import { openDatabase } from './database.ts';
import { OutboxTable } from './outbox-table.ts';
import type { OutboxRow } from './rows.ts';
import { Sql } from './sql.ts';

const [dir, json] = process.argv.slice(2) as [string, string];
const outbox = new OutboxTable(
  new Sql(openDatabase(dir)),
  new FakeClock(),
  () => {},
  () => {},
);
outbox.append(JSON.parse(json) as OutboxRow);
process.stdout.write('appended\n');
setInterval(() => {}, 60_000); // no clean shutdown: the test kills this process
