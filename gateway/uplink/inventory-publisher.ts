/**
 * Keeps the retained DeviceInventory true: published after every birth (each broker connection,
 * right after HubState ONLINE) and on every pairing change (pair, relabel, unpair: the store's
 * `devices` event), so a platform that subscribes at any time sees the hub's state and its
 * devices. `publish(reason)` is the one way to republish it (the request_inventory command too).
 */
import type { Logger } from 'pino';
import type { TypedEmitter } from '../events.ts';
import type { StoreEvents } from '../store/store-events.ts';
import type { BrokerLink } from './broker-link.ts';
import type { Uplink } from './uplink.ts';

export class InventoryPublisher {
  private offs: Array<() => void> = [];

  constructor(
    private readonly uplink: Pick<Uplink, 'on' | 'publishRetained'>,
    private readonly storeEvents: Pick<TypedEmitter<StoreEvents>, 'on'>,
    /** The inventory's bytes now (gateway/uplink/inventory.ts). */
    private readonly build: () => Uint8Array,
    private readonly log: Logger,
  ) {}

  start(): void {
    if (this.offs.length > 0) return;
    this.offs = [
      this.uplink.on('birth', (via) => void this.publish('broker connected', via)),
      this.storeEvents.on('devices', () => void this.publish('pairing changed')),
    ];
  }

  stop(): void {
    for (const off of this.offs) off();
    this.offs = [];
  }

  /**
   * Publishes the inventory retained on every connected broker (or only on `via`); resolves with
   * how many brokers took it. Never throws: a broker that missed it gets it on its next birth.
   */
  async publish(reason: string, via?: BrokerLink): Promise<number> {
    try {
      const n = await this.uplink.publishRetained('inventory', this.build(), via);
      this.log.debug({ reason, brokers: n }, 'inventory published');
      return n;
    } catch (err) {
      this.log.warn({ reason, err: (err as Error).message }, 'inventory not published');
      return 0;
    }
  }
}
