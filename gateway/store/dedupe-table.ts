/**
 * The `recent_events` table: each device's last DEDUPE_WINDOW accepted events by (seq, class,
 * code), so a retransmission — even across a restart — finds the event id it was given.
 */
import type { DeviceEventFrame } from '../../protocol/serial/index.ts';
import type { Sql } from './sql.ts';

export const DEDUPE_WINDOW = 16;

type Key = Pick<DeviceEventFrame, 'deviceId' | 'seq' | 'eventClass' | 'statusCode'>;

export class DedupeTable {
  constructor(private readonly q: Sql) {}

  /** The event id this frame was accepted as, if it is one of the device's recent events. */
  find(f: Key): string | undefined {
    const row = this.q
      .get(
        'SELECT event_id FROM recent_events WHERE device_id = ? AND seq = ? AND event_class = ? AND status_code = ?',
      )
      .get(f.deviceId, f.seq, f.eventClass, f.statusCode) as { event_id: string } | undefined;
    return row?.event_id;
  }

  /**
   * Remembers an accepted event and forgets the device's events beyond the window, newest by
   * insertion (rowid). Only the row that just fell out is deleted: found through the device_id
   * index (entries sorted by rowid within a device) without sorting or a temporary table.
   */
  remember(f: Key, eventId: string, now: number): void {
    this.q
      .get('INSERT INTO recent_events VALUES (?, ?, ?, ?, ?, ?)')
      .run(f.deviceId, f.seq, f.eventClass, f.statusCode, eventId, now);
    this.q
      .get(
        'DELETE FROM recent_events WHERE device_id = ? AND rowid <= (SELECT rowid FROM recent_events WHERE device_id = ? ORDER BY rowid DESC LIMIT 1 OFFSET ?)',
      )
      .run(f.deviceId, f.deviceId, DEDUPE_WINDOW);
  }
}
