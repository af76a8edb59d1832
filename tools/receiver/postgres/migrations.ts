/**
 * The receiver's PostgreSQL schema, as numbered migrations applied in order, each once, each in
 * its own transaction, recorded in `vakt_schema_migrations`. Every receiver of a group runs
 * `migrate` at start; an advisory lock makes the first one apply and the others wait and find
 * nothing left to do. Never edit a released migration: add the next number.
 */
import type pg from 'pg';
import { VaktError } from '../../../protocol/errors.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Any constant shared by all receivers: pg_advisory_xact_lock(key) serialises migrations. */
const MIGRATION_LOCK = 0x76616b74; // "vakt"

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'alarms, technical alarms, hubs, hub_liveness',
    sql: `
CREATE TABLE alarms (
  hub_id             text        NOT NULL,
  event_id           text        NOT NULL,
  device_id          char(8)     NOT NULL,  -- as on the label: 8 hex digits
  device_type        integer     NOT NULL,  -- SCAIP dty
  status_code        integer     NOT NULL,  -- SCAIP stc
  event_class        integer     NOT NULL,  -- vakt.v1.EventClass
  priority           integer     NOT NULL,  -- SCAIP pri, 0 = unspecified
  location_code      integer,
  location_text      text,
  hub_received_at    timestamptz NOT NULL,
  first_attempt      integer     NOT NULL,  -- the attempt number of the copy that was recorded
  path               integer     NOT NULL,  -- vakt.v1.DeliveryPath of that copy
  received_at        timestamptz NOT NULL,  -- the receiver's clock when the copy arrived
  receiver_id        text        NOT NULL,
  payload            bytea       NOT NULL,  -- the vakt.v1.Alarm as received
  PRIMARY KEY (hub_id, event_id)
);
CREATE INDEX alarms_received_at ON alarms (received_at);

CREATE TABLE technical_alarms (
  hub_id             text        NOT NULL,
  event_id           text        NOT NULL,
  kind               integer     NOT NULL,  -- vakt.v1.TechnicalKind
  state              integer     NOT NULL,  -- vakt.v1.TechnicalState
  root_cause         text        NOT NULL,
  suggested_action   text        NOT NULL,
  raised_at          timestamptz,
  cleared_at         timestamptz,
  first_attempt      integer     NOT NULL,
  path               integer     NOT NULL,
  received_at        timestamptz NOT NULL,
  receiver_id        text        NOT NULL,
  payload            bytea       NOT NULL,  -- the vakt.v1.TechnicalAlarm as received
  PRIMARY KEY (hub_id, event_id)
);
CREATE INDEX technical_alarms_received_at ON technical_alarms (received_at);

CREATE TABLE hubs (
  hub_id               text PRIMARY KEY,
  status               text CHECK (status IN ('online', 'offline')),
  bd_seq               bigint,
  status_at            timestamptz,
  software_version     text,
  last_heartbeat_at    timestamptz,
  heartbeat_interval_s integer,
  outbox_depth         integer
);

-- Offline: the last birth/death is a death. Silent: online, but no heartbeat (before the first
-- one: no birth) within 3 heartbeat intervals (60 s assumed until a heartbeat gives it).
CREATE VIEW hub_liveness AS
SELECT hub_id, bd_seq, status_at, last_heartbeat_at, heartbeat_interval_s, software_version,
  CASE
    WHEN status = 'offline' THEN 'offline'
    WHEN coalesce(last_heartbeat_at, status_at) IS NULL THEN 'unknown'
    WHEN now() - coalesce(last_heartbeat_at, status_at)
         > make_interval(secs => 3 * coalesce(heartbeat_interval_s, 60)) THEN 'silent'
    ELSE 'online'
  END AS liveness
FROM hubs;
`,
  },
];

/** Applies every migration not yet recorded; returns the versions it applied. */
export async function migrate(client: pg.ClientBase): Promise<number[]> {
  const applied: number[] = [];
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS vakt_schema_migrations (
         version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = new Set(
      (await client.query<{ version: number }>('SELECT version FROM vakt_schema_migrations')).rows.map(
        (r) => r.version,
      ),
    );
    const newest = MIGRATIONS[MIGRATIONS.length - 1]!.version;
    const ahead = [...done].filter((v) => v > newest);
    if (ahead.length > 0)
      throw new VaktError(
        'E_STORAGE_SCHEMA',
        `the database has schema version ${Math.max(...ahead)}, newer than this receiver knows (${newest})`,
        'upgrade this receiver to the version the rest of the group runs',
      );
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO vakt_schema_migrations (version, name) VALUES ($1, $2)', [
        m.version,
        m.name,
      ]);
      applied.push(m.version);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
  return applied;
}
