/** Watchers are told only what is on disk: `afterCommit` runs after the outer commit, never after a rollback. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Db } from './database.ts';
import { Sql } from './sql.ts';

function sql(): Sql {
  const db: Db = new Database(':memory:');
  db.exec('CREATE TABLE t (x INTEGER)');
  return new Sql(db);
}

describe('Sql.afterCommit', () => {
  it('runs once the outer transaction committed, in order; at once outside one', () => {
    const q = sql();
    const told: string[] = [];
    q.transaction(() => {
      q.get('INSERT INTO t VALUES (1)').run();
      q.afterCommit(() => told.push('a'));
      q.transaction(() => q.afterCommit(() => told.push('b'))); // nested: joins the outer commit
      expect(told).toEqual([]);
    });
    expect(told).toEqual(['a', 'b']);
    q.afterCommit(() => told.push('now'));
    expect(told).toEqual(['a', 'b', 'now']);
  });

  it('never runs for a transaction rolled back; a nested one rolled back drops only its own', () => {
    const q = sql();
    const told: string[] = [];
    expect(() =>
      q.transaction(() => {
        q.afterCommit(() => told.push('lost'));
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    q.relaxed(() => {
      q.afterCommit(() => told.push('kept'));
      try {
        q.transaction(() => {
          q.afterCommit(() => told.push('inner lost'));
          throw new Error('constraint');
        });
      } catch {}
    });
    expect(told).toEqual(['kept']);
  });
});
