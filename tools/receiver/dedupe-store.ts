/**
 * Which (hub id, event id) pairs this receiver has already handled, durable across its restarts:
 * an append-only file, fsync'ed in groups (all adds of one tick share one fsync), compacted to
 * the newest `maxEntries` when it grows past twice that.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

export class DedupeStore {
  private readonly seen = new Map<string, true>();
  private fd: number;
  private lines = 0;
  private pending: string[] = [];
  private flushing: Promise<void> | undefined;
  private readonly path: string;

  constructor(
    dir: string,
    private readonly maxEntries = 1_000_000,
  ) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.path = join(dir, 'handled-events.log');
    if (existsSync(this.path)) {
      for (const line of readFileSync(this.path, 'utf8').split('\n')) {
        if (line) this.remember(line);
      }
    }
    this.fd = openSync(this.path, 'a', 0o600);
  }

  static key(hubId: string, eventId: string): string {
    return `${hubId}\t${eventId}`;
  }

  has(key: string): boolean {
    return this.seen.has(key);
  }

  get size(): number {
    return this.seen.size;
  }

  /** Records `key`; resolves once it is on disk (fsync'ed). */
  add(key: string): Promise<void> {
    this.remember(key);
    this.pending.push(key);
    this.flushing ??= new Promise<void>((resolve, reject) =>
      setImmediate(() => {
        try {
          this.flush();
          resolve();
        } catch (err) {
          reject(err);
        } finally {
          this.flushing = undefined;
        }
      }),
    );
    return this.flushing;
  }

  close(): void {
    if (this.pending.length > 0) this.flush();
    closeSync(this.fd);
  }

  private remember(key: string): void {
    this.seen.delete(key);
    this.seen.set(key, true);
    if (this.seen.size > this.maxEntries) this.seen.delete(this.seen.keys().next().value!);
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    writeSync(this.fd, `${batch.join('\n')}\n`);
    fsyncSync(this.fd);
    this.lines += batch.length;
    if (this.lines > 2 * this.maxEntries) this.compact();
  }

  private compact(): void {
    const tmp = `${this.path}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    writeSync(fd, `${[...this.seen.keys()].join('\n')}\n`);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, this.path);
    closeSync(this.fd);
    this.fd = openSync(this.path, 'a', 0o600);
    this.lines = this.seen.size;
  }
}
