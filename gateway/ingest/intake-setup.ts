/**
 * The intake side of the hub as `vakt run` builds it from its config: the serial link to the
 * receiver, ingest on it, and the registry with learn mode that follow ingest's events.
 */
import type { Logger } from 'pino';
import type { Clock } from '../../protocol/clock.ts';
import type { LoadedConfig } from '../config/load.ts';
import { LearnSession } from '../registry/learn-session.ts';
import { DeviceRegistry } from '../registry/registry.ts';
import type { HubStore } from '../store/hub-store.ts';
import type { DeviceSupervisor } from '../supervision/device-supervisor.ts';
import { Ingest } from './ingest.ts';
import { type PortFactory, SerialLink } from './serial-link.ts';

export interface Intake {
  ingest: Ingest;
  registry: DeviceRegistry;
  learn: LearnSession;
}

export function createIntake(
  c: LoadedConfig['config'],
  parts: { store: HubStore; supervisor: DeviceSupervisor; clock: Clock; portFactory?: PortFactory },
  log: (stage: string) => Logger,
): Intake {
  const s = c.serial;
  const link = new SerialLink(
    {
      path: s.port,
      baudRate: s.baudRate,
      quietAfterMs: s.receiverLostAfter,
      reopenMinMs: s.reopenMin,
      reopenMaxMs: s.reopenMax,
    },
    parts.clock,
    parts.portFactory,
  );
  const settings = { receiverLostAfterMs: s.receiverLostAfter };
  const { store, supervisor, clock } = parts;
  const ingest = new Ingest(link, store, supervisor, clock, settings, log('ingest'));
  const registry = new DeviceRegistry(store, supervisor, ingest, log('registry'));
  const learn = new LearnSession(registry, ingest, clock, log('registry'));
  return { ingest, registry, learn };
}
