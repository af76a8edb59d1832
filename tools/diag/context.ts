/**
 * What every check of `vakt diag` may use: the loaded config (when it could be read), what the
 * running daemon reported over its control socket (when it answers), and the settings of this
 * run. Checks read this and return rows; they print nothing themselves.
 */
import type { LoadedConfig } from '../../gateway/config/load.ts';
import type { Clock } from '../../protocol/clock.ts';
import type { DaemonStatus, DaemonTechnical } from '../hub/daemon-status.ts';
import type { PortCandidate } from '../provision/port-candidates.ts';

export type { DaemonStatus, DaemonTechnical };

export interface DaemonDevice {
  deviceId: string;
  deviceType: number;
  label: string;
  lastSeenAt: number | null;
  periodS: number | null;
  supervision: string;
}

export interface DaemonEvent {
  kind: string;
  summary: string;
  createdAt: number;
}

/** The daemon as seen through its control socket, read once at the start of a run. */
export interface DaemonView {
  socket: string;
  status: DaemonStatus;
  devices: DaemonDevice[];
  technical: DaemonTechnical[];
  events: DaemonEvent[];
  call(
    method: 'status' | 'test-alarm',
    params?: Record<string, unknown>,
    timeoutMs?: number,
  ): Promise<unknown>;
}

export interface DiagSettings {
  /** Each network step (DNS, TCP, connect, publish, receipt) and the dongle's answer may take this long. */
  timeoutMs: number;
  /** An outbox whose oldest event is older than this is stuck. */
  stuckAfterMs: number | undefined;
  /** Send a test alarm through the daemon (it reaches the response centre as a test). */
  testAlarm: boolean;
}

export interface DiagContext {
  configFile: string;
  loaded: LoadedConfig | undefined;
  daemon: DaemonView | undefined;
  settings: DiagSettings;
  clock: Clock;
  candidates(): Promise<PortCandidate[]>;
}
