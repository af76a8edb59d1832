/**
 * Which (hub id, event id) pairs the centre has ACKed, durable across restarts: an append-only
 * file (0600) written and fdatasync'ed off the event loop, in groups — every add that arrives
 * while one sync runs goes into the next — so the centre link keeps sending while the disk works.
 * Compacted to the newest `maxEntries` when the file grows past twice that.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { type FileHandle, open, rename } from 'node:fs/promises';
import { join } from 'node:path';

export class SentLog {
  private readonly seen = new Map<string, true>();
  private fh: FileHandle | undefined;
  private lines = 0;
  private pending: string[] = [];
  private waiters: Array<{ resolve: () => void; reject: (err: Error) => void }> = [];
  private syncing = false;
  readonly path: string;

  constructor(
    dir: string,
    private readonly maxEntries = 1_000_000,
  ) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.path = join(dir, 'sent-events.log');
    if (existsSync(this.path))
      for (const line of readFileSync(this.path, 'utf8').split('\n')) if (line) this.remember(line);
    this.lines = this.seen.size;
  }

  async open(): Promise<void> {
    this.fh = await open(this.path, 'a', 0o600);
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

  /** Records `key`; resolves once it is on disk. */
  add(key: string): Promise<void> {
    this.remember(key);
    this.pending.push(key);
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
    if (!this.syncing) void this.sync();
    return done;
  }

  async close(): Promise<void> {
    while (this.syncing || this.pending.length > 0) await this.sync();
    await this.fh?.close();
    this.fh = undefined;
  }

  private remember(key: string): void {
    this.seen.delete(key);
    this.seen.set(key, true);
    if (this.seen.size > this.maxEntries) this.seen.delete(this.seen.keys().next().value!);
  }

  private async sync(): Promise<void> {
    if (this.syncing || this.pending.length === 0) return;
    this.syncing = true;
    const batch = this.pending;
    const waiters = this.waiters;
    this.pending = [];
    this.waiters = [];
    try {
      await this.fh!.appendFile(`${batch.join('\n')}\n`);
      await this.fh!.datasync();
      this.lines += batch.length;
      if (this.lines > 2 * this.maxEntries) await this.compact();
      for (const w of waiters) w.resolve();
    } catch (err) {
      for (const w of waiters) w.reject(err as Error);
    } finally {
      this.syncing = false;
    }
    if (this.pending.length > 0) void this.sync();
  }

  private async compact(): Promise<void> {
    const tmp = `${this.path}.tmp`;
    const fh = await open(tmp, 'w', 0o600);
    await fh.writeFile(`${[...this.seen.keys()].join('\n')}\n`);
    await fh.sync();
    await fh.close();
    await rename(tmp, this.path);
    await this.fh!.close();
    this.fh = await open(this.path, 'a', 0o600);
    this.lines = this.seen.size;
  }
}
