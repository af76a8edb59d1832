/**
 * Versioned schema of the hub state database. Append only: a migration, once released, is never
 * edited; the next change is a new entry.
 */
export const MIGRATIONS: string[] = [
  // 1: paired devices, dedupe window, event history, outbox, technical alarms, small settings.
  `
  CREATE TABLE devices (
    device_id     INTEGER PRIMARY KEY,
    device_type   INTEGER NOT NULL,
    label         TEXT NOT NULL DEFAULT '',
    location      INTEGER,
    paired_at     INTEGER NOT NULL,
    last_seen_at  INTEGER,
    battery       INTEGER,
    rssi          INTEGER,
    period_s      INTEGER
  );
  CREATE TABLE recent_events (
    device_id    INTEGER NOT NULL,
    seq          INTEGER NOT NULL,
    event_class  TEXT NOT NULL,
    status_code  INTEGER NOT NULL,
    event_id     TEXT NOT NULL,
    accepted_at  INTEGER NOT NULL
  );
  CREATE INDEX recent_events_device ON recent_events (device_id, accepted_at);
  CREATE TABLE events (
    event_id     TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,
    device_id    INTEGER,
    summary      TEXT NOT NULL,
    created_at   INTEGER NOT NULL
  );
  CREATE INDEX events_created ON events (created_at);
  CREATE TABLE outbox (
    event_id     TEXT PRIMARY KEY,
    class        TEXT NOT NULL CHECK (class IN ('alarm', 'technical', 'state')),
    priority     INTEGER NOT NULL,
    payload      TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_sent_at INTEGER
  );
  CREATE INDEX outbox_order ON outbox (priority, created_at);
  CREATE TABLE technical_alarms (
    key          TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,
    event_id     TEXT NOT NULL,
    root_cause   TEXT NOT NULL,
    devices      TEXT NOT NULL,
    action       TEXT NOT NULL,
    raised_at    INTEGER NOT NULL
  );
  CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  // 2: SMS fallback marks the outbox row; command nonces kept until their command expires.
  `
  ALTER TABLE outbox ADD COLUMN sms_at INTEGER;
  CREATE TABLE nonces (
    nonce       TEXT PRIMARY KEY,
    expires_at  INTEGER NOT NULL
  );
  `,
  // 3: device-link keys and frame counters (SPEC §4); a device paired without a key is legacy (version 1).
  `
  CREATE TABLE device_keys (
    device_id        INTEGER PRIMARY KEY,
    link_key         BLOB,
    unauthenticated  INTEGER NOT NULL DEFAULT 0,
    rx_counter       INTEGER,
    tx_counter       INTEGER NOT NULL DEFAULT 0
  );
  INSERT INTO device_keys (device_id, unauthenticated) SELECT device_id, 1 FROM devices;
  `,
  // 4: fewer pages written per accepted event. The history is read newest-inserted first (rowid), so
  // its created_at index goes; a device's recent events are trimmed by insertion order (rowid), so
  // their index is on device_id alone (a b-tree whose entries sort by rowid within a device).
  `
  DROP INDEX events_created;
  DROP INDEX recent_events_device;
  CREATE INDEX recent_events_by_device ON recent_events (device_id);
  `,
];
