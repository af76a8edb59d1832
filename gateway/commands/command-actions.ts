/**
 * What each remote command does, over the stages that own the act: a test event into the outbox,
 * the heartbeat interval of the uplink, learn mode in the registry, a reopen of the serial link,
 * the device inventory published on the uplink. Each returns the detail line of its result.
 */
import type { Clock } from '../../protocol/clock.ts';
import type { Ingest } from '../ingest/ingest.ts';
import type { LearnSession } from '../registry/learn-session.ts';
import type { HubStore } from '../store/hub-store.ts';
import type { DeviceSupervisor } from '../supervision/device-supervisor.ts';
import type { InventoryPublisher } from '../uplink/inventory-publisher.ts';
import type { Uplink } from '../uplink/uplink.ts';
import type { CommandActions } from './command-handler.ts';

export interface CommandStages {
  hubId: string;
  store: HubStore;
  ingest: Ingest;
  learn: LearnSession;
  supervisor: DeviceSupervisor;
  uplink: Uplink;
  inventory: InventoryPublisher;
  clock: Clock;
}

export function commandActions(h: CommandStages): CommandActions {
  return {
    testAlarm: (id) => `test event ${h.store.testEvent(id)} queued`,
    setHeartbeatInterval: (s) => {
      h.uplink.setHeartbeatInterval(s * 1000);
      return `heartbeat every ${s} s`;
    },
    enterLearnMode: async (t, pairing) => {
      await h.learn.enter({ timeoutS: t, ...pairing }, 'remote_command');
      return `learn mode for ${t} s${pairing.installCode ? ' with an install code' : ', a version-1 device allowed'}`;
    },
    rebootLink: () => {
      h.ingest.reopenLink('remote command');
      return 'serial link to the receiver reopened';
    },
    requestInventory: async () => {
      const brokers = await h.inventory.publish('requested by command');
      if (brokers === 0) throw new Error('no broker connected');
      return `${h.store.devices().length} devices published, retained, on ${brokers} broker(s)`;
    },
  };
}
