/**
 * Runs every live check a config calls for, at once: primary and secondary broker, receiver
 * port, modem. All results come back (not just the first failure), so an installer fixes
 * everything in one pass.
 */

import type { LoadedConfig } from '../../../gateway/config/load.ts';
import type { Clock } from '../../../protocol/clock.ts';
import { listPortCandidates, type PortCandidate } from '../port-candidates.ts';
import { checkBroker } from './broker-check.ts';
import type { CheckResult } from './check-result.ts';
import { checkModem, checkSerialPort } from './port-check.ts';

export interface CheckDeps {
  clock: Clock;
  timeoutMs: number;
  /** Scanned for port candidates instead of /dev (VAKT_DEV_DIR). */
  devDir: string;
}

/** Port candidates, listed once per run however many checks ask. */
export function candidateLister(devDir: string): () => Promise<PortCandidate[]> {
  let listed: Promise<PortCandidate[]> | undefined;
  return () => {
    listed ??= listPortCandidates(devDir);
    return listed;
  };
}

export function runChecks(loaded: LoadedConfig, d: CheckDeps): Promise<CheckResult[]> {
  const c = loaded.config;
  const candidates = candidateLister(d.devDir);
  const broker = { clientId: c.hub.id, clock: d.clock, timeoutMs: d.timeoutMs };
  const modemPort = c.sms?.modemPort;
  const checks = [
    checkBroker('primary broker', c.uplink.primary, loaded.secrets.primary, broker),
    ...(c.uplink.secondary
      ? [checkBroker('secondary broker', c.uplink.secondary, loaded.secrets.secondary, broker)]
      : []),
    checkSerialPort('receiver port', c.serial.port, c.serial.baudRate, {
      candidates,
      others: modemPort ? [modemPort] : [],
    }),
    ...(modemPort
      ? [
          checkModem('modem', modemPort, {
            candidates,
            others: [c.serial.port],
            clock: d.clock,
            timeoutMs: d.timeoutMs,
          }),
        ]
      : []),
  ];
  return Promise.all(checks);
}
