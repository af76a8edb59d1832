/**
 * The hub's durable state. The one rule that matters most: an accepted device event, its dedupe
 * entry and its outbox row are written in ONE transaction (synchronous=FULL), so when
 * `acceptDeviceEvent` returns, the gateway may ACK the device — the event cannot be lost.
 */

import type { Statement } from 'better-sqlite3';
import type { Clock } from '../../protocol/clock.ts';
import type { DeviceEventFrame } from '../../protocol/serial/index.ts';
import { hex32 } from '../../protocol/serial/index.ts';
import { v1, type vakt } from '../../protocol/uplink/index.ts';
import type { Db } from './database.ts';
import { newEventId } from './event-id.ts';
import { MemoryOutbox } from './memory-outbox.ts';
import { OutboxTable } from './outbox-table.ts';
import {
  alarmPayload,
  type DeviceRow,
  type OutboxRow,
  outboxRow,
  PRIORITY,
  type TechnicalAlarmInput,
  technicalPayload,
  toDevice,
} from './rows.ts';
import { Sql } from './sql.ts';

export type { DeviceRow, OutboxClass, OutboxRow, TechnicalAlarmInput, TechnicalKindName } from './rows.ts';
export { PRIORITY } from './rows.ts';
export const DEDUPE_WINDOW = 16;

/** Rows of event history kept for `vakt monitor`, `events` and diagnostics. */
export const EVENT_HISTORY = 20_000;

export class HubStore {
  private inserts = 0;
  /** Called after a commit that added to the outbox (the uplink sends at once). */
  onOutbox: () => void = () => {};

  /** Events that could not be written while storage fails, forwarded from memory. */
  readonly memory = new MemoryOutbox();
  /** Hears every failed write (the gateway logs it and checks storage at once). */
  onStorageError: (err: Error, what: string) => void = () => {};
  private lastBdSeq = 0;
  private readonly q: Sql;
  private readonly table: OutboxTable;

  constructor(
    private readonly db: Db,
    private readonly hubId: string,
    private readonly clock: Clock,
  ) {
    this.q = new Sql(db);
    this.table = new OutboxTable(
      this.q,
      (eventId, summary, now) => this.insertEvent(`${eventId}/r`, 'receipted', null, summary, now),
      () => this.onOutbox(),
    );
  }

  private sql(text: string): Statement {
    return this.q.get(text);
  }

  pair(d: { deviceId: number; deviceType: number; label?: string; location?: number | null }): void {
    this.sql(
      'INSERT INTO devices (device_id, device_type, label, location, paired_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(device_id) DO UPDATE SET device_type = excluded.device_type, label = excluded.label, location = excluded.location',
    ).run(d.deviceId, d.deviceType, d.label ?? '', d.location ?? null, this.clock.now());
  }

  unpair(deviceId: number): boolean {
    return this.sql('DELETE FROM devices WHERE device_id = ?').run(deviceId).changes > 0;
  }

  devices(): DeviceRow[] {
    return (this.sql('SELECT * FROM devices ORDER BY device_id').all() as Record<string, unknown>[]).map(
      toDevice,
    );
  }

  device(deviceId: number): DeviceRow | undefined {
    const row = this.sql('SELECT * FROM devices WHERE device_id = ?').get(deviceId) as
      | Record<string, unknown>
      | undefined;
    return row && toDevice(row);
  }

  /** A heartbeat or any frame from a paired device: it is alive. */
  private seenDurably(
    deviceId: number,
    telemetry: { battery: number | null; rssi: number | null; periodS?: number },
  ): void {
    this.sql(
      'UPDATE devices SET last_seen_at = ?, battery = COALESCE(?, battery), rssi = COALESCE(?, rssi), period_s = COALESCE(?, period_s) WHERE device_id = ?',
    ).run(this.clock.now(), telemetry.battery, telemetry.rssi, telemetry.periodS || null, deviceId);
  }

  /**
   * Commits a device event durably (SPEC §5.3, §5.6). A retransmission of one of the device's last
   * 16 events returns that event's id with `duplicate: true` and writes nothing.
   */
  acceptDeviceEvent(f: DeviceEventFrame): { eventId: string; duplicate: boolean } {
    return this.db.transaction(() => {
      const dup = this.sql(
        'SELECT event_id FROM recent_events WHERE device_id = ? AND seq = ? AND event_class = ? AND status_code = ?',
      ).get(f.deviceId, f.seq, f.eventClass, f.statusCode) as { event_id: string } | undefined;
      if (dup) return { eventId: dup.event_id, duplicate: true };
      const row = this.deviceEventRow(f);
      const { eventId, createdAt: now } = row;
      this.table.insert(eventId, 'alarm', row.priority, row.payload, now);
      this.insertEvent(
        eventId,
        'device_event',
        f.deviceId,
        `${hex32(f.deviceId)} ${f.eventClass} ${f.statusCode} seq=${f.seq}`,
        now,
      );
      this.sql('INSERT INTO recent_events VALUES (?, ?, ?, ?, ?, ?)').run(
        f.deviceId,
        f.seq,
        f.eventClass,
        f.statusCode,
        eventId,
        now,
      );
      this.sql(
        'DELETE FROM recent_events WHERE device_id = ? AND rowid NOT IN (SELECT rowid FROM recent_events WHERE device_id = ? ORDER BY accepted_at DESC, rowid DESC LIMIT ?)',
      ).run(f.deviceId, f.deviceId, DEDUPE_WINDOW);
      this.sql('UPDATE devices SET last_seen_at = ? WHERE device_id = ?').run(now, f.deviceId);
      return { eventId, duplicate: false };
    })();
  }

  /**
   * The outbox row a device event becomes, with a new event id, without writing anything: what
   * acceptDeviceEvent commits, and what is forwarded from memory when storage fails.
   */
  deviceEventRow(f: DeviceEventFrame): OutboxRow {
    const now = this.clock.now();
    const eventId = newEventId(now);
    const device = this.device(f.deviceId);
    const alarm = alarmPayload(this.hubId, f, device, eventId, now);
    const priority = f.eventClass === 'alarm' ? PRIORITY.alarm : PRIORITY.deviceStatus;
    return outboxRow(eventId, 'alarm', priority, alarm, now);
  }

  /** The outbox row of a technical report, with a new event id, without writing anything. */
  technicalRow(t: TechnicalAlarmInput, state: 'RAISED' | 'NOTICE'): OutboxRow {
    const now = this.clock.now();
    const eventId = newEventId(now);
    return outboxRow(
      eventId,
      'technical',
      PRIORITY.technical,
      technicalPayload(this.hubId, eventId, t, state, now, state === 'NOTICE' ? now : 0),
      now,
    );
  }

  private raiseDurably(t: TechnicalAlarmInput): { eventId: string; raised: boolean } {
    return this.db.transaction(() => {
      const open = this.sql('SELECT event_id FROM technical_alarms WHERE key = ?').get(t.key) as
        | { event_id: string }
        | undefined;
      if (open) return { eventId: open.event_id, raised: false };
      const now = this.clock.now();
      const eventId = newEventId(now);
      this.sql('INSERT INTO technical_alarms VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        t.key,
        t.kind,
        eventId,
        t.rootCause,
        JSON.stringify(t.devices),
        t.action,
        now,
      );
      this.table.insert(
        eventId,
        'technical',
        PRIORITY.technical,
        technicalPayload(this.hubId, eventId, t, 'RAISED', now, 0),
        now,
      );
      this.insertEvent(eventId, 'technical_raised', t.devices[0] ?? null, `${t.kind}: ${t.rootCause}`, now);
      return { eventId, raised: true };
    })();
  }

  private clearDurably(key: string): string | undefined {
    return this.db.transaction(() => {
      const row = this.sql('SELECT * FROM technical_alarms WHERE key = ?').get(key) as
        | Record<string, string | number>
        | undefined;
      if (!row) return undefined;
      const now = this.clock.now();
      const eventId = newEventId(now);
      const t: TechnicalAlarmInput = {
        key,
        kind: row.kind as TechnicalAlarmInput['kind'],
        rootCause: String(row.root_cause),
        devices: JSON.parse(String(row.devices)) as number[],
        action: String(row.action),
      };
      this.sql('DELETE FROM technical_alarms WHERE key = ?').run(key);
      this.table.insert(
        eventId,
        'technical',
        PRIORITY.technical,
        technicalPayload(this.hubId, eventId, t, 'CLEARED', Number(row.raised_at), now),
        now,
      );
      this.insertEvent(eventId, 'technical_cleared', t.devices[0] ?? null, `${t.kind} cleared`, now);
      return eventId;
    })();
  }

  private noticeDurably(t: Omit<TechnicalAlarmInput, 'key'> & { outage?: vakt.v1.IUplinkOutage }): string {
    return this.db.transaction(() => {
      const now = this.clock.now();
      const eventId = newEventId(now);
      const payload = technicalPayload(this.hubId, eventId, { ...t, key: '' }, 'NOTICE', now, now);
      if (t.outage) payload.outage = t.outage;
      this.table.insert(eventId, 'technical', PRIORITY.technical, payload, now);
      this.insertEvent(eventId, 'technical_notice', t.devices[0] ?? null, `${t.kind}: ${t.rootCause}`, now);
      return eventId;
    })();
  }

  // ---- When storage fails -------------------------------------------------------------------
  // A write that fails (disk full, I/O error, read-only filesystem) never throws out of these:
  // technical reports are held in `memory` and forwarded from there; bookkeeping (last seen,
  // attempt numbers, SMS marks, compaction) is skipped. `onStorageError` hears every failure.
  // Only acceptDeviceEvent still throws: ingest must not ACK what is not on disk.

  /** Raises a technical alarm unless one with the same key is open; returns its event id. */
  raiseTechnical(t: TechnicalAlarmInput): { eventId: string; raised: boolean } {
    try {
      return this.raiseDurably(t);
    } catch (err) {
      this.storageFailed(err, 'raise technical alarm');
      const { eventId, held } = this.memory.hold(`technical/${t.key}`, () => this.technicalRow(t, 'RAISED'));
      return { eventId, raised: held };
    }
  }

  /** Clears the open technical alarm with `key`, if any; reports CLEARED with its raised time. */
  clearTechnical(key: string): string | undefined {
    try {
      return this.clearDurably(key);
    } catch (err) {
      this.storageFailed(err, 'clear technical alarm');
      return undefined; // still open in the database: cleared once a write succeeds again
    }
  }

  /**
   * A one-off technical report with no clearing (TECHNICAL_STATE_NOTICE): a clock step, a stall
   * that is already over, an uplink outage reported once it ended.
   */
  notice(t: Omit<TechnicalAlarmInput, 'key'> & { outage?: vakt.v1.IUplinkOutage }): string {
    try {
      return this.noticeDurably(t);
    } catch (err) {
      this.storageFailed(err, 'record technical notice');
      const row = this.technicalRow({ ...t, key: '' }, 'NOTICE');
      if (t.outage) (row.payload as vakt.v1.ITechnicalAlarm).outage = t.outage;
      return this.memory.hold(`notice/${row.eventId}`, () => row).eventId;
    }
  }

  seen(deviceId: number, telemetry: { battery: number | null; rssi: number | null; periodS?: number }): void {
    this.bestEffort('record last seen', () => this.seenDurably(deviceId, telemetry));
  }

  /** Records the attempt numbers of what was just published, all in one commit. */
  markSent(sent: ReadonlyArray<{ eventId: string; attempt: number }>): void {
    for (const x of sent) this.memory.markSent(x.eventId, x.attempt);
    const stored = sent.filter((x) => !this.memory.has(x.eventId));
    this.bestEffort('record sent attempts', () => this.table.markSent(stored, this.clock.now()));
  }

  markSms(eventId: string): void {
    this.memory.markSms(eventId, this.clock.now());
    this.bestEffort('record SMS sent', () => this.table.markSms(eventId, this.clock.now()));
  }

  /**
   * Keeps the outbox within `max` rows: never an alarm (priority 0); lower classes are dropped
   * oldest first, lowest priority first. Returns how many rows were dropped.
   */
  compactOutbox(max: number): number {
    return this.bestEffort('compact the outbox', () => this.table.compact(max)) ?? 0;
  }

  /** The next birth/death sequence number (persisted, +1 per broker connection; in memory while storage fails). */
  nextBdSeq(): number {
    const n = this.bestEffort('take a bd_seq', () => this.nextBdSeqDurably()) ?? this.lastBdSeq + 1;
    this.lastBdSeq = n;
    return n;
  }

  private bestEffort<T>(what: string, fn: () => T): T | undefined {
    try {
      return fn();
    } catch (err) {
      this.storageFailed(err, what);
      return undefined;
    }
  }

  private storageFailed(err: unknown, what: string): void {
    this.onStorageError(err as Error, what);
  }

  openTechnicalAlarms(): Array<{
    key: string;
    kind: string;
    eventId: string;
    rootCause: string;
    devices: number[];
    action: string;
    raisedAt: number;
  }> {
    return (
      this.sql('SELECT * FROM technical_alarms ORDER BY raised_at').all() as Record<string, string | number>[]
    ).map((r) => ({
      key: String(r.key),
      kind: String(r.kind),
      eventId: String(r.event_id),
      rootCause: String(r.root_cause),
      devices: JSON.parse(String(r.devices)) as number[],
      action: String(r.action),
      raisedAt: Number(r.raised_at),
    }));
  }

  /** The next events to send, alarms first, oldest first within a priority. */
  outbox(limit = 100): OutboxRow[] {
    return this.table.outbox(limit);
  }

  /** The next `limit` outbox rows in priority order that `skip` does not exclude. */
  outboxNext(limit: number, skip: (eventId: string) => boolean): OutboxRow[] {
    return this.table.next(limit, skip);
  }

  outboxStats(): { depth: number; oldestAt: number | null } {
    return this.table.stats();
  }

  /**
   * The platform receipted these: forgotten in one relaxed commit and noted in the history.
   * Returns the ids that were still in the outbox; throws if storage fails.
   */
  receiptedAll(eventIds: readonly string[]): Set<string> {
    return this.table.receipted(eventIds, this.clock.now());
  }

  /** Alarm-class events (priority 0) older than `before` not yet sent by SMS, oldest first. */
  alarmsUnreceiptedSince(before: number): OutboxRow[] {
    const held = this.memory.alarmsUnreceiptedSince(before);
    const stored = this.bestEffort('read the outbox', () => this.table.alarmsUnreceiptedSince(before)) ?? [];
    return [...stored, ...held];
  }

  /** Records a command nonce; false when it was seen before (a replay). Expired nonces are dropped. */
  claimNonce(nonce: string, expiresAt: number, now: number): boolean {
    return this.db.transaction(() => {
      this.sql('DELETE FROM nonces WHERE expires_at < ?').run(now);
      return this.sql('INSERT OR IGNORE INTO nonces VALUES (?, ?)').run(nonce, expiresAt).changes === 1;
    })();
  }

  private nextBdSeqDurably(): number {
    return this.db.transaction(() => {
      const row = this.sql("SELECT value FROM settings WHERE key = 'bd_seq'").get() as
        | { value: string }
        | undefined;
      const next = row ? Number(row.value) + 1 : 0;
      this.sql(
        "INSERT INTO settings VALUES ('bd_seq', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      ).run(String(next));
      return next;
    })();
  }

  /** Adds a test event (event class TEST) for `deviceId` (0 = the hub itself) to the outbox. */
  testEvent(deviceId: number): string {
    return this.db.transaction(() => {
      const now = this.clock.now();
      const eventId = newEventId(now);
      const device = deviceId ? this.device(deviceId) : undefined;
      const alarm: vakt.v1.IAlarm = {
        eventId,
        hubId: this.hubId,
        deviceId,
        deviceType: device?.deviceType ?? 48,
        statusCode: 102,
        eventClass: v1.EventClass.EVENT_CLASS_TEST,
        priority: 9,
        location: { code: device?.location ?? 0, text: device?.label ?? '' },
        hubReceivedAtMs: now,
        deviceLabel: device?.label ?? 'hub',
      };
      this.table.insert(eventId, 'alarm', PRIORITY.deviceStatus, alarm, now);
      this.insertEvent(
        eventId,
        'test_alarm',
        deviceId || null,
        `test alarm ${deviceId ? hex32(deviceId) : 'hub'}`,
        now,
      );
      return eventId;
    })();
  }

  recentEvents(
    limit = 50,
  ): Array<{ eventId: string; kind: string; deviceId: number | null; summary: string; createdAt: number }> {
    return (
      this.sql('SELECT * FROM events ORDER BY created_at DESC, rowid DESC LIMIT ?').all(limit) as Record<
        string,
        unknown
      >[]
    ).map((r) => ({
      eventId: String(r.event_id),
      kind: String(r.kind),
      deviceId: r.device_id === null ? null : Number(r.device_id),
      summary: String(r.summary),
      createdAt: Number(r.created_at),
    }));
  }

  private insertEvent(
    eventId: string,
    kind: string,
    deviceId: number | null,
    summary: string,
    now: number,
  ): void {
    this.sql('INSERT INTO events VALUES (?, ?, ?, ?, ?)').run(eventId, kind, deviceId, summary, now);
    // The history is for diagnostics: keep the newest EVENT_HISTORY rows.
    if (++this.inserts % 1000 === 0)
      this.sql('DELETE FROM events WHERE rowid <= (SELECT MAX(rowid) FROM events) - ?').run(EVENT_HISTORY);
  }
}
