/**
 * The one transaction helper shared by the hub state's tables: statements prepared once and
 * reused, the durable commit (synchronous=FULL, the database default) and the relaxed one.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './database.ts';

export class Sql {
  private readonly statements = new Map<string, Statement>();
  /** Transactions open (nested ones join the outer) and what waits for the outer one's commit. */
  private depth = 0;
  private afterCommitted: (() => void)[] = [];

  /** One transaction wrapper for every call: db.transaction() builds new wrappers each time it is called. */
  private readonly run: (fn: () => unknown) => unknown;

  constructor(readonly db: Db) {
    this.run = db.transaction((fn: () => unknown) => fn());
  }

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
    return this.committing(() => this.run(fn) as T);
  }

  /**
   * Runs `fn` once what is being written now is committed (at once outside a transaction); never
   * when it is rolled back. Watchers are told only what is on disk.
   */
  afterCommit(fn: () => void): void {
    if (this.depth === 0) fn();
    else this.afterCommitted.push(fn);
  }

  /**
   * A commit that may be lost to a power cut without losing anything that matters (WAL keeps it
   * consistent; the next synchronous=FULL commit makes it durable too): receipts and attempt
   * numbers, whose loss only means a resend that the platform dedupes. Saves an fsync per batch.
   */
  relaxed<T>(fn: () => T): T {
    // Prepared once like any statement: db.pragma() would prepare both on every call.
    this.get('PRAGMA synchronous = NORMAL').run();
    try {
      return this.committing(() => this.run(fn) as T);
    } finally {
      this.get('PRAGMA synchronous = FULL').run();
    }
  }

  private committing<T>(commit: () => T): T {
    const mark = this.afterCommitted.length;
    this.depth++;
    let ok = false;
    try {
      const result = commit();
      ok = true;
      return result;
    } finally {
      this.depth--;
      if (!ok) this.afterCommitted.length = mark; // rolled back: nothing to tell
      if (this.depth === 0) {
        const run = this.afterCommitted;
        this.afterCommitted = [];
        for (const f of run) f();
      }
    }
  }
}
