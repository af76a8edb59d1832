/**
 * Where a device keeps its sequence counter across battery swaps (SPEC §5.2): in memory for
 * tests, or a JSON file written atomically with fsync for `vakt sim` runs that restart.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';

export interface SeqStore {
  load(deviceId: number): number;
  save(deviceId: number, seq: number): void;
}

export class MemorySeqStore implements SeqStore {
  private readonly seqs = new Map<number, number>();
  load(deviceId: number): number {
    return this.seqs.get(deviceId) ?? 0;
  }
  save(deviceId: number, seq: number): void {
    this.seqs.set(deviceId, seq);
  }
}

export class FileSeqStore implements SeqStore {
  private readonly seqs: Record<string, number>;

  constructor(private readonly path: string) {
    try {
      this.seqs = JSON.parse(readFileSync(path, 'utf8')) as Record<string, number>;
    } catch {
      this.seqs = {};
    }
  }

  load(deviceId: number): number {
    return this.seqs[deviceId.toString(16)] ?? 0;
  }

  save(deviceId: number, seq: number): void {
    this.seqs[deviceId.toString(16)] = seq;
    const tmp = `${this.path}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, JSON.stringify(this.seqs));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.path);
  }
}
