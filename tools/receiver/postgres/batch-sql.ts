/**
 * One batch of the receiver's writes as set-based statements (one `unnest` insert per table), so a
 * batch of 1,000 alarms costs one round trip per table, not 1,000. Rows are sorted by key so that
 * receivers of one group always take row locks in the same order and cannot deadlock each other.
 */
import type pg from 'pg';
import { hex32 } from '../../../protocol/serial/index.ts';
import { v1, type vakt } from '../../../protocol/uplink/index.ts';
import type { RecordedEvent } from '../event-store.ts';

export interface StateRow {
  s: vakt.v1.HubState;
  atMs: number;
}
export interface BeatRow {
  h: vakt.v1.Heartbeat;
  atMs: number;
}

const byKey = (a: { hubId: string; eventId: string }, b: { hubId: string; eventId: string }) =>
  a.hubId < b.hubId ? -1 : a.hubId > b.hubId ? 1 : a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0;
const ms = (v: number | null | undefined): number | null => (v && v > 0 ? v : null);

/** One column of an event table: its SQL array type and where its value comes from. */
interface Column<R> {
  name: string;
  type: 'text' | 'int' | 'float8' | 'bytea';
  /** Milliseconds since the epoch, stored as timestamptz. */
  ms?: true;
  of(r: R): unknown;
}
type AlarmRow = Extract<RecordedEvent, { kind: 'alarm' }>;
type TechnicalRow = Extract<RecordedEvent, { kind: 'technical' }>;
type EventRow = AlarmRow | TechnicalRow;

/** The columns every event table has, around its own; `receiver_id` is one parameter per batch. */
function eventColumns<R extends EventRow>(own: Column<R>[], encode: (r: R) => Uint8Array): Column<R>[] {
  return [
    { name: 'hub_id', type: 'text', of: (x) => x.hubId },
    { name: 'event_id', type: 'text', of: (x) => x.eventId },
    ...own,
    { name: 'first_attempt', type: 'int', of: (x) => x.message.attempt },
    { name: 'path', type: 'int', of: (x) => x.message.path },
    { name: 'received_at', type: 'float8', ms: true, of: (x) => x.atMs },
    { name: 'payload', type: 'bytea', of: (x) => Buffer.from(encode(x)) },
  ];
}

/**
 * `INSERT … SELECT … FROM unnest($1::type[], …) ON CONFLICT (hub_id, event_id) DO NOTHING
 * RETURNING hub_id, event_id`: the batch as one set-based statement, built once per table.
 */
function insertSql<R>(table: string, cols: Column<R>[]): string {
  const names = cols.map((c) => c.name);
  const exprs = cols.map((c) => (c.ms ? `to_timestamp(${c.name} / 1000.0)` : c.name));
  const arrays = cols.map((c, i) => `$${i + 1}::${c.type}[]`);
  return `INSERT INTO ${table} (${names.join(', ')}, receiver_id)
     SELECT ${exprs.join(', ')}, $${cols.length + 1}
     FROM unnest(${arrays.join(', ')}) AS t(${names.join(', ')})
     ON CONFLICT (hub_id, event_id) DO NOTHING
     RETURNING hub_id, event_id`;
}

const ALARM_COLUMNS = eventColumns<AlarmRow>(
  [
    { name: 'device_id', type: 'text', of: (x) => hex32(x.message.deviceId) },
    { name: 'device_type', type: 'int', of: (x) => x.message.deviceType },
    { name: 'status_code', type: 'int', of: (x) => x.message.statusCode },
    { name: 'event_class', type: 'int', of: (x) => x.message.eventClass },
    { name: 'priority', type: 'int', of: (x) => x.message.priority },
    { name: 'location_code', type: 'int', of: (x) => x.message.location?.code ?? null },
    { name: 'location_text', type: 'text', of: (x) => x.message.location?.text || null },
    {
      name: 'hub_received_at',
      type: 'float8',
      ms: true,
      of: (x) => ms(x.message.hubReceivedAtMs) ?? x.atMs,
    },
  ],
  (x) => v1.Alarm.encode(x.message).finish(),
);
const TECHNICAL_COLUMNS = eventColumns<TechnicalRow>(
  [
    { name: 'kind', type: 'int', of: (x) => x.message.kind },
    { name: 'state', type: 'int', of: (x) => x.message.state },
    { name: 'root_cause', type: 'text', of: (x) => x.message.rootCause },
    { name: 'suggested_action', type: 'text', of: (x) => x.message.suggestedAction },
    { name: 'raised_at', type: 'float8', ms: true, of: (x) => ms(x.message.raisedAtMs) },
    { name: 'cleared_at', type: 'float8', ms: true, of: (x) => ms(x.message.clearedAtMs) },
  ],
  (x) => v1.TechnicalAlarm.encode(x.message).finish(),
);
const ALARM_SQL = insertSql('alarms', ALARM_COLUMNS);
const TECHNICAL_SQL = insertSql('technical_alarms', TECHNICAL_COLUMNS);

async function insertEvents<R extends EventRow>(
  c: pg.ClientBase,
  sql: string,
  cols: Column<R>[],
  rows: R[],
  receiverId: string,
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const r = [...rows].sort(byKey);
  const res = await c.query<{ hub_id: string; event_id: string }>(sql, [
    ...cols.map((col) => r.map(col.of)),
    receiverId,
  ]);
  return new Set(res.rows.map((x) => `${x.hub_id}\t${x.event_id}`));
}

/** Inserts the alarms; returns the keys ("hub\tevent") that were new. */
export const insertAlarms = (c: pg.ClientBase, rows: AlarmRow[], receiverId: string) =>
  insertEvents(c, ALARM_SQL, ALARM_COLUMNS, rows, receiverId);

/** Inserts the technical alarms; returns the keys that were new. */
export const insertTechnical = (c: pg.ClientBase, rows: TechnicalRow[], receiverId: string) =>
  insertEvents(c, TECHNICAL_SQL, TECHNICAL_COLUMNS, rows, receiverId);

/**
 * Births and deaths. One row per hub per statement (PostgreSQL refuses to update a row twice in
 * one upsert), so the batch is first reduced by the same rule the WHERE applies against the table:
 * a higher bd_seq wins; at the same bd_seq the death wins.
 */
export async function upsertStates(c: pg.ClientBase, rows: StateRow[]): Promise<void> {
  if (rows.length === 0) return;
  const best = new Map<string, StateRow>();
  for (const row of rows) {
    const cur = best.get(row.s.hubId);
    if (!cur || outranks(row.s, cur.s)) best.set(row.s.hubId, row);
  }
  const r = [...best.values()].sort((a, b) => (a.s.hubId < b.s.hubId ? -1 : 1));
  await c.query(
    `INSERT INTO hubs (hub_id, status, bd_seq, status_at, software_version)
     SELECT h, st, bd, to_timestamp(at / 1000.0), sv
     FROM unnest($1::text[], $2::text[], $3::bigint[], $4::float8[], $5::text[]) AS t(h, st, bd, at, sv)
     ON CONFLICT (hub_id) DO UPDATE SET status = excluded.status, bd_seq = excluded.bd_seq,
       status_at = excluded.status_at, software_version = excluded.software_version
     WHERE hubs.bd_seq IS NULL OR excluded.bd_seq > hubs.bd_seq
        OR (excluded.bd_seq = hubs.bd_seq AND excluded.status = 'offline')`,
    [
      r.map((x) => x.s.hubId),
      r.map((x) => statusOf(x.s)),
      r.map((x) => String(x.s.bdSeq)),
      r.map((x) => x.atMs),
      r.map((x) => x.s.softwareVersion || null),
    ],
  );
}

/** Last heartbeats (already one per hub); a later write never moves the time backwards. */
export async function upsertHeartbeats(c: pg.ClientBase, rows: BeatRow[]): Promise<void> {
  if (rows.length === 0) return;
  const r = [...rows].sort((a, b) => (a.h.hubId < b.h.hubId ? -1 : 1));
  await c.query(
    `INSERT INTO hubs (hub_id, last_heartbeat_at, heartbeat_interval_s, outbox_depth)
     SELECT h, to_timestamp(at / 1000.0), nullif(iv, 0), od
     FROM unnest($1::text[], $2::float8[], $3::int[], $4::int[]) AS t(h, at, iv, od)
     ON CONFLICT (hub_id) DO UPDATE SET
       last_heartbeat_at = greatest(hubs.last_heartbeat_at, excluded.last_heartbeat_at),
       heartbeat_interval_s = coalesce(excluded.heartbeat_interval_s, hubs.heartbeat_interval_s),
       outbox_depth = excluded.outbox_depth`,
    [
      r.map((x) => x.h.hubId),
      r.map((x) => x.atMs),
      r.map((x) => x.h.intervalS),
      r.map((x) => x.h.outboxDepth),
    ],
  );
}

const statusOf = (s: vakt.v1.HubState): 'online' | 'offline' => (s.status === 2 ? 'offline' : 'online');

function outranks(a: vakt.v1.HubState, b: vakt.v1.HubState): boolean {
  const sa = Number(a.bdSeq);
  const sb = Number(b.bdSeq);
  return sa > sb || (sa === sb && statusOf(a) === 'offline');
}
