/**
 * What the control socket's `subscribe` pushes (docs/control-socket.md, "Subscribing"): each row
 * of event history once committed (device events, technical alarms raised, cleared and noticed,
 * test alarms, receipts), each change of uplink path, and — for subscribers that ask — each
 * device frame the link guard admitted or refused. The feed listens to the stages only while
 * someone subscribes, so a hub nobody watches pays nothing for it.
 */
import type { Clock } from '../../protocol/clock.ts';
import { hex32 } from '../../protocol/serial/index.ts';
import type { TypedEmitter } from '../events.ts';
import type { IngestEvents } from '../ingest/ingest.ts';
import type { RecordedEvent } from '../store/history-table.ts';
import type { DeviceRow } from '../store/rows.ts';
import type { StoreEvents } from '../store/store-events.ts';
import type { UplinkEvents } from '../uplink/uplink-contract.ts';

/** One pushed event: `kind` and `at` always, the rest by kind (the doc lists each). */
export type FeedEvent = { kind: string; at: number } & Record<string, unknown>;

export interface FeedSubscriber {
  /** Also every device frame (heartbeats included), not only what the hub recorded. */
  frames: boolean;
  push(event: FeedEvent): void;
}

export interface FeedSources {
  clock: Clock;
  store: { events: Pick<TypedEmitter<StoreEvents>, 'on'>; device(id: number): DeviceRow | undefined };
  uplink: Pick<TypedEmitter<UplinkEvents>, 'on'>;
  ingest: Pick<TypedEmitter<IngestEvents>, 'on'>;
}

export class EventFeed {
  private readonly subscribers = new Set<FeedSubscriber>();
  private detach: (() => void)[] = [];

  constructor(private readonly s: FeedSources) {}

  /** Adds a subscriber; returns the function that removes it. */
  subscribe(sub: FeedSubscriber): () => void {
    if (this.subscribers.size === 0) this.attach();
    this.subscribers.add(sub);
    return () => {
      if (!this.subscribers.delete(sub) || this.subscribers.size > 0) return;
      for (const off of this.detach.splice(0)) off();
    };
  }

  get size(): number {
    return this.subscribers.size;
  }

  now(): number {
    return this.s.clock.now();
  }

  private attach(): void {
    const { store, uplink, ingest, clock } = this.s;
    this.detach = [
      store.events.on('recorded', (e) => this.tell(this.recorded(e), false)),
      uplink.on('path', (path) => this.tell({ kind: 'path', at: clock.now(), path: path ?? null }, false)),
      ingest.on('device-frame', (id, refused) =>
        this.tell({ kind: 'frame', at: clock.now(), ...this.device(id), refused: refused ?? null }, true),
      ),
    ];
  }

  private tell(event: FeedEvent, frame: boolean): void {
    for (const sub of this.subscribers) if (!frame || sub.frames) sub.push(event);
  }

  private recorded(e: RecordedEvent): FeedEvent {
    // A receipt's history row is "<event id>/r": subscribers get the id of the event receipted.
    const eventId = e.kind === 'receipted' ? e.eventId.replace(/\/r$/, '') : e.eventId;
    return {
      kind: e.kind,
      at: e.createdAt,
      eventId,
      ...(e.deviceId === null ? {} : this.device(e.deviceId)),
      ...e.detail,
      summary: e.summary,
    };
  }

  /** The device as a reader names it: its id as on the label, kind, label and location code. */
  private device(id: number): Record<string, unknown> {
    const d = this.s.store.device(id);
    return {
      deviceId: hex32(id),
      ...(d ? { deviceType: d.deviceType, label: d.label, location: d.location } : {}),
    };
  }
}
