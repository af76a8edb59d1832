/**
 * Is the state directory healthy? Free space from statfs, and a real write that needs new space:
 * a fresh file (O_EXCL) of one 4 KiB block, fsync'ed, then removed. Rewriting one small file in
 * place needs no new block, so it kept succeeding on a full disk (issue 15); a new file's block
 * must be allocated, so a full disk, a read-only remount or a failing card all show up here.
 */
import { closeSync, constants, fsyncSync, openSync, statfsSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export interface StorageReading {
  freeMb: number | null;
  /** What failed when the probe write did, e.g. "EROFS: read-only file system". */
  writeError: string | null;
}

export interface StorageProbe {
  check(): StorageReading;
}

const BLOCK = Buffer.alloc(4096, 0x76);

export class DirectoryStorageProbe implements StorageProbe {
  private n = 0;

  constructor(private readonly dir: string) {}

  check(): StorageReading {
    let freeMb: number | null = null;
    try {
      const s = statfsSync(this.dir);
      freeMb = Math.floor((Number(s.bavail) * Number(s.bsize)) / 1_048_576);
    } catch {
      freeMb = null;
    }
    const file = join(this.dir, `.write-probe-${process.pid}-${this.n++ % 1000}`);
    try {
      const fd = openSync(
        file,
        constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
        0o600,
      );
      try {
        writeSync(fd, BLOCK);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      return { freeMb, writeError: null };
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      return { freeMb, writeError: `${e.code ?? 'EIO'}: ${e.message}` };
    } finally {
      try {
        unlinkSync(file);
      } catch {
        // Not created, or a read-only disk: nothing to remove, or nothing removable.
      }
    }
  }
}
