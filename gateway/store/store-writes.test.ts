import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { type DeviceEventFrame, samplePendantAlarm } from '../../protocol/serial/index.ts';
import { openDatabase, schemaVersion } from './database.ts';
import { DEDUPE_WINDOW, HubStore } from './hub-store.ts';
import { MIGRATIONS } from './migrations.ts';
import { ATTEMPTS_HELD_MAX } from './outbox-table.ts';

const event = (over: Partial<DeviceEventFrame> = {}): DeviceEventFrame => ({ ...samplePendantAlarm, ...over });
const tempDir = () => mkdtempSync(join(tmpdir(), 'vakt-writes-'));

/** A hub database as schema version 3 left it, with a device, an event and its outbox row. */
function version3Database(dir: string): void {
  const db = new Database(join(dir, 'hub.db'));
  db.pragma('journal_mode = WAL');
  for (let v = 0; v < 3; v++) db.exec(MIGRATIONS[v]!);
  db.pragma('user_version = 3');
  const d = samplePendantAlarm.deviceId;
  db.prepare('INSERT INTO devices (device_id, device_type, paired_at) VALUES (?, 3, 1)').run(d);
  db.prepare('INSERT INTO recent_events VALUES (?, ?, ?, ?, ?, ?)').run(d, 7, 'alarm', 10, 'old-event', 5);
  db.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?)').run('old-event', 'device_event', d, 'old', 5);
  db.prepare("INSERT INTO outbox (event_id, class, priority, payload, created_at) VALUES ('old-event', 'alarm', 0, '{}', 5)").run();
  db.close();
}

const indexes = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").all() as {
    name: string;
  }[]).map((r) => r.name);

describe('hub state writes per accepted event', () => {
  it('migrates a version-3 database in the field: its rows kept, dedupe and history still working', () => {
    const dir = tempDir();
    version3Database(dir);
    const db = openDatabase(dir);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(indexes(db)).toEqual(['outbox_order', 'recent_events_by_device']);
    const store = new HubStore(db, 'H1', new FakeClock(10));
    // The event accepted before the upgrade is still recognised and still waits for its receipt.
    expect(store.acceptDeviceEvent(event())).toEqual({ eventId: 'old-event', duplicate: true });
    expect(store.outbox().map((r) => r.eventId)).toEqual(['old-event']);
    const fresh = store.acceptDeviceEvent(event({ seq: 8 }));
    expect(fresh.duplicate).toBe(false);
    expect(store.recentEvents(5).map((e) => e.eventId)).toEqual([fresh.eventId, 'old-event']);
    db.close();
  });

  it('keeps exactly the last 16 events of a device even when they share one millisecond', () => {
    const db = openDatabase(tempDir());
    const store = new HubStore(db, 'H1', new FakeClock(1)); // the clock never moves
    for (let s = 1; s <= 40; s++) store.acceptDeviceEvent(event({ seq: s }));
    store.acceptDeviceEvent(event({ deviceId: 0xd002, seq: 1 }));
    const seqs = db
      .prepare('SELECT seq FROM recent_events WHERE device_id = ? ORDER BY rowid')
      .all(samplePendantAlarm.deviceId) as { seq: number }[];
    expect(seqs.map((r) => r.seq)).toEqual(Array.from({ length: DEDUPE_WINDOW }, (_, i) => 40 - 15 + i));
    expect(store.acceptDeviceEvent(event({ seq: 25 })).duplicate).toBe(true);
    expect(db.prepare('SELECT COUNT(*) AS n FROM recent_events WHERE device_id = 53250').get()).toEqual({ n: 1 });
    db.close();
  });

  it('holds attempt numbers in memory until the receipts commit, and writes them at once past the bound', () => {
    const db = openDatabase(tempDir());
    const store = new HubStore(db, 'H1', new FakeClock(1));
    const a = store.acceptDeviceEvent(event({ seq: 1 })).eventId;
    const b = store.acceptDeviceEvent(event({ seq: 2 })).eventId;
    const stored = (id: string) => db.prepare('SELECT attempts FROM outbox WHERE event_id = ?').get(id);
    store.pending.markSent([
      { eventId: a, attempt: 1 },
      { eventId: b, attempt: 2 },
    ]);
    expect(store.pending.find(b)?.attempts).toBe(2); // every read shows it…
    expect(store.outbox(2).map((r) => r.attempts)).toEqual([1, 2]);
    expect(stored(b)).toEqual({ attempts: 0 }); // …before it is written
    store.pending.receipted([a]);
    expect(stored(b)).toEqual({ attempts: 2 }); // written in the receipts' commit
    expect(stored(a)).toBeUndefined();
    const many = Array.from({ length: ATTEMPTS_HELD_MAX }, (_, i) => ({ eventId: b, attempt: 3 + i }));
    store.pending.markSent(many.map((x, i) => (i === 0 ? x : { eventId: `gone-${i}`, attempt: 1 })));
    expect(stored(b)).toEqual({ attempts: 3 }); // the bound reached: written without a receipt
    db.close();
  });
});
