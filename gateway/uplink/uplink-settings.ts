/** The uplink's settings from the hub's config: one broker link per configured path. */
import type { KeyObject } from 'node:crypto';
import type { LoadedConfig } from '../config/load.ts';
import { connectOptions } from './connect-options.ts';
import type { UplinkSettings } from './uplink.ts';

export function uplinkSettings(loaded: LoadedConfig, receiptKeys: KeyObject[]): UplinkSettings {
  const c = loaded.config;
  const u = c.uplink;
  const link = (b: typeof u.primary, name: 'primary' | 'secondary') => ({
    urls: b.urls,
    mqttVersion: b.mqttVersion,
    options: connectOptions(b, c.hub.id, loaded.secrets[name], name === 'primary' ? '' : '-secondary'),
    root: u.root,
    hubId: c.hub.id,
    reconnectMinMs: u.reconnectMin,
    reconnectMaxMs: u.reconnectMax,
    heartbeatIntervalS: Math.round(u.heartbeatInterval / 1000),
  });
  return {
    primary: link(u.primary, 'primary'),
    ...(u.secondary ? { secondary: link(u.secondary, 'secondary') } : {}),
    inFlight: u.inFlight,
    receiptTimeoutMs: u.receiptTimeout,
    heartbeatIntervalMs: u.heartbeatInterval,
    failoverAfterMs: u.failoverAfter,
    outageReportAfterMs: u.outageReportAfter,
    maxOutbox: u.maxOutbox,
    receiptKeys,
  };
}
