/**
 * Hub state kept in memory by the file store: birth/death with the bd_seq rule of TOPICS.md and
 * the last heartbeat, and the same liveness classification the PostgreSQL view makes. Bounded: the
 * least recently heard hub is forgotten past `maxHubs`.
 */
import type { vakt } from '../../protocol/uplink/index.ts';
import {
  DEFAULT_HEARTBEAT_INTERVAL_S,
  type HubLiveness,
  type HubRow,
  SILENT_AFTER_INTERVALS,
} from './event-store.ts';

interface Entry {
  status: 'online' | 'offline' | null;
  bdSeq: number | null;
  statusAtMs: number | null;
  lastHeartbeatAtMs: number | null;
  intervalS: number | null;
  softwareVersion: string | null;
}

/** The liveness rule, shared with the PostgreSQL view `hub_liveness` (keep the two in step). */
export function livenessOf(
  e: Pick<Entry, 'status' | 'statusAtMs' | 'lastHeartbeatAtMs' | 'intervalS'>,
  nowMs: number,
): HubRow['liveness'] {
  if (e.status === 'offline') return 'offline';
  const last = e.lastHeartbeatAtMs ?? e.statusAtMs;
  if (last === null) return 'unknown';
  const windowMs = SILENT_AFTER_INTERVALS * (e.intervalS ?? DEFAULT_HEARTBEAT_INTERVAL_S) * 1000;
  return nowMs - last > windowMs ? 'silent' : 'online';
}

export class HubTable {
  private readonly hubs = new Map<string, Entry>();

  constructor(private readonly maxHubs = 1_000_000) {}

  state(s: vakt.v1.HubState, atMs: number): void {
    const e = this.entry(s.hubId);
    const bdSeq = Number(s.bdSeq);
    const status = s.status === 2 ? 'offline' : 'online';
    // A lower bd_seq is a stale will; at the same bd_seq the death ends that connection.
    if (e.bdSeq !== null && (bdSeq < e.bdSeq || (bdSeq === e.bdSeq && status === 'online'))) return;
    Object.assign(e, { status, bdSeq, statusAtMs: atMs, softwareVersion: s.softwareVersion || null });
  }

  heartbeat(h: vakt.v1.Heartbeat, atMs: number): void {
    const e = this.entry(h.hubId);
    e.lastHeartbeatAtMs = Math.max(e.lastHeartbeatAtMs ?? 0, atMs);
    e.intervalS = h.intervalS || e.intervalS;
  }

  liveness(nowMs: number): HubLiveness {
    const out: HubLiveness = { online: 0, offline: 0, silent: 0 };
    for (const e of this.hubs.values()) {
      const l = livenessOf(e, nowMs);
      if (l !== 'unknown') out[l]++;
    }
    return out;
  }

  rows(nowMs: number): HubRow[] {
    return [...this.hubs.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([hubId, e]) => ({
        hubId,
        liveness: livenessOf(e, nowMs),
        bdSeq: e.bdSeq,
        statusAtMs: e.statusAtMs,
        lastHeartbeatAtMs: e.lastHeartbeatAtMs,
        heartbeatIntervalS: e.intervalS,
        softwareVersion: e.softwareVersion,
      }));
  }

  private entry(hubId: string): Entry {
    let e = this.hubs.get(hubId);
    if (e) {
      this.hubs.delete(hubId); // re-insert: Map order is then least recently heard first
    } else {
      e = {
        status: null,
        bdSeq: null,
        statusAtMs: null,
        lastHeartbeatAtMs: null,
        intervalS: null,
        softwareVersion: null,
      };
      if (this.hubs.size >= this.maxHubs) this.hubs.delete(this.hubs.keys().next().value!);
    }
    this.hubs.set(hubId, e);
    return e;
  }
}
