/**
 * Interim bridge: gives today's `HubStore` the typed `events` it gets in the store part of issue 12
 * (`store.events.on('outbox' | 'storage-error', …)`), built from its single-slot callbacks, so the
 * stages are written against the final form now. When the store declares `events` itself, delete
 * this file and the imports of it; nothing else changes.
 */
import { EventBus } from './events.ts';
import { HubStore } from './store/hub-store.ts';

export type StoreEvents = {
  /** A commit added to the outbox, or an event is held in memory while storage fails. */
  outbox: [];
  /** A write failed; `what` names it ("store an event", "compact the outbox", …). */
  'storage-error': [err: Error, what: string];
};

declare module './store/hub-store.ts' {
  interface HubStore {
    readonly events: EventBus<StoreEvents>;
  }
}

const buses = new WeakMap<HubStore, EventBus<StoreEvents>>();

if (!Object.getOwnPropertyDescriptor(HubStore.prototype, 'events'))
  Object.defineProperty(HubStore.prototype, 'events', {
    get(this: HubStore): EventBus<StoreEvents> {
      let bus = buses.get(this);
      if (!bus) {
        const b = new EventBus<StoreEvents>();
        this.onOutbox = () => b.emit('outbox');
        this.memory.onAdd = () => b.emit('outbox');
        this.onStorageError = (err, what) => b.emit('storage-error', err, what);
        buses.set(this, b);
        bus = b;
      }
      return bus;
    },
  });
