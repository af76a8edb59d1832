/**
 * The one transaction helper shared by the hub state's tables: statements prepared once and
 * reused, the durable commit (synchronous=FULL, the database default) and the relaxed one.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './database.ts';

export class Sql {
  private readonly statements = new Map<string, Statement>();

  constructor(readonly db: Db) {}

  /** Prepared once, on first use, reused: preparing costs more than running for these small statements. */
  get(text: string): Statement {
    let st = this.statements.get(text);
    if (!st) {
      st = this.db.prepare(text);
      this.statements.set(text, st);
    }
    return st;
  }

  /**
   * One durable commit: on disk when it returns (synchronous=FULL). Nested calls join the outer
   * transaction, so the tables' writes for one event land in the caller's single commit.
   */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /**
   * A commit that may be lost to a power cut without losing anything that matters (WAL keeps it
   * consistent; the next synchronous=FULL commit makes it durable too): receipts and attempt
   * numbers, whose loss only means a resend that the platform dedupes. Saves an fsync per batch.
   */
  relaxed<T>(fn: () => T): T {
    this.db.pragma('synchronous = NORMAL');
    try {
      return this.db.transaction(fn)();
    } finally {
      this.db.pragma('synchronous = FULL');
    }
  }
}
