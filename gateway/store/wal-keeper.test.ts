import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { openDatabase } from './database.ts';
import { WAL_SIZE_LIMIT, WalKeeper } from './wal-keeper.ts';

const walSize = (dir: string) => statSync(join(dir, 'hub.db-wal')).size;

describe('WalKeeper', () => {
  it('truncates the WAL to nothing when space is low, at most once per 2 s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vakt-wal-'));
    const db = openDatabase(dir);
    const clock = new FakeClock();
    db.exec('CREATE TABLE t (x TEXT)');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    for (let i = 0; i < 100; i++) insert.run('x'.repeat(1000));
    expect(walSize(dir)).toBeGreaterThan(100_000);
    // "Low" is anything below a petabyte: every 32nd commit looks, and relieves.
    const keeper = new WalKeeper(db, dir, clock, 2 ** 50);
    for (let i = 0; i < 32; i++) keeper.committed();
    expect(walSize(dir)).toBe(0);
    insert.run('y');
    expect(keeper.relieve('again')).toBeUndefined(); // within 2 s
    clock.advance(2_000);
    expect(keeper.relieve('write failed')).toMatchObject({ reason: 'write failed', walBytesAfter: 0 });
  });

  it('the database keeps its WAL near the size limit on its own (pragmas)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vakt-wal-'));
    const db = openDatabase(dir);
    db.exec('CREATE TABLE t (x TEXT)');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    for (let i = 0; i < 5000; i++) insert.run('x'.repeat(1000));
    expect(walSize(dir)).toBeLessThan(2 * WAL_SIZE_LIMIT);
  });
});
