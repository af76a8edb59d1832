/**
 * What each control-socket method does (docs/control-socket.md), over the gateway's stages.
 * Params arrive checked against params.ts; what needs the hub's state (is the device heard,
 * paired) is checked here, as an E_CONTROL_PARAMS error naming the field.
 */
import type { Clock } from '../../protocol/clock.ts';
import { VaktError } from '../../protocol/errors.ts';
import { hex32, parseDeviceId, parseInstallCode } from '../../protocol/serial/index.ts';
import type { HubMonitor } from '../health/hub-monitor.ts';
import type { Ingest } from '../ingest/ingest.ts';
import type { LearnSession } from '../registry/learn-session.ts';
import type { DeviceRegistry } from '../registry/registry.ts';
import type { BackupResult } from '../store/backup.ts';
import type { HubStore } from '../store/hub-store.ts';
import type { DeviceSupervisor } from '../supervision/device-supervisor.ts';
import type { Uplink } from '../uplink/uplink.ts';
import type { EventFeed } from './event-feed.ts';
import type { ControlParams } from './params.ts';
import { askReceiver } from './receiver-probe.ts';
import type { ConfigReload } from './reload.ts';
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
  /** What `subscribe` pushes. */
  feed: EventFeed;
  /** Sends a test event and resolves when the platform receipted it. */
  testAlarm(
    deviceId: number,
    timeoutMs: number,
  ): Promise<{ eventId: string; roundTripMs: number; path: string }>;
  /** Writes a consistent copy of the hub state to `to` (an absolute path, mode 0600). */
  backup(to: string): Promise<BackupResult>;
  reload: ConfigReload;
}

const param = (message: string) => new VaktError('E_CONTROL_PARAMS', message);
const LOCAL = { source: 'control_socket', method: 'direct' } as const;

export function controlHandlers(h: HubStages): ControlHandlers {
  return {
    status: () => hubStatus(h),
    devices: () => deviceList(h),
    pair: (p) => pairDevice(h, p),
    unpair: (p) => {
      const id = parseDeviceId(p.deviceId);
      return { deviceId: hex32(id), removed: h.registry.unpair(id, LOCAL) };
    },
    learn: (p) => h.learn.enter(p, 'control_socket'),
    'learn-leave': () => ({ left: h.learn.leave() }),
    events: (p) => h.store.recentEvents(p.limit),
    technical: () => h.store.openTechnicalAlarms().map((t) => ({ ...t, devices: t.devices.map(hex32) })),
    'test-alarm': (p) => {
      const id = p.deviceId === undefined ? 0 : parseDeviceId(p.deviceId);
      if (id && !h.store.device(id))
        throw param(`params.deviceId: device ${hex32(id)} is not paired — see vakt devices`);
      return h.testAlarm(id, p.timeoutMs);
    },
    backup: (p) => h.backup(p.path),
    subscribe: () => h.feed,
    receiver: (p) => askReceiver(h.ingest, h.clock, h.serialPort, p.timeoutMs),
    reload: (p) => h.reload.reload(p),
  };
}

/** `pair`: a new device, or a re-pair / relabel of a paired one (what the request leaves out is kept). */
function pairDevice(h: HubStages, p: ControlParams['pair']) {
  const id = parseDeviceId(p.deviceId);
  const known = h.registry.paired(id);
  const deviceType = p.deviceType ?? known?.deviceType ?? h.registry.unpaired.get(id)?.deviceType;
  if (deviceType === undefined)
    throw param(
      `params.deviceType: is missing and device ${hex32(id)} has not been heard — give it or press the device's button first`,
    );
  const label = p.label ?? known?.label ?? '';
  const location = p.location ?? known?.location ?? null;
  const change = h.registry.pair(
    {
      deviceId: id,
      deviceType,
      label,
      location,
      ...(p.installCode ? { key: parseInstallCode(p.installCode).key } : {}),
      ...(p.allowUnauthenticated ? { allowUnauthenticated: true } : {}),
    },
    LOCAL,
  );
  return { deviceId: hex32(id), paired: true, change };
}

/** The `status` answer: one look at every stage. */
function hubStatus(h: HubStages) {
  const outbox = h.store.outboxStats();
  return {
    hubId: h.hubId,
    version: h.version,
    uptimeS: Math.floor((h.clock.now() - h.startedAt) / 1000),
    receiver: { port: h.serialPort, up: h.ingest.receiverUp, linkOpens: h.ingest.linkOpens },
    /** Device frames refused by the link guard since start, by reason (SPEC §4.5). */
    refusedFrames: Object.fromEntries(h.ingest.guard.rejected),
    devices: h.store.devices().length,
    supervision: h.supervisor.states(),
    unpairedHeard: h.registry.unpaired.size,
    outbox: {
      ...outbox,
      oldestAgeS: outbox.oldestAt === null ? null : Math.floor((h.clock.now() - outbox.oldestAt) / 1000),
    },
    uplink: h.uplink.status(),
    technicalAlarms: h.store.openTechnicalAlarms().length,
    /** Why the last reload was rolled back to the config before it (null: it applied, or none yet). */
    reload: { lastFailure: h.reload.failure },
    health: h.health.snapshot,
    learn: h.learn.state(),
  };
}

/** The `devices` answer: paired devices with their supervision state, and those heard but not paired. */
function deviceList(h: HubStages) {
  const states = h.supervisor.states();
  return {
    paired: h.store.devices().map((d) => ({
      ...d,
      deviceId: hex32(d.deviceId),
      supervision: states[hex32(d.deviceId)] ?? 'unknown',
      // Whether its frames are verified (SPEC §4); the key itself is never listed.
      authenticated: h.store.deviceKey(d.deviceId)?.key != null,
    })),
    unpairedHeard: [...h.registry.unpaired.values()].map((d) => ({ ...d, deviceId: hex32(d.deviceId) })),
  };
}
