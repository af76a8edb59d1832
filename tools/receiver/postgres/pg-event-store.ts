/**
 * The receiver's events and hub state in PostgreSQL, shared by every receiver of a `$share` group.
 * Exactly once: the table's key is (hub_id, event_id) and rows go in with ON CONFLICT DO NOTHING
 * RETURNING, so the one receiver whose insert created the row is told "first" and every other copy,
 * on any receiver, "duplicate". `record` resolves only after COMMIT.
 *
 * Writes are group-committed: work queues by lane and a writer takes a batch (alarms first, up to
 * `batchMax` rows) once `windowMs` has passed or the batch is full; at most `writers` batches are
 * in flight. Heartbeats are coalesced per hub (only the newest matters) and written behind
 * everything else; past `maxHeartbeatHubs` waiting, new ones are shed.
 */
import pg from 'pg';
import type pino from 'pino';
import { VaktError } from '../../../protocol/errors.ts';
import type { vakt } from '../../../protocol/uplink/index.ts';
import {
  type EventStore,
  emptyDepth,
  type HubLiveness,
  type HubRow,
  type Lane,
  type RecordedEvent,
} from '../event-store.ts';
import {
  type BeatRow,
  insertAlarms,
  insertTechnical,
  type StateRow,
  upsertHeartbeats,
  upsertStates,
} from './batch-sql.ts';
import { migrate } from './migrations.ts';

export interface PgStoreOptions {
  url: string;
  receiverId: string;
  log: pino.Logger;
  batchMax?: number;
  windowMs?: number;
  writers?: number;
  maxHeartbeatHubs?: number;
}

interface Waiting<T> {
  item: T;
  resolve(v: boolean): void;
  reject(err: Error): void;
}

const EVENT_LANES = ['alarm', 'technical', 'routine', 'test'] as const;
type EventLane = (typeof EVENT_LANES)[number];
/** Lock conflicts worth retrying: deadlock detected, serialization failure. */
const RETRYABLE = new Set(['40P01', '40001']);

export class PgEventStore implements EventStore {
  readonly kind = 'postgres';
  readonly holdsEvents = true;
  private pool: pg.Pool | undefined;
  private readonly queues: Record<EventLane, Waiting<RecordedEvent>[]> = {
    alarm: [],
    technical: [],
    routine: [],
    test: [],
  };
  private states: Waiting<StateRow>[] = [];
  private beats = new Map<string, BeatRow>();
  private writing = 0;
  private timer: NodeJS.Timeout | undefined;
  private lastMs = 0;
  private closed = false;
  private readonly recent = new Map<string, true>();
  private readonly batchMax: number;
  private readonly windowMs: number;
  private readonly writers: number;
  private readonly maxBeats: number;

  constructor(private readonly o: PgStoreOptions) {
    this.batchMax = o.batchMax ?? 1000;
    this.windowMs = o.windowMs ?? 2;
    this.writers = o.writers ?? 2;
    this.maxBeats = o.maxHeartbeatHubs ?? 100_000;
  }

  async open(): Promise<void> {
    this.pool = new pg.Pool({
      connectionString: this.o.url,
      max: this.writers + 1,
      application_name: 'vakt-receive',
    });
    this.pool.on('error', (err) => this.o.log.warn({ err: err.message }, 'PostgreSQL connection lost'));
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      await this.pool.end().catch(() => undefined);
      throw new VaktError(
        'E_STORAGE_DB',
        `cannot connect to PostgreSQL at ${redact(this.o.url)}: ${(err as Error).message}`,
        'check the URL (postgres://user@host:port/db), that the server runs, and the password (PGPASSWORD or ~/.pgpass)',
      );
    }
    try {
      const applied = await migrate(client);
      if (applied.length) this.o.log.info({ applied }, 'database schema migrated');
    } finally {
      client.release();
    }
  }

  knows(hubId: string, eventId: string): boolean {
    return this.recent.has(`${hubId}\t${eventId}`);
  }

  record(e: RecordedEvent): Promise<boolean> {
    const lane: EventLane = (EVENT_LANES as readonly string[]).includes(e.lane)
      ? (e.lane as EventLane)
      : 'routine';
    return new Promise((resolve, reject) => {
      this.queues[lane].push({ item: e, resolve, reject });
      this.schedule();
    });
  }

  hubState(s: vakt.v1.HubState, atMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.states.push({ item: { s, atMs }, resolve: () => resolve(), reject });
      this.schedule();
    });
  }

  heartbeat(h: vakt.v1.Heartbeat, atMs: number): boolean {
    if (this.beats.size >= this.maxBeats && !this.beats.has(h.hubId)) return false;
    this.beats.set(h.hubId, { h, atMs });
    this.schedule();
    return true;
  }

  async liveness(): Promise<HubLiveness> {
    const rows = await this.pool!.query<{ liveness: string; n: string }>(
      'SELECT liveness, count(*) AS n FROM hub_liveness GROUP BY liveness',
    );
    const out: HubLiveness = { online: 0, offline: 0, silent: 0 };
    for (const r of rows.rows) if (r.liveness in out) out[r.liveness as keyof HubLiveness] = Number(r.n);
    return out;
  }

  async hubs(): Promise<HubRow[]> {
    const rows = await this.pool!.query(
      `SELECT hub_id, liveness, bd_seq, status_at, last_heartbeat_at, heartbeat_interval_s, software_version
       FROM hub_liveness ORDER BY hub_id LIMIT 100000`,
    );
    const t = (d: Date | null) => (d ? d.getTime() : null);
    return rows.rows.map((r) => ({
      hubId: r.hub_id,
      liveness: r.liveness,
      bdSeq: r.bd_seq === null ? null : Number(r.bd_seq),
      statusAtMs: t(r.status_at),
      lastHeartbeatAtMs: t(r.last_heartbeat_at),
      heartbeatIntervalS: r.heartbeat_interval_s,
      softwareVersion: r.software_version,
    }));
  }

  depth(): Record<Lane, number> {
    const d = emptyDepth();
    for (const l of EVENT_LANES) d[l] = this.queues[l].length;
    d.state = this.states.length;
    d.heartbeat = this.beats.size;
    return d;
  }

  lastWriteMs(): number {
    return this.lastMs;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    while (this.pending() > 0 || this.writing > 0) {
      if (this.writing < this.writers && this.pending() > 0) void this.flush();
      await new Promise((r) => setTimeout(r, 5));
    }
    await this.pool?.end();
  }

  private pending(): number {
    let n = this.states.length + this.beats.size;
    for (const l of EVENT_LANES) n += this.queues[l].length;
    return n;
  }

  private schedule(): void {
    if (this.writing >= this.writers || this.pending() === 0) return;
    if (this.pending() >= this.batchMax) {
      clearTimeout(this.timer);
      this.timer = undefined;
      void this.flush();
    } else {
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        if (this.writing < this.writers) void this.flush();
      }, this.windowMs);
    }
  }

  /** Takes one batch, alarms first, and commits it. */
  private async flush(): Promise<void> {
    const events: Waiting<RecordedEvent>[] = [];
    for (const l of EVENT_LANES) {
      const q = this.queues[l];
      events.push(...q.splice(0, this.batchMax - events.length));
    }
    const states = this.states.splice(0, Math.max(0, this.batchMax - events.length));
    let beats: BeatRow[] = [];
    if (events.length + states.length < this.batchMax) {
      beats = [...this.beats.values()];
      this.beats = new Map();
    }
    if (events.length + states.length + beats.length === 0) return;
    this.writing++;
    const t0 = performance.now();
    try {
      const fresh = await this.commit(events, states, beats);
      this.lastMs = performance.now() - t0;
      for (const w of events) {
        const key = `${w.item.hubId}\t${w.item.eventId}`;
        this.remember(key);
        w.resolve(fresh.has(key));
      }
      for (const w of states) w.resolve(true);
    } catch (err) {
      this.lastMs = performance.now() - t0;
      const e = new VaktError(
        'E_STORAGE_DB',
        `PostgreSQL write of ${events.length} events failed: ${(err as Error).message}`,
        'the hubs resend; check the database',
      );
      for (const w of [...events, ...states]) w.reject(e);
    } finally {
      this.writing--;
      if (!this.closed) this.schedule();
    }
  }

  /**
   * One transaction for the batch. A batch of one kind (the usual case in a burst: alarms only) is
   * one statement, committed on its own without BEGIN/COMMIT: one round trip instead of three, and
   * just as atomic and durable (synchronous_commit) when it returns.
   */
  private async commit(
    events: Waiting<RecordedEvent>[],
    states: Waiting<StateRow>[],
    beats: BeatRow[],
  ): Promise<Set<string>> {
    const alarms = events.flatMap((w) => (w.item.kind === 'alarm' ? [w.item] : []));
    const technical = events.flatMap((w) => (w.item.kind === 'technical' ? [w.item] : []));
    const none = new Set<string>();
    const steps: Array<(c: pg.ClientBase) => Promise<Set<string>>> = [];
    if (alarms.length) steps.push((c) => insertAlarms(c, alarms, this.o.receiverId));
    if (technical.length) steps.push((c) => insertTechnical(c, technical, this.o.receiverId));
    const stateRows = states.map((w) => w.item);
    if (stateRows.length) steps.push((c) => upsertStates(c, stateRows).then(() => none));
    if (beats.length) steps.push((c) => upsertHeartbeats(c, beats).then(() => none));
    const single = steps.length === 1;
    for (let attempt = 1; ; attempt++) {
      const c = await this.pool!.connect();
      try {
        if (!single) await c.query('BEGIN');
        const fresh = new Set<string>();
        for (const step of steps) for (const k of await step(c)) fresh.add(k);
        if (!single) await c.query('COMMIT');
        c.release();
        return fresh;
      } catch (err) {
        if (!single) await c.query('ROLLBACK').catch(() => undefined);
        c.release(true); // a connection that failed mid-transaction is not reused
        const code = (err as { code?: string }).code;
        if (!code || !RETRYABLE.has(code) || attempt >= 3) throw err;
        this.o.log.info({ code, attempt }, 'batch write retried after a lock conflict');
      }
    }
  }

  /** Keys this receiver committed lately: a resend landing here again is answered without I/O. */
  private remember(key: string): void {
    this.recent.set(key, true);
    if (this.recent.size > 100_000) this.recent.delete(this.recent.keys().next().value!);
  }
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
