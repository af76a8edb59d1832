/**
 * Keeps the retained DeviceInventory true: published after every birth (each broker connection,
 * right after HubState ONLINE) and on every pairing change (pair, relabel, unpair: the store's
 * `devices` event), so a platform that subscribes at any time sees the hub's state and its
 * devices. `publish(reason)` is the one way to republish it (the request_inventory command too).
 */
import type { Logger } from 'pino';
import type { Clock } from '../../protocol/clock.ts';
import type { HubStore } from '../store/hub-store.ts';
import type { DeviceSupervisor } from '../supervision/device-supervisor.ts';
import type { BrokerLink } from './broker-link.ts';
import { inventory } from './inventory.ts';
import type { Uplink } from './uplink.ts';

export class InventoryPublisher {
  private offs: Array<() => void> = [];

  constructor(
    private readonly hubId: string,
    private readonly uplink: Pick<Uplink, 'on' | 'publishRetained'>,
    private readonly store: Pick<HubStore, 'events' | 'devices' | 'deviceKey'>,
    private readonly supervisor: Pick<DeviceSupervisor, 'states'>,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  start(): void {
    if (this.offs.length > 0) return;
    this.offs = [
      this.uplink.on('birth', (via) => void this.publish('broker connected', via)),
      this.store.events.on('devices', () => void this.publish('pairing changed')),
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
      const bytes = inventory(this.hubId, this.store, this.supervisor, this.clock);
      const n = await this.uplink.publishRetained('inventory', bytes, via);
      this.log.debug({ reason, brokers: n }, 'inventory published');
      return n;
    } catch (err) {
      this.log.warn({ reason, err: (err as Error).message }, 'inventory not published');
      return 0;
    }
  }
}
