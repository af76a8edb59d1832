/** Statements prepared once and reused, and the relaxed commit, shared by the hub state's tables. */
import type { Statement } from 'better-sqlite3';
import type { Db } from './database.ts';

export class Sql {
  private readonly statements = new Map<string, Statement>();

  constructor(readonly db: Db) {}

  /** Prepared once, reused: preparing costs more than running for these small statements. */
  get(text: string): Statement {
    let st = this.statements.get(text);
    if (!st) {
      st = this.db.prepare(text);
      this.statements.set(text, st);
    }
    return st;
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
