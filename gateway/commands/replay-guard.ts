/**
 * Command replay protection that neither a backup restore nor a clock step undoes.
 *
 * - High-water mark: the latest `issued_at_ms` of any executed command, kept in the hub state AND
 *   in `command-watermark.json` beside it (0600), which a restore of the database does not touch.
 *   A command that expires at or before the mark is refused: the platform's own clock has passed
 *   its end, whatever the hub's clock says.
 * - Nonces are dropped only once the mark has passed their expiry — never by the hub's wall
 *   clock, so stepping it forward and back cannot forget a nonce that is still usable.
 * - Restore: when the file's mark is later than the database's, the database is older than the
 *   last executed command; its nonce table may miss nonces. Every command issued at or before the
 *   file's mark is then refused (the "floor", kept in the file until a day has passed it).
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { MAX_VALIDITY_MS, type NonceStore } from '../../protocol/uplink/index.ts';

export interface NonceState {
  /** Records a nonce, dropping those that expired before `dropBefore`; false on a replay. */
  claimNonce(nonce: string, expiresAt: number, dropBefore: number): boolean;
  commandHighWater(): number;
  setCommandHighWater(issuedAt: number): void;
}

interface Mark {
  highWater: number;
  floor: number;
}

export const WATERMARK_FILE = 'command-watermark.json';

export class ReplayGuard implements NonceStore {
  private mark: Mark = { highWater: 0, floor: 0 };
  private readonly file: string;

  constructor(
    private readonly state: NonceState,
    stateDir: string,
    private readonly log: Logger,
  ) {
    this.file = join(stateDir, WATERMARK_FILE);
  }

  /** Reads the file and compares it with the database: a restored database raises the floor. */
  start(): void {
    const saved = this.read();
    const inDb = this.state.commandHighWater();
    this.mark = { highWater: Math.max(saved.highWater, inDb), floor: saved.floor };
    if (saved.highWater > inDb) {
      this.mark.floor = Math.max(this.mark.floor, saved.highWater);
      this.log.warn(
        { fileHighWater: saved.highWater, databaseHighWater: inDb },
        'the hub state is older than the last executed command (restored from a backup?): commands issued before then are refused',
      );
      this.write();
    }
  }

  claim(nonce: string, expiresAtMs: number, _nowMs: number, issuedAtMs: number): boolean | string {
    const { highWater, floor } = this.mark;
    if (floor > 0 && issuedAtMs <= floor)
      return `command issued at ${iso(issuedAtMs)}, not after ${iso(floor)}: the hub state was restored from an older backup, so its nonce cannot be checked`;
    if (expiresAtMs <= highWater)
      return `command expired at ${iso(expiresAtMs)}, before a command issued at ${iso(highWater)} that this hub already executed`;
    if (!this.state.claimNonce(nonce, expiresAtMs, highWater)) return false;
    if (issuedAtMs > highWater) {
      this.mark.highWater = issuedAtMs;
      // The floor has done its work once every command issued before it has expired.
      if (floor > 0 && issuedAtMs > floor + MAX_VALIDITY_MS) this.mark.floor = 0;
      this.state.setCommandHighWater(issuedAtMs);
      this.write();
    }
    return true;
  }

  private read(): Mark {
    if (!existsSync(this.file)) return { highWater: 0, floor: 0 };
    try {
      const m = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<Mark>;
      return { highWater: Number(m.highWater) || 0, floor: Number(m.floor) || 0 };
    } catch (err) {
      this.log.error(
        { file: this.file, err: (err as Error).message },
        'command watermark unreadable; using the database',
      );
      return { highWater: 0, floor: 0 };
    }
  }

  /** tmp + fsync + rename: a power cut leaves the old mark or the new one. */
  private write(): void {
    const tmp = `${this.file}.tmp`;
    try {
      const fd = openSync(tmp, 'w', 0o600);
      try {
        writeSync(fd, `${JSON.stringify(this.mark)}\n`);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, this.file);
    } catch (err) {
      this.log.error({ file: this.file, err: (err as Error).message }, 'command watermark not written');
    }
  }
}

const iso = (ms: number) => new Date(ms).toISOString();
