/**
 * Which (hub id, event id) pairs this receiver has already handled, durable across its restarts:
 * an append-only file, fsync'ed in groups, compacted to the newest `maxEntries` when it grows past
 * twice that. The write and fsync run on libuv's thread pool: while one group is on its way to
 * disk the event loop keeps decoding, and everything added meanwhile forms the next group.
 */
import {
  closeSync,
  existsSync,
  fsync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeFile,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/** One group of adds waiting for the same write + fsync. */
interface Group {
  keys: string[];
  done: Promise<void>;
  settle(err?: Error): void;
}

function newGroup(): Group {
  let settle!: (err?: Error) => void;
  const done = new Promise<void>((resolve, reject) => {
    settle = (err) => (err ? reject(err) : resolve());
  });
  // A group nobody awaits (all its adds were abandoned) must not become an unhandled rejection.
  done.catch(() => {});
  return { keys: [], done, settle };
}

export class DedupeStore {
  private readonly seen = new Map<string, true>();
  private fd: number;
  private lines = 0;
  private pending: Group | undefined;
  private writing: Promise<void> | undefined;
  private scheduled = false;
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

  /** Records `key`; resolves once it is on disk (fsync'ed), rejects (and forgets it) if it is not. */
  add(key: string): Promise<void> {
    this.remember(key);
    this.pending ??= newGroup();
    this.pending.keys.push(key);
    if (!this.scheduled && !this.writing) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    return this.pending.done;
  }

  /** Waits for the group on its way to disk, then writes what is left synchronously. */
  async close(): Promise<void> {
    while (this.writing) await this.writing;
    const last = this.pending;
    this.pending = undefined;
    if (last) {
      try {
        writeSync(this.fd, `${last.keys.join('\n')}\n`);
        fsyncSync(this.fd);
        last.settle();
      } catch (err) {
        this.forget(last.keys);
        last.settle(err as Error);
      }
    }
    closeSync(this.fd);
  }

  private remember(key: string): void {
    this.seen.delete(key);
    this.seen.set(key, true);
    if (this.seen.size > this.maxEntries) this.seen.delete(this.seen.keys().next().value!);
  }

  /** A group that did not reach the disk is not handled: its resend must be recorded, not skipped. */
  private forget(keys: string[]): void {
    for (const k of keys) this.seen.delete(k);
  }

  private flush(): void {
    this.scheduled = false;
    const group = this.pending;
    if (!group || this.writing) return;
    this.pending = undefined;
    this.writing = new Promise<void>((resolve) => {
      writeFile(this.fd, `${group.keys.join('\n')}\n`, (werr) => {
        if (werr) return this.finish(group, werr, resolve);
        fsync(this.fd, (ferr) => this.finish(group, ferr ?? undefined, resolve));
      });
    });
  }

  private finish(group: Group, err: Error | undefined, resolve: () => void): void {
    let failure = err;
    if (!failure) {
      this.lines += group.keys.length;
      try {
        if (this.lines > 2 * this.maxEntries) this.compact();
      } catch (cerr) {
        failure = cerr as Error;
      }
    }
    if (failure) this.forget(group.keys);
    this.writing = undefined;
    resolve();
    group.settle(failure);
    if (this.pending) this.flush();
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
