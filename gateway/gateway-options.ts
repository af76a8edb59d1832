/** What a caller may give `Gateway` besides its config: the parts tests and the daemon replace. */
import type { Logger } from 'pino';
import type { Clock } from '../protocol/clock.ts';
import type { LoadedConfig } from './config/load.ts';
import type { SmsModem } from './fallback/sms-fallback.ts';
import type { PowerSource } from './health/power-source.ts';
import type { PortFactory } from './ingest/serial-link.ts';

export interface GatewayOptions {
  clock?: Clock;
  /** Monotonic milliseconds (performance.now() by default); tests drive it with their clock. */
  monotonic?: () => number;
  power?: PowerSource;
  portFactory?: PortFactory;
  /** The cellular modem for the SMS fallback (default: the driver on `sms.modemPort`). */
  modem?: SmsModem;
  log?: Logger;
  /** Restarts the gateway on a new config (the daemon's); without it `reload` refuses restart changes. */
  restart?: (next: LoadedConfig) => void;
  /** Why the daemon's restart on a reloaded config failed, when this gateway is its rollback. */
  reloadFailure?: string;
  /** Resolves secrets named by environment variable on reload (default: process.env). */
  env?: NodeJS.ProcessEnv;
}
