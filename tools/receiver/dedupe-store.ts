/**
 * Which (hub id, event id) pairs this receiver has already handled, durable across its restarts:
 * an append-only file, fsync'ed in groups, compacted to the newest `maxEntries` when it grows past
 * twice that. All adds of one tick form a group that shares one write and one fsync.
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
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    return this.pending.done;
  }

  /** Writes what is still pending, then closes the file. */
  async close(): Promise<void> {
    this.flush();
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

  /**
   * Written and fsync'ed synchronously: while the disk syncs, nothing else is shown, so a crash
   * can repeat at most this one group on the screen (events are shown before they are recorded).
   */
  private flush(): void {
    this.scheduled = false;
    const group = this.pending;
    if (!group) return;
    this.pending = undefined;
    try {
      writeSync(this.fd, `${group.keys.join('\n')}\n`);
      fsyncSync(this.fd);
      this.lines += group.keys.length;
      if (this.lines > 2 * this.maxEntries) this.compact();
      group.settle();
    } catch (err) {
      this.forget(group.keys);
      group.settle(err as Error);
    }
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
