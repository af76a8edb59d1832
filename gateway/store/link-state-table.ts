/**
 * The uplink's persisted link state in the `settings` table: the birth/death sequence number
 * (`bd_seq`), +1 per broker connection and never reused across restarts; the automatic test
 * alarm's phase (`test_alarm_phase`, drawn once per hub: uplink/test-alarm-schedule.ts).
 */
import type { Sql } from './sql.ts';

export class LinkStateTable {
  constructor(private readonly q: Sql) {}

  /** Takes the next bd_seq in one durable commit (0 on a new hub). */
  nextBdSeq(): number {
    return this.q.transaction(() => {
      const row = this.q.get("SELECT value FROM settings WHERE key = 'bd_seq'").get() as
        | { value: string }
        | undefined;
      const next = row ? Number(row.value) + 1 : 0;
      this.q
        .get(
          "INSERT INTO settings VALUES ('bd_seq', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        )
        .run(String(next));
      return next;
    });
  }

  /** The stored test-alarm phase in [0, 1), or `draw()`'s, stored first. */
  testAlarmPhase(draw: () => number): number {
    return this.q.transaction(() => {
      const row = this.q.get("SELECT value FROM settings WHERE key = 'test_alarm_phase'").get() as
        | { value: string }
        | undefined;
      const stored = row ? Number(row.value) : Number.NaN;
      if (stored >= 0 && stored < 1) return stored;
      const phase = Math.min(Math.max(draw(), 0), 0.999_999);
      this.q
        .get(
          "INSERT INTO settings VALUES ('test_alarm_phase', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        )
        .run(String(phase));
      return phase;
    });
  }
}
