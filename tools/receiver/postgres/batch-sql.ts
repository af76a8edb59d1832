/**
 * One batch of the receiver's writes as set-based statements (one `unnest` insert per table), so a
 * batch of 1,000 alarms costs one round trip per table, not 1,000. Rows are sorted by key so that
 * receivers of one group always take row locks in the same order and cannot deadlock each other.
 */
import type pg from 'pg';
import { hex32 } from '../../../protocol/serial/index.ts';
import type { vakt } from '../../../protocol/uplink/index.ts';
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

/** Inserts the alarms; returns the keys ("hub\tevent") that were new. */
export async function insertAlarms(
  c: pg.ClientBase,
  rows: Array<Extract<RecordedEvent, { kind: 'alarm' }>>,
  receiverId: string,
  encode: (m: vakt.v1.Alarm) => Uint8Array,
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const r = [...rows].sort(byKey);
  const res = await c.query<{ hub_id: string; event_id: string }>(
    `INSERT INTO alarms (hub_id, event_id, device_id, device_type, status_code, event_class, priority,
       location_code, location_text, hub_received_at, first_attempt, path, received_at, receiver_id, payload)
     SELECT h, e, d, dt, sc, ec, p, lc, lt, to_timestamp(hr / 1000.0), a, pa, to_timestamp(ra / 1000.0), $14, pl
     FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::int[], $7::int[], $8::int[],
                 $9::text[], $10::float8[], $11::int[], $12::int[], $13::float8[], $15::bytea[])
       AS t(h, e, d, dt, sc, ec, p, lc, lt, hr, a, pa, ra, pl)
     ON CONFLICT (hub_id, event_id) DO NOTHING
     RETURNING hub_id, event_id`,
    [
      r.map((x) => x.hubId),
      r.map((x) => x.eventId),
      r.map((x) => hex32(x.message.deviceId)),
      r.map((x) => x.message.deviceType),
      r.map((x) => x.message.statusCode),
      r.map((x) => x.message.eventClass),
      r.map((x) => x.message.priority),
      r.map((x) => x.message.location?.code ?? null),
      r.map((x) => x.message.location?.text || null),
      r.map((x) => ms(x.message.hubReceivedAtMs) ?? x.atMs),
      r.map((x) => x.message.attempt),
      r.map((x) => x.message.path),
      r.map((x) => x.atMs),
      receiverId,
      r.map((x) => Buffer.from(encode(x.message))),
    ],
  );
  return new Set(res.rows.map((x) => `${x.hub_id}\t${x.event_id}`));
}

/** Inserts the technical alarms; returns the keys that were new. */
export async function insertTechnical(
  c: pg.ClientBase,
  rows: Array<Extract<RecordedEvent, { kind: 'technical' }>>,
  receiverId: string,
  encode: (m: vakt.v1.TechnicalAlarm) => Uint8Array,
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const r = [...rows].sort(byKey);
  const res = await c.query<{ hub_id: string; event_id: string }>(
    `INSERT INTO technical_alarms (hub_id, event_id, kind, state, root_cause, suggested_action, raised_at,
       cleared_at, first_attempt, path, received_at, receiver_id, payload)
     SELECT h, e, k, s, rc, sa, to_timestamp(ra / 1000.0), to_timestamp(ca / 1000.0), a, pa,
            to_timestamp(rv / 1000.0), $12, pl
     FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::text[], $6::text[], $7::float8[],
                 $8::float8[], $9::int[], $10::int[], $11::float8[], $13::bytea[])
       AS t(h, e, k, s, rc, sa, ra, ca, a, pa, rv, pl)
     ON CONFLICT (hub_id, event_id) DO NOTHING
     RETURNING hub_id, event_id`,
    [
      r.map((x) => x.hubId),
      r.map((x) => x.eventId),
      r.map((x) => x.message.kind),
      r.map((x) => x.message.state),
      r.map((x) => x.message.rootCause),
      r.map((x) => x.message.suggestedAction),
      r.map((x) => ms(x.message.raisedAtMs)),
      r.map((x) => ms(x.message.clearedAtMs)),
      r.map((x) => x.message.attempt),
      r.map((x) => x.message.path),
      r.map((x) => x.atMs),
      receiverId,
      r.map((x) => Buffer.from(encode(x.message))),
    ],
  );
  return new Set(res.rows.map((x) => `${x.hub_id}\t${x.event_id}`));
}

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
