/**
 * The hub's durable state, composed of one module per table over one database and one
 * transaction helper (`Sql`). The one rule that matters most: an accepted device event, its
 * dedupe entry, its outbox row and its history row are written in ONE transaction
 * (synchronous=FULL, device-event-commit.ts), so when `acceptDeviceEvent` returns, the gateway
 * may ACK the device — the event cannot be lost.
 *
 * When storage fails (disk full, I/O error, read-only filesystem) a write never throws out of
 * this class, except `acceptDeviceEvent` (ingest must not ACK what is not on disk): technical
 * reports are held in `memory` and forwarded from there; bookkeeping (last seen, attempt numbers,
 * SMS marks, receipts, compaction) is skipped. `events` hears every failure as `storage-error`.
 */
import { dirname } from 'node:path';
import type { Clock } from '../../protocol/clock.ts';
import type { DeviceEventFrame } from '../../protocol/serial/index.ts';
import { hex32 } from '../../protocol/serial/index.ts';
import { EventBus, type TypedEmitter } from '../events.ts';
import type { Db } from './database.ts';
import { DedupeTable } from './dedupe-table.ts';
import { DeviceEventCommit } from './device-event-commit.ts';
import { type DeviceKeyRow, DeviceKeysTable } from './device-keys-table.ts';
import { DevicesTable, type Telemetry } from './devices-table.ts';
import { EventRows } from './event-rows.ts';
import { type EventDetail, type HistoryEntry, HistoryTable } from './history-table.ts';
import { HubOutbox } from './hub-outbox.ts';
import { LinkStateTable } from './link-state-table.ts';
import { MemoryOutbox } from './memory-outbox.ts';
import { NonceTable } from './nonce-table.ts';
import type { OutboxStats, UplinkState } from './outbox.ts';
import { OutboxTable } from './outbox-table.ts';
import type { DeviceRow, EventTaking, NoticeInput, OutboxRow, TechnicalAlarmInput } from './rows.ts';
import { Sql } from './sql.ts';
import type { StoreEvents } from './store-events.ts';
import { type OpenTechnicalAlarm, TechnicalTable } from './technical-table.ts';
import { WalKeeper } from './wal-keeper.ts';

export { DEDUPE_WINDOW } from './dedupe-table.ts';
export type { DeviceKeyRow } from './device-keys-table.ts';
export { EVENT_HISTORY } from './history-table.ts';
export type {
  DeviceRow,
  EventTaking,
  NoticeInput,
  OutboxClass,
  OutboxRow,
  TechnicalAlarmInput,
  TechnicalKindName,
} from './rows.ts';
export { PRIORITY } from './rows.ts';
export type { StoreEvents } from './store-events.ts';

export class HubStore implements UplinkState {
  private readonly bus = new EventBus<StoreEvents>();
  /** `outbox` after a commit that added to the outbox or an event held in memory; `storage-error`. */
  readonly events: TypedEmitter<StoreEvents> = this.bus;
  /** Events that could not be written while storage fails, forwarded from memory. */
  readonly memory = new MemoryOutbox(() => this.bus.emit('outbox'));
  /** Everything waiting for a receipt, stored or held in memory: what the uplink sends from. */
  readonly pending: HubOutbox;
  private lastBdSeq = 0;
  private readonly q: Sql;
  private readonly rows: EventRows;
  private readonly table: OutboxTable;
  private readonly devicesTable: DevicesTable;
  private readonly deviceEvents: DeviceEventCommit;
  private readonly history: HistoryTable;
  private readonly technical: TechnicalTable;
  private readonly linkState: LinkStateTable;
  private readonly nonces: NonceTable;
  private readonly wal: WalKeeper;
  /** Technical alarms raised while storage failed: only memory knows them, so their clear does too. */
  private readonly raisedInMemory = new Map<string, OpenTechnicalAlarm>();
  /** Device-link keys and frame counters (SPEC §4): read and written by the link guard only. */
  readonly deviceKeys: DeviceKeysTable;

  constructor(
    db: Db,
    hubId: string,
    private readonly clock: Clock,
  ) {
    this.q = new Sql(db);
    this.rows = new EventRows(hubId, clock, (id) => this.device(id));
    this.history = new HistoryTable(this.q, () =>
      this.bus.listenerCount('recorded') ? (e) => this.bus.emit('recorded', e) : undefined,
    );
    this.table = new OutboxTable(
      this.q,
      clock,
      (eventId, summary, now, afterMs) =>
        this.history.add(`${eventId}/r`, 'receipted', null, summary, now, { receiptedAfterMs: afterMs }),
      () => this.bus.emit('outbox'),
    );
    this.pending = new HubOutbox(this.table, this.memory, (err, what) => this.storageFailed(err, what));
    this.devicesTable = new DevicesTable(this.q, clock);
    this.technical = new TechnicalTable(this.q);
    this.linkState = new LinkStateTable(this.q);
    this.nonces = new NonceTable(this.q);
    this.wal = new WalKeeper(db, dirname(db.name), clock);
    this.deviceKeys = new DeviceKeysTable(this.q);
    this.deviceEvents = new DeviceEventCommit({
      q: this.q,
      rows: this.rows,
      dedupe: new DedupeTable(this.q),
      history: this.history,
      devices: this.devicesTable,
      deviceKeys: this.deviceKeys,
      commitReport: (row, kind, deviceId, summary, detail) => this.commitReport(row, kind, deviceId, summary, detail),
    });
  }

  // ---- Devices, nonces, history: plain delegations ------------------------------------------
  pair(d: { deviceId: number; deviceType: number; label?: string; location?: number | null }): void {
    this.devicesTable.pair(d);
    this.bus.emit('devices');
  }
  unpair(deviceId: number): boolean {
    const removed = this.devicesTable.unpair(deviceId);
    if (removed) this.bus.emit('devices');
    return removed;
  }
  devices(): DeviceRow[] {
    return this.devicesTable.all();
  }
  device(deviceId: number): DeviceRow | undefined {
    return this.devicesTable.get(deviceId);
  }
  /** The device's link security: its key and counters, or its unauthenticated mark. */
  deviceKey(deviceId: number): DeviceKeyRow | undefined {
    return this.deviceKeys.get(deviceId);
  }
  seen(deviceId: number, telemetry: Telemetry): void {
    this.bestEffort('record last seen', () => this.devicesTable.seen(deviceId, telemetry));
  }
  /** Records a command nonce; false when it was seen before (a replay). Nonces expiring before `dropBefore` are dropped. */
  claimNonce(nonce: string, expiresAt: number, dropBefore: number): boolean {
    return this.nonces.claim(nonce, expiresAt, dropBefore);
  }
  /** The latest issue time of an executed command, and raising it (replay-guard.ts). */
  commandHighWater(): number {
    return this.nonces.highWater();
  }
  setCommandHighWater(issuedAt: number): void {
    this.nonces.setHighWater(issuedAt);
  }
  recentEvents(limit = 50): HistoryEntry[] {
    return this.history.recent(limit);
  }
  openTechnicalAlarms(): OpenTechnicalAlarm[] {
    return this.technical.all();
  }

  /** The next birth/death sequence number (persisted, +1 per broker connection; in memory while storage fails). */
  nextBdSeq(): number {
    const n = this.bestEffort('take a bd_seq', () => this.linkState.nextBdSeq()) ?? this.lastBdSeq + 1;
    this.lastBdSeq = n;
    return n;
  }

  /** The automatic test alarm's phase, drawn once and persisted (drawn afresh while storage fails). */
  testAlarmPhase(draw: () => number): number {
    return this.bestEffort('keep the test alarm phase', () => this.linkState.testAlarmPhase(draw)) ?? draw();
  }

  // ---- Events into the outbox: one commit each ------------------------------------------------
  /** Commits a device event durably before its ACK; throws when storage fails (device-event-commit.ts). */
  acceptDeviceEvent(f: DeviceEventFrame, taking: EventTaking = {}): { eventId: string; duplicate: boolean } {
    return this.deviceEvents.accept(f, taking);
  }

  /** The outbox row a device event becomes (its derived id), written nowhere: for the memory outbox. */
  deviceEventRow(f: DeviceEventFrame, taking: EventTaking = {}): OutboxRow {
    return this.rows.deviceEvent(f, taking);
  }

  /** Raises a technical alarm unless one with the same key is open; returns its event id. */
  raiseTechnical(t: TechnicalAlarmInput): { eventId: string; raised: boolean } {
    try {
      return this.q.transaction(() => {
        const open = this.technical.openEventId(t.key);
        if (open) return { eventId: open, raised: false };
        const row = this.rows.raised(t);
        this.technical.open(t, row.eventId, row.createdAt);
        const detail = { technicalKind: t.kind, rootCause: t.rootCause, affectedDevices: t.devices.map(hex32) };
        this.commitReport(row, 'technical_raised', t.devices[0], `${t.kind}: ${t.rootCause}`, detail);
        return { eventId: row.eventId, raised: true };
      });
    } catch (err) {
      this.storageFailed(err, 'raise technical alarm');
      const { eventId, held } = this.memory.hold(`technical/${t.key}`, () => this.rows.raised(t));
      if (held && this.raisedInMemory.size < 1_000)
        this.raisedInMemory.set(t.key, { ...t, eventId, raisedAt: this.clock.now() });
      return { eventId, raised: held };
    }
  }

  /**
   * Clears the open technical alarm with `key`, if any; reports CLEARED with its raised time, or
   * UNPAIRED when it is closed because its device was unpaired (the condition did not end). One
   * raised while storage failed is known only in memory; its close is committed, or forwarded from
   * memory too while writes still fail.
   */
  clearTechnical(key: string, how: 'CLEARED' | 'UNPAIRED' = 'CLEARED'): string | undefined {
    const inMemory = this.raisedInMemory.get(key);
    try {
      const eventId = this.q.transaction(() => {
        const open = this.technical.close(key) ?? inMemory;
        if (!open) return undefined;
        const row = this.rows.cleared(open, how);
        const summary = `${open.kind} ${how === 'CLEARED' ? 'cleared' : 'closed: device unpaired'}`;
        const detail = { technicalKind: open.kind, rootCause: open.rootCause, affectedDevices: open.devices.map(hex32) };
        this.commitReport(row, `technical_${how.toLowerCase()}`, open.devices[0], summary, detail);
        return row.eventId;
      });
      this.raisedInMemory.delete(key);
      return eventId;
    } catch (err) {
      this.storageFailed(err, 'clear technical alarm');
      if (!inMemory) return undefined; // still open in the database: cleared once a write succeeds again
      this.raisedInMemory.delete(key);
      return this.memory.hold(`cleared/${inMemory.eventId}`, () => this.rows.cleared(inMemory, how)).eventId;
    }
  }

  /**
   * A one-off technical report with no clearing (TECHNICAL_STATE_NOTICE): a clock step, a stall
   * that is already over, an uplink outage reported once it ended.
   */
  notice(t: NoticeInput): string {
    const row = this.rows.notice(t);
    try {
      this.q.transaction(() =>
        this.commitReport(row, 'technical_notice', t.devices[0], `${t.kind}: ${t.rootCause}`, {
          technicalKind: t.kind,
          rootCause: t.rootCause,
          affectedDevices: t.devices.map(hex32),
        }),
      );
      return row.eventId;
    } catch (err) {
      this.storageFailed(err, 'record technical notice');
      return this.memory.hold(`notice/${row.eventId}`, () => row).eventId;
    }
  }

  /** Adds a test event (event class TEST) for `deviceId` (0 = the hub itself) to the outbox. */
  testEvent(deviceId: number): string {
    const row = this.rows.test(deviceId);
    const summary = `test alarm ${deviceId ? hex32(deviceId) : 'hub'}`;
    this.q.transaction(() => this.commitReport(row, 'test_alarm', deviceId || undefined, summary));
    return row.eventId;
  }

  // ---- The outbox: delegations to `pending` (stored and held in memory) ----------------------
  /** The first `limit` stored outbox rows, alarms first, oldest first within a priority. */
  outbox(limit = 100): OutboxRow[] {
    return this.table.head(limit);
  }
  outboxStats(): OutboxStats {
    return this.pending.stats();
  }
  markSms(eventId: string): void {
    this.pending.markSms(eventId, this.clock.now());
  }
  alarmsUnreceiptedSince(before: number): OutboxRow[] {
    return this.pending.alarmsUnreceiptedSince(before);
  }

  /** The outbox row and its history row, in the caller's transaction. */
  private commitReport(
    row: OutboxRow,
    kind: string,
    deviceId: number | undefined,
    summary: string,
    detail?: EventDetail,
  ): void {
    this.table.insert(row);
    this.history.add(row.eventId, kind, deviceId ?? null, summary, row.createdAt, detail);
    queueMicrotask(() => this.wal.committed()); // after the transaction: a checkpoint cannot run inside one
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
    this.bus.emit('storage-error', err as Error, what);
    // A full disk: the WAL is what the store can give back at once.
    const relief = this.wal.relieve(`write failed: ${what}`);
    if (relief) this.bus.emit('wal-relieved', relief);
  }
}
