/**
 * The `nonces` table: remote command nonces, kept until their command has provably expired, to
 * refuse replays; and the commands' high-water mark (`settings` key `command_hwm`, see
 * gateway/commands/replay-guard.ts).
 */
import type { Sql } from './sql.ts';

export class NonceTable {
  constructor(private readonly q: Sql) {}

  /** Records a nonce; false when it was seen before (a replay). Nonces expiring before `dropBefore` are dropped. */
  claim(nonce: string, expiresAt: number, dropBefore: number): boolean {
    return this.q.transaction(() => {
      this.q.get('DELETE FROM nonces WHERE expires_at < ?').run(dropBefore);
      return this.q.get('INSERT OR IGNORE INTO nonces VALUES (?, ?)').run(nonce, expiresAt).changes === 1;
    });
  }

  /** The latest issue time of an executed command (0 when none). */
  highWater(): number {
    const row = this.q.get("SELECT value FROM settings WHERE key = 'command_hwm'").get() as
      | { value: string }
      | undefined;
    return row ? Number(row.value) : 0;
  }

  setHighWater(issuedAt: number): void {
    this.q
      .get(
        "INSERT INTO settings VALUES ('command_hwm', ?) ON CONFLICT(key) DO UPDATE SET value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))",
      )
      .run(String(issuedAt));
  }
}
