/**
 * Keeps SQLite's write-ahead log from eating a small disk. In WAL mode every commit appends to
 * `hub.db-wal`; checkpoints copy it into `hub.db` but do not shrink the file, so on a 2 MiB card
 * the WAL alone can fill the disk and then hold on to any space freed (issue 15). So:
 * - the WAL is checkpointed every WAL_AUTOCHECKPOINT_PAGES and cut back to WAL_SIZE_LIMIT
 *   after each checkpoint (database.ts sets both pragmas);
 * - when free space (statfs) drops below LOW_FREE_BYTES, and whenever a write fails, it is
 *   checkpointed and truncated to zero (`wal_checkpoint(TRUNCATE)`), at most once per
 *   RELIEF_GAP_MS, which returns its space to the filesystem at once.
 */
import { statfsSync, statSync } from 'node:fs';
import type { Clock } from '../../protocol/clock.ts';
import type { Db } from './database.ts';

export const WAL_AUTOCHECKPOINT_PAGES = 256;
export const WAL_SIZE_LIMIT = 1024 * 1024;
export const LOW_FREE_BYTES = 4 * 1024 * 1024;
const RELIEF_GAP_MS = 2_000;
/** statfs is cheap, but not free: look every this many commits. */
const CHECK_EVERY_COMMITS = 32;

export interface WalRelief {
  reason: string;
  walBytesBefore: number;
  walBytesAfter: number;
  /** Set when the checkpoint itself failed (it needs no new space, but a dead disk fails it too). */
  error?: string;
}

export class WalKeeper {
  private lastReliefAt = Number.NEGATIVE_INFINITY;
  private commits = 0;

  constructor(
    private readonly db: Db,
    private readonly dir: string,
    private readonly clock: Clock,
    private readonly lowFreeBytes = LOW_FREE_BYTES,
  ) {}

  /** After a commit: now and then, relieve the disk if space runs low. Never throws. */
  committed(): void {
    if (++this.commits % CHECK_EVERY_COMMITS !== 0) return;
    const free = this.freeBytes();
    if (free !== undefined && free < this.lowFreeBytes)
      this.relieve(`free space ${free} B is below ${this.lowFreeBytes} B`);
  }

  /** Checkpoints and truncates the WAL, unless that was done within RELIEF_GAP_MS. Never throws. */
  relieve(reason: string): WalRelief | undefined {
    const now = this.clock.now();
    if (now - this.lastReliefAt < RELIEF_GAP_MS) return undefined;
    this.lastReliefAt = now;
    const walBytesBefore = this.walBytes();
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
      return { reason, walBytesBefore, walBytesAfter: this.walBytes() };
    } catch (err) {
      return { reason, walBytesBefore, walBytesAfter: this.walBytes(), error: (err as Error).message };
    }
  }

  private freeBytes(): number | undefined {
    try {
      const s = statfsSync(this.dir);
      return Number(s.bavail) * Number(s.bsize);
    } catch {
      return undefined;
    }
  }

  private walBytes(): number {
    try {
      return statSync(`${this.db.name}-wal`).size;
    } catch {
      return 0;
    }
  }
}
