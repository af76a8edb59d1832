/**
 * Is the state directory healthy? Free space from statfs and a real write: a small file written
 * and fsync'ed, because a read-only remount or a failing SD card shows up only on write.
 */
import { closeSync, fsyncSync, openSync, statfsSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export interface StorageReading {
  freeMb: number | null;
  /** What failed when the probe write did, e.g. "EROFS: read-only file system". */
  writeError: string | null;
}

export interface StorageProbe {
  check(): StorageReading;
}

export class DirectoryStorageProbe implements StorageProbe {
  constructor(private readonly dir: string) {}

  check(): StorageReading {
    let freeMb: number | null = null;
    try {
      const s = statfsSync(this.dir);
      freeMb = Math.floor((Number(s.bavail) * Number(s.bsize)) / 1_048_576);
    } catch {
      freeMb = null;
    }
    try {
      const fd = openSync(join(this.dir, '.write-probe'), 'w', 0o600);
      try {
        writeSync(fd, `${process.pid}\n`);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      return { freeMb, writeError: null };
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      return { freeMb, writeError: `${e.code ?? 'EIO'}: ${e.message}` };
    }
  }
}
