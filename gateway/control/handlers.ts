/**
 * What each control-socket method does (docs/control-socket.md), over the gateway's stages.
 * Parameters are checked here; a bad one is an E_CONTROL_PARAMS error naming it.
 */
import { isAbsolute } from 'node:path';
import type { Clock } from '../../protocol/clock.ts';
import { VaktError } from '../../protocol/errors.ts';
import { hex32, parseDeviceId } from '../../protocol/serial/index.ts';
import type { HubMonitor } from '../health/hub-monitor.ts';
import type { Ingest } from '../ingest/ingest.ts';
import type { LearnSession } from '../registry/learn-session.ts';
import type { DeviceRegistry } from '../registry/registry.ts';
import type { BackupResult } from '../store/backup.ts';
import type { HubStore } from '../store/hub-store.ts';
import type { DeviceSupervisor } from '../supervision/device-supervisor.ts';
import type { Uplink } from '../uplink/uplink.ts';
import type { ControlHandlers } from './server.ts';

export interface HubStages {
  hubId: string;
  version: string;
  startedAt: number;
  serialPort: string;
  clock: Clock;
  store: HubStore;
  ingest: Ingest;
  supervisor: DeviceSupervisor;
  registry: DeviceRegistry;
  learn: LearnSession;
  health: HubMonitor;
  uplink: Uplink;
  /** Sends a test event and resolves when the platform receipted it. */
  testAlarm(
    deviceId: number,
    timeoutMs: number,
  ): Promise<{ eventId: string; roundTripMs: number; path: string }>;
  /** Writes a consistent copy of the hub state to `to` (an absolute path, mode 0600). */
  backup(to: string): Promise<BackupResult>;
}

const param = (message: string) => new VaktError('E_CONTROL_PARAMS', message);

function deviceIdParam(p: Record<string, unknown>): number {
  if (typeof p.deviceId !== 'string')
    throw param('params.deviceId must be the 8 hex digits on the device label');
  return parseDeviceId(p.deviceId);
}

export function controlHandlers(h: HubStages): ControlHandlers {
  return {
    status: () => {
      const outbox = h.store.outboxStats();
      return {
        hubId: h.hubId,
        version: h.version,
        uptimeS: Math.floor((h.clock.now() - h.startedAt) / 1000),
        receiver: { port: h.serialPort, up: h.ingest.receiverUp },
        devices: h.store.devices().length,
        supervision: h.supervisor.states(),
        unpairedHeard: h.registry.unpaired.size,
        outbox: {
          ...outbox,
          oldestAgeS: outbox.oldestAt === null ? null : Math.floor((h.clock.now() - outbox.oldestAt) / 1000),
        },
        uplink: h.uplink.status(),
        technicalAlarms: h.store.openTechnicalAlarms().length,
        health: h.health.snapshot,
        learn: h.learn.state(),
      };
    },
    devices: () => {
      const states = h.supervisor.states();
      return {
        paired: h.store.devices().map((d) => ({
          ...d,
          deviceId: hex32(d.deviceId),
          supervision: states[hex32(d.deviceId)] ?? 'unknown',
        })),
        unpairedHeard: [...h.registry.unpaired.values()].map((d) => ({ ...d, deviceId: hex32(d.deviceId) })),
      };
    },
    pair: (p) => {
      const id = deviceIdParam(p);
      const deviceType =
        typeof p.deviceType === 'number' ? p.deviceType : h.registry.unpaired.get(id)?.deviceType;
      if (deviceType === undefined)
        throw param(
          `device ${hex32(id)} has not been heard; give params.deviceType or press its button first`,
        );
      h.registry.pair({
        deviceId: id,
        deviceType,
        label: typeof p.label === 'string' ? p.label : '',
        location: typeof p.location === 'number' ? p.location : null,
      });
      return { deviceId: hex32(id), paired: true };
    },
    unpair: (p) => {
      const id = deviceIdParam(p);
      return { deviceId: hex32(id), removed: h.registry.unpair(id) };
    },
    learn: (p) => h.learn.enter(p),
    events: (p) => h.store.recentEvents(typeof p.limit === 'number' ? Math.min(p.limit, 1000) : 50),
    technical: () => h.store.openTechnicalAlarms().map((t) => ({ ...t, devices: t.devices.map(hex32) })),
    'test-alarm': (p) => {
      const id = p.deviceId === undefined ? 0 : deviceIdParam(p);
      if (id && !h.store.device(id)) throw param(`device ${hex32(id)} is not paired; see vakt devices`);
      const timeout = p.timeoutMs === undefined ? 30_000 : p.timeoutMs;
      if (typeof timeout !== 'number' || timeout < 1000 || timeout > 600_000)
        throw param('params.timeoutMs must be 1000..600000');
      return h.testAlarm(id, timeout);
    },
    backup: (p) => {
      if (typeof p.path !== 'string' || !isAbsolute(p.path))
        throw param(
          'params.path must be the absolute path of the copy to write, e.g. /var/lib/vakt/backups/hub.db',
        );
      return h.backup(p.path);
    },
  };
}
