/**
 * The gateway's outbox (database + memory) against the Outbox contract, and what it does while
 * writes fail: memory rows still flow and are receipted; receipts of stored rows that cannot be
 * written are kept out of the window and written with the next receipts.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { openDatabase } from './database.ts';
import { HubOutbox } from './hub-outbox.ts';
import { MemoryOutbox } from './memory-outbox.ts';
import { contractRow, outboxContract } from './outbox.contract.ts';
import { OutboxTable } from './outbox-table.ts';
import { Sql } from './sql.ts';

function open(failures: string[] = []) {
  const db = openDatabase(mkdtempSync(join(tmpdir(), 'vakt-hub-outbox-')));
  const table = new OutboxTable(
    new Sql(db),
    new FakeClock(),
    () => {},
    () => {},
  );
  const memory = new MemoryOutbox();
  const outbox = new HubOutbox(table, memory, (_err, what) => failures.push(what));
  return { db, table, memory, outbox };
}

outboxContract({ name: 'hub (database + memory)', make: () => open().outbox });

describe('hub outbox while writes fail', () => {
  it('holds appends in memory, forwards them in order, and catches up receipts once writes work', () => {
    const failures: string[] = [];
    const { db, table, memory, outbox } = open(failures);
    const stored = contractRow('technical', 1);
    outbox.append(stored);
    db.pragma('query_only = ON'); // every write now fails inside SQLite, as on a read-only disk
    const held = contractRow('alarm', 2);
    expect(outbox.append(held)).toBe(true);
    expect(memory.has(held.eventId)).toBe(true);
    expect(outbox.next(10, () => false).map((r) => r.eventId)).toEqual([held.eventId, stored.eventId]);
    // Both receipted: the memory row goes at once; the stored one cannot be deleted yet…
    const found = outbox.receipted([held.eventId, stored.eventId]);
    expect([...found.keys()]).toEqual([held.eventId]);
    expect(failures).toContain('record receipts');
    // …but is not handed out again, and is deleted with the next receipts once writes work.
    expect(outbox.next(10, () => false)).toEqual([]);
    expect(table.stats().depth).toBe(1);
    db.pragma('query_only = OFF');
    expect([...outbox.receipted([]).keys()]).toEqual([stored.eventId]);
    expect(outbox.stats()).toEqual({ depth: 0, oldestAt: null });
  });
});
