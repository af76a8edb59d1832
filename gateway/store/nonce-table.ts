/** The `nonces` table: remote command nonces, kept until their command expires, to refuse replays. */
import type { Sql } from './sql.ts';

export class NonceTable {
  constructor(private readonly q: Sql) {}

  /** Records a nonce; false when it was seen before (a replay). Expired nonces are dropped. */
  claim(nonce: string, expiresAt: number, now: number): boolean {
    return this.q.transaction(() => {
      this.q.get('DELETE FROM nonces WHERE expires_at < ?').run(now);
      return this.q.get('INSERT OR IGNORE INTO nonces VALUES (?, ?)').run(nonce, expiresAt).changes === 1;
    });
  }
}
