/**
 * The commit that lets ingest ACK a device (SPEC §5.3, §5.6): the event's history row, its
 * dedupe entry, its outbox row and the device's frame counter and last-heard time, in ONE
 * synchronous=FULL transaction. The hot path of every alarm, so it writes only what the guarantee
 * needs and reads nothing it has just written.
 */
import type { DeviceEventFrame } from '../../protocol/serial/index.ts';
import { hex32 } from '../../protocol/serial/index.ts';
import type { DedupeTable } from './dedupe-table.ts';
import type { DeviceKeysTable } from './device-keys-table.ts';
import type { DevicesTable } from './devices-table.ts';
import type { EventRows } from './event-rows.ts';
import type { EventDetail, HistoryTable } from './history-table.ts';
import type { EventTaking, OutboxRow } from './rows.ts';
import type { Sql } from './sql.ts';

/** Writes an outbox row and its history row in the caller's transaction. */
export type CommitReport = (
  row: OutboxRow,
  kind: string,
  deviceId: number | undefined,
  summary: string,
  detail?: EventDetail,
) => void;

export interface DeviceEventTables {
  q: Sql;
  rows: EventRows;
  dedupe: DedupeTable;
  history: HistoryTable;
  devices: DevicesTable;
  deviceKeys: DeviceKeysTable;
  commitReport: CommitReport;
}

export class DeviceEventCommit {
  constructor(private readonly t: DeviceEventTables) {}

  /**
   * Commits a device event durably. A retransmission of one of the device's last 16 events
   * returns that event's id with `duplicate: true` and writes nothing. Throws when storage fails.
   * `taking.pairingPress` files it as the press that paired the device (a TEST). A secured
   * (verified) frame's counter is recorded as the device's highest in the same transaction
   * (SPEC §4.4): no crash can leave an accepted event without it, so the frame can never be
   * replayed after a restart; a duplicate records it too.
   */
  accept(f: DeviceEventFrame, taking: EventTaking = {}): { eventId: string; duplicate: boolean } {
    const t = this.t;
    return t.q.transaction(() => {
      if (f.security) t.deviceKeys.acceptRx(f.deviceId, f.security.counter);
      const dup = t.dedupe.find(f);
      if (dup) return { eventId: dup, duplicate: true };
      const row = t.rows.deviceEvent(f, taking);
      // The same transmission (its id is derived from it) committed before but no longer among the
      // device's recent events: still a duplicate, ACKed again, never a second outbox row.
      if (t.history.has(row.eventId)) return { eventId: row.eventId, duplicate: true };
      const summary = `${hex32(f.deviceId)} ${f.eventClass} ${f.statusCode} seq=${f.seq}`;
      const detail = { eventClass: f.eventClass, statusCode: f.statusCode, seq: f.seq };
      t.commitReport(row, 'device_event', f.deviceId, summary, detail);
      t.dedupe.remember(f, row.eventId, row.createdAt);
      t.devices.heardAt(f.deviceId, row.createdAt);
      return { eventId: row.eventId, duplicate: false };
    });
  }
}
