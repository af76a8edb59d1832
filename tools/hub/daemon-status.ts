/**
 * What the gateway's control socket answers to `status` and `technical` (docs/control-socket.md),
 * as `vakt status` and `vakt diag` read it.
 */
export interface DaemonStatus {
  hubId: string;
  version: string;
  uptimeS: number;
  receiver: { port: string; up: boolean };
  devices: number;
  supervision: Record<string, string>;
  unpairedHeard: number;
  outbox: { depth: number; oldestAt: number | null; oldestAgeS: number | null };
  uplink: {
    path: string | null;
    downSince: number | null;
    inFlight: number;
    brokers: Array<{ path: string; connected: boolean; heartbeatAnsweredAt: number | null }>;
  };
  technicalAlarms: number;
  health: {
    mains: boolean | null;
    batteryPercent: number | null;
    freeMb: number | null;
    writeError: string | null;
    lastClockStepMs: number | null;
  };
}

/** One open technical alarm. */
export interface DaemonTechnical {
  key: string;
  kind: string;
  rootCause: string;
  action: string;
  raisedAt: number;
}
