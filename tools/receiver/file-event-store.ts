/**
 * The embedded default store: handled (hub id, event id) pairs in the fsync'ed DedupeStore log,
 * hub state in memory. Right for one receiver or a hot standby; a `$share` group needs the
 * PostgreSQL store, since a resend may land on another member.
 */
import type { vakt } from '../../protocol/uplink/index.ts';
import { DedupeStore } from './dedupe-store.ts';
import {
  type EventStore,
  emptyDepth,
  type HubLiveness,
  type HubRow,
  type Lane,
  type RecordedEvent,
} from './event-store.ts';
import { HubTable } from './hub-table.ts';

export class FileEventStore implements EventStore {
  readonly kind = 'file';
  readonly holdsEvents = false;
  private dedupe: DedupeStore | undefined;
  private readonly table = new HubTable();

  constructor(private readonly dir: string) {}

  async open(): Promise<void> {
    this.dedupe = new DedupeStore(this.dir);
  }

  get size(): number {
    return this.dedupe?.size ?? 0;
  }

  knows(hubId: string, eventId: string): boolean {
    return this.dedupe!.has(DedupeStore.key(hubId, eventId));
  }

  async record(e: RecordedEvent): Promise<boolean> {
    const key = DedupeStore.key(e.hubId, e.eventId);
    if (this.dedupe!.has(key)) return false;
    await this.dedupe!.add(key);
    return true;
  }

  async hubState(s: vakt.v1.HubState, atMs: number): Promise<void> {
    this.table.state(s, atMs);
  }

  heartbeat(h: vakt.v1.Heartbeat, atMs: number): boolean {
    this.table.heartbeat(h, atMs);
    return true;
  }

  async liveness(nowMs: number): Promise<HubLiveness> {
    return this.table.liveness(nowMs);
  }

  async hubs(nowMs: number): Promise<HubRow[]> {
    return this.table.rows(nowMs);
  }

  depth(): Record<Lane, number> {
    return emptyDepth();
  }

  lastWriteMs(): number {
    return 0;
  }

  async close(): Promise<void> {
    await this.dedupe?.close();
  }
}
