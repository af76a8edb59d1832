import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { type DeviceEventFrame, samplePendantAlarm } from '../../protocol/serial/index.ts';
import { v1 } from '../../protocol/uplink/index.ts';
import { openDatabase, schemaVersion } from './database.ts';
import { deviceEventId } from './event-id.ts';
import { DEDUPE_WINDOW, HubStore } from './hub-store.ts';
import { MIGRATIONS } from './migrations.ts';

function open(dir = mkdtempSync(join(tmpdir(), 'vakt-store-'))) {
  const clock = new FakeClock();
  const db = openDatabase(dir);
  const store = new HubStore(db, 'H1', clock);
  return { dir, db, clock, store };
}
const receipted = (store: HubStore, ids: string[]) => new Set(store.pending.receipted(ids).keys());
const event = (over: Partial<DeviceEventFrame> = {}): DeviceEventFrame => ({
  ...samplePendantAlarm,
  ...over,
});

describe('hub state database', () => {
  it('is created 0600, in WAL mode with synchronous=FULL, at the latest schema version', () => {
    const { dir, db } = open();
    expect(statSync(join(dir, 'hub.db')).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    db.close();
    const again = openDatabase(dir); // migrating an up-to-date database is a no-op
    expect(schemaVersion(again)).toBe(MIGRATIONS.length);
    again.close();
  });

  it('refuses a database written by a newer version, saying what to do', () => {
    const { dir, db } = open();
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openDatabase(dir)).toThrow(expect.objectContaining({ code: 'E_STORAGE_VERSION' }));
  });

  it('accepts a device event into history, dedupe window and outbox together', () => {
    const { store } = open();
    store.pair({ deviceId: samplePendantAlarm.deviceId, deviceType: 3, label: 'pendant', location: 12 });
    const { eventId, duplicate } = store.acceptDeviceEvent(event());
    expect(duplicate).toBe(false);
    const [row] = store.outbox();
    expect(row).toMatchObject({ eventId, class: 'alarm', priority: 0, attempts: 0 });
    expect(row!.payload).toMatchObject({
      eventId,
      hubId: 'H1',
      deviceId: 0x00a1b2c3,
      statusCode: 10,
      eventClass: v1.EventClass.EVENT_CLASS_ALARM,
      deviceSeq: 7,
      deviceLabel: 'pendant',
    });
    expect(store.recentEvents()[0]).toMatchObject({ eventId, kind: 'device_event' });
    expect(store.device(0x00a1b2c3)?.lastSeenAt).not.toBeNull();
  });

  it('is atomic: when the outbox write fails, no trace of the event remains and it can be retried', () => {
    const { db, store } = open();
    db.exec("CREATE TRIGGER fail BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk says no'); END;");
    expect(() => store.acceptDeviceEvent(event())).toThrow('disk says no');
    expect(db.prepare('SELECT COUNT(*) AS n FROM events').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM recent_events').get()).toEqual({ n: 0 });
    db.exec('DROP TRIGGER fail');
    expect(store.acceptDeviceEvent(event()).duplicate).toBe(false);
  });

  it('recognises a retransmission across a restart and writes nothing for it', () => {
    const first = open();
    const a = first.store.acceptDeviceEvent(event());
    first.db.close();
    const second = open(first.dir);
    const b = second.store.acceptDeviceEvent(event({ attempt: 3 }));
    expect(b).toEqual({ eventId: a.eventId, duplicate: true });
    expect(second.store.outboxStats().depth).toBe(1);
  });

  it('keeps the last 16 events per device; a different code with the same seq is a new event', () => {
    const { store, clock } = open();
    for (let s = 1; s <= DEDUPE_WINDOW + 1; s++) {
      store.acceptDeviceEvent(event({ seq: s }));
      clock.advance(1000);
    }
    // Fell out of the window: the same seq sent in a later boot (another uptime) is a new event…
    expect(store.acceptDeviceEvent(event({ seq: 1, uptime: 99_999 })).duplicate).toBe(false);
    // …while the very same transmission still keeps its (derived) id, ACKed again.
    const again = store.acceptDeviceEvent(event({ seq: 2 }));
    expect(again).toEqual({ eventId: deviceEventId('H1', event({ seq: 2 })), duplicate: true });
    expect(store.acceptDeviceEvent(event({ seq: DEDUPE_WINDOW + 1 })).duplicate).toBe(true);
    expect(
      store.acceptDeviceEvent(event({ seq: DEDUPE_WINDOW + 1, statusCode: 125, eventClass: 'status' }))
        .duplicate,
    ).toBe(false);
  });

  it('orders the outbox: alarms, then technical alarms and status events, oldest first; receipts remove', () => {
    const { store, clock } = open();
    const door = store.acceptDeviceEvent(
      event({ deviceId: 0xd001, eventClass: 'status', statusCode: 76 }),
    ).eventId;
    clock.advance(10);
    const tech = store.raiseTechnical({
      key: 'receiver_lost',
      kind: 'RECEIVER_LOST',
      rootCause: 'receiver unplugged',
      devices: [],
      action: 'reseat the USB receiver',
    }).eventId;
    clock.advance(10);
    const alarm = store.acceptDeviceEvent(event({ seq: 9 })).eventId;
    expect(store.outbox().map((r) => r.eventId)).toEqual([alarm, door, tech]);
    expect(receipted(store, [alarm]).has(alarm)).toBe(true);
    expect(receipted(store, [alarm]).has(alarm)).toBe(false);
    expect(store.outboxStats()).toMatchObject({ depth: 2 });
  });

  it('refills a window past what is in flight, records sends and receipts in batches, compacts by the true depth', () => {
    const { store, clock } = open();
    const ids = Array.from({ length: 6 }, (_, i) => {
      clock.advance(1);
      return store.acceptDeviceEvent(event({ seq: 100 + i })).eventId;
    });
    const inFlight = new Set(ids.slice(0, 2));
    expect(store.pending.next(3, (id) => inFlight.has(id)).map((r) => r.eventId)).toEqual(ids.slice(2, 5));
    store.pending.markSent([
      { eventId: ids[0]!, attempt: 1 },
      { eventId: ids[1]!, attempt: 2 },
    ]);
    expect(store.outbox(2).map((r) => r.attempts)).toEqual([1, 2]);
    expect([...receipted(store, [ids[0]!, ids[1]!, 'not-in-the-outbox'])]).toEqual(ids.slice(0, 2));
    expect(store.recentEvents(10).filter((e) => e.kind === 'receipted')).toHaveLength(2);
    // Alarms are never compacted, whatever the depth; status events are, lowest first.
    expect(store.pending.compact(1)).toBe(0);
    const status = store.acceptDeviceEvent(event({ deviceId: 0xd002, eventClass: 'status', statusCode: 76 }));
    expect(store.pending.compact(4)).toBe(1);
    expect(store.outbox(10).map((r) => r.eventId)).not.toContain(status.eventId);
    expect(store.outboxStats().depth).toBe(4);
  });
  it('raises one technical alarm per key and clears it with its raised time', () => {
    const { store, clock } = open();
    const t = {
      key: 'device_missing:00A1B2C3',
      kind: 'DEVICE_MISSING' as const,
      rootCause: 'no heartbeat for 33 min',
      devices: [0x00a1b2c3],
      action: 'check the pendant battery',
    };
    const first = store.raiseTechnical(t);
    expect(store.raiseTechnical(t)).toEqual({ eventId: first.eventId, raised: false });
    clock.advance(60_000);
    const cleared = store.clearTechnical(t.key)!;
    expect(store.clearTechnical(t.key)).toBeUndefined();
    const payloads = store.outbox().map((r) => r.payload) as Array<{
      eventId: string;
      state: number;
      raisedAtMs: number;
      clearedAtMs: number;
    }>;
    expect(payloads.find((p) => p.eventId === cleared)).toMatchObject({
      state: v1.TechnicalState.TECHNICAL_STATE_CLEARED,
      clearedAtMs: payloads[0]!.raisedAtMs + 60_000,
    });
    expect(store.openTechnicalAlarms()).toEqual([]);
  });

  it('when writes fail: device events throw (not ACKed), technical reports go to memory, bookkeeping is skipped', () => {
    const { store, db } = open();
    store.pair({ deviceId: 0x00a1b2c3, deviceType: 3, label: 'pendant' });
    const bd = store.nextBdSeq();
    const failures: string[] = [];
    store.events.on('storage-error', (_err, what) => failures.push(what));
    db.pragma('query_only = ON'); // every write now fails inside SQLite, as on a read-only disk
    expect(() => store.acceptDeviceEvent(event({ seq: 77 }))).toThrow();
    const input = {
      key: 'storage_write',
      kind: 'STORAGE' as const,
      rootCause: 'EIO',
      devices: [],
      action: 'replace',
    };
    const raised = store.raiseTechnical(input);
    expect(raised.raised).toBe(true);
    expect(store.raiseTechnical(input)).toEqual({ eventId: raised.eventId, raised: false });
    store.notice({ kind: 'CLOCK_WRONG', rootCause: 'step', devices: [], action: 'none' });
    expect(store.memory.size).toBe(2);
    expect(store.memory.next(5, () => false).every((r) => r.class === 'technical')).toBe(true);
    expect(() => store.seen(0x00a1b2c3, { battery: 50, rssi: -60 })).not.toThrow();
    expect(() => store.pending.markSent([{ eventId: raised.eventId, attempt: 1 }])).not.toThrow();
    expect(store.memory.next(1, () => false)[0]!.attempts).toBe(1);
    expect(store.nextBdSeq()).toBe(bd + 1);
    // Raised only in memory: its CLEARED goes from memory too, never lost.
    const cleared = store.clearTechnical('storage_write');
    expect(cleared).toBeDefined();
    expect(store.memory.has(cleared!)).toBe(true);
    expect(store.clearTechnical('storage_write')).toBeUndefined(); // once
    expect(failures).toContain('raise technical alarm');
    expect(() => receipted(store, ['x'])).not.toThrow(); // nothing to delete: no write attempted
    db.pragma('query_only = OFF');
    expect(store.acceptDeviceEvent(event({ seq: 77 })).duplicate).toBe(false);
    // Raised in memory while failing, cleared once writes work: the CLEARED is committed.
    db.pragma('query_only = ON');
    store.raiseTechnical({ ...input, key: 'storage_full' });
    db.pragma('query_only = OFF');
    const committed = store.clearTechnical('storage_full');
    expect(committed).toBeDefined();
    expect(store.memory.has(committed!)).toBe(false);
    expect(store.recentEvents(5).some((e) => e.eventId === committed && e.kind === 'technical_cleared')).toBe(
      true,
    );
  });
});

describe('device-link counters with the event (SPEC §4.4)', () => {
  const KEY = new Uint8Array(16).fill(9);
  const secured = (counter: number, seq: number) =>
    event({ seq, version: 2, security: { counter, mic: '0011223344556677' } });

  it('a verified event commits its counter in its own transaction; a duplicate too', () => {
    const { store } = open();
    store.pair({ deviceId: samplePendantAlarm.deviceId, deviceType: 3 });
    store.deviceKeys.setKey(samplePendantAlarm.deviceId, KEY);
    store.acceptDeviceEvent(secured(41, 7));
    expect(store.deviceKey(samplePendantAlarm.deviceId)?.rx).toBe(41);
    expect(store.acceptDeviceEvent(secured(42, 7)).duplicate).toBe(true); // its retransmission
    expect(store.deviceKey(samplePendantAlarm.deviceId)?.rx).toBe(42);
  });

  it('a counter that cannot be stored takes the event with it: nothing is accepted to be ACKed', () => {
    const { store, db } = open();
    store.pair({ deviceId: samplePendantAlarm.deviceId, deviceType: 3 });
    store.deviceKeys.setKey(samplePendantAlarm.deviceId, KEY);
    // The write of the counter fails (as a crash or a full disk between two statements would).
    db.exec(
      "CREATE TRIGGER no_rx BEFORE UPDATE OF rx_counter ON device_keys BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END",
    );
    expect(() => store.acceptDeviceEvent(secured(5, 8))).toThrow(/disk I\/O error/);
    expect(store.outboxStats().depth).toBe(0);
    expect(store.deviceKey(samplePendantAlarm.deviceId)?.rx).toBeNull();
    db.exec('DROP TRIGGER no_rx');
    expect(store.acceptDeviceEvent(secured(6, 8)).duplicate).toBe(false); // its retransmission
    expect(store.outboxStats().depth).toBe(1);
    expect(store.deviceKey(samplePendantAlarm.deviceId)?.rx).toBe(6);
  });
});
