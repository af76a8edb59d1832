/**
 * Where a device keeps what must survive a battery swap: its sequence counter (SPEC §6.2) and, for
 * a version-2 device, its frame counters (SPEC §4.4). In memory for tests, or a JSON file written
 * atomically with fsync for `vakt sim` runs that restart.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';

/** A version-2 device's frame counters: the last it used, the highest from the hub it accepted. */
export interface LinkCounters {
  /** Last counter this device sent; -1 before its first secured frame. */
  tx: number;
  /** Highest hub counter this device accepted; -1 before the first. */
  rx: number;
}
const FRESH: LinkCounters = { tx: -1, rx: -1 };

export interface SeqStore {
  load(deviceId: number): number;
  save(deviceId: number, seq: number): void;
  loadCounters(deviceId: number): LinkCounters;
  saveCounters(deviceId: number, counters: LinkCounters): void;
}

export class MemorySeqStore implements SeqStore {
  private readonly seqs = new Map<number, number>();
  private readonly counters = new Map<number, LinkCounters>();
  load(deviceId: number): number {
    return this.seqs.get(deviceId) ?? 0;
  }
  save(deviceId: number, seq: number): void {
    this.seqs.set(deviceId, seq);
  }
  loadCounters(deviceId: number): LinkCounters {
    return { ...(this.counters.get(deviceId) ?? FRESH) };
  }
  saveCounters(deviceId: number, counters: LinkCounters): void {
    this.counters.set(deviceId, { ...counters });
  }
}

/** `{"a1b2c3": 7, "c:a1b2c3": [tx, rx]}`: a file from before counters existed still loads. */
export class FileSeqStore implements SeqStore {
  private readonly data: Record<string, number | [number, number]>;

  constructor(private readonly path: string) {
    try {
      this.data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, number | [number, number]>;
    } catch {
      this.data = {};
    }
  }

  load(deviceId: number): number {
    const v = this.data[deviceId.toString(16)];
    return typeof v === 'number' ? v : 0;
  }

  save(deviceId: number, seq: number): void {
    this.data[deviceId.toString(16)] = seq;
    this.write();
  }

  loadCounters(deviceId: number): LinkCounters {
    const v = this.data[`c:${deviceId.toString(16)}`];
    return Array.isArray(v) ? { tx: v[0], rx: v[1] } : { ...FRESH };
  }

  saveCounters(deviceId: number, counters: LinkCounters): void {
    this.data[`c:${deviceId.toString(16)}`] = [counters.tx, counters.rx];
    this.write();
  }

  private write(): void {
    const tmp = `${this.path}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, JSON.stringify(this.data));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.path);
  }
}
