/** The hub monitor built from the config's `health` and `storage` sections. */
import type { Logger } from 'pino';
import type { Clock } from '../../protocol/clock.ts';
import type { Config } from '../config/schema.ts';
import { HEALTH_DEFAULTS, type HealthSink, HubMonitor } from './hub-monitor.ts';
import { type PowerSource, SysfsPowerSource } from './power-source.ts';
import { DirectoryStorageProbe } from './storage-probe.ts';

export interface MonitorParts {
  clock: Clock;
  /** Monotonic milliseconds; performance.now() unless a test drives it. */
  monotonic?: (() => number) | undefined;
  power?: PowerSource | undefined;
  sink: HealthSink;
  log: Logger;
}

export function createHubMonitor(c: Config, p: MonitorParts): HubMonitor {
  return new HubMonitor(
    p.clock,
    p.monotonic ?? (() => performance.now()),
    p.power ?? new SysfsPowerSource(c.health.powerSupplyDir),
    new DirectoryStorageProbe(c.storage.dir),
    {
      ...HEALTH_DEFAULTS,
      mainsLostAfterMs: c.health.mainsLostAfter,
      hubBatteryLowPercent: c.health.hubBatteryLowPercent,
      minFreeMb: c.storage.minFreeMb,
      stallAfterMs: c.health.stallAfter,
      clockStepAfterMs: c.health.clockStepAfter,
    },
    p.sink,
    p.log,
  );
}
