/**
 * The `technical_alarms` table: the technical alarms now open, one per key, with the event id
 * and time they were raised (a CLEARED report carries the raised time).
 */
import type { TechnicalAlarmInput } from './rows.ts';
import type { Sql } from './sql.ts';

export interface OpenTechnicalAlarm {
  key: string;
  kind: string;
  eventId: string;
  rootCause: string;
  devices: number[];
  action: string;
  raisedAt: number;
}

export class TechnicalTable {
  constructor(private readonly q: Sql) {}

  /** The event id of the open alarm with `key`, if one is open. */
  openEventId(key: string): string | undefined {
    const row = this.q.get('SELECT event_id FROM technical_alarms WHERE key = ?').get(key) as
      | { event_id: string }
      | undefined;
    return row?.event_id;
  }

  open(t: TechnicalAlarmInput, eventId: string, now: number): void {
    this.q
      .get('INSERT INTO technical_alarms VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(t.key, t.kind, eventId, t.rootCause, JSON.stringify(t.devices), t.action, now);
  }

  /** Closes the open alarm with `key`; returns it, or undefined when none was open. */
  close(key: string): OpenTechnicalAlarm | undefined {
    const row = this.q.get('SELECT * FROM technical_alarms WHERE key = ?').get(key) as
      | Record<string, string | number>
      | undefined;
    if (!row) return undefined;
    this.q.get('DELETE FROM technical_alarms WHERE key = ?').run(key);
    return toOpen(row);
  }

  all(): OpenTechnicalAlarm[] {
    return (
      this.q.get('SELECT * FROM technical_alarms ORDER BY raised_at').all() as Record<
        string,
        string | number
      >[]
    ).map(toOpen);
  }
}

function toOpen(r: Record<string, string | number>): OpenTechnicalAlarm {
  return {
    key: String(r.key),
    kind: String(r.kind),
    eventId: String(r.event_id),
    rootCause: String(r.root_cause),
    devices: JSON.parse(String(r.devices)) as number[],
    action: String(r.action),
    raisedAt: Number(r.raised_at),
  };
}
