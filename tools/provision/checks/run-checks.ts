/**
 * Runs every live check a config calls for, at once: primary and secondary broker, receiver
 * (it must answer a status request), modem; ports the running daemon holds are asked through
 * it. All results come back (not just the first failure), so an installer fixes everything in
 * one pass.
 */

import type { LoadedConfig } from '../../../gateway/config/load.ts';
import type { Clock } from '../../../protocol/clock.ts';
import { listPortCandidates, type PortCandidate } from '../port-candidates.ts';
import { checkBroker } from './broker-check.ts';
import { type CheckResult, passed } from './check-result.ts';
import { checkModem } from './port-check.ts';
import { checkReceiver, type RunningDaemon, samePort } from './receiver-check.ts';

export interface CheckDeps {
  clock: Clock;
  timeoutMs: number;
  /** Scanned for port candidates instead of /dev (VAKT_DEV_DIR). */
  devDir: string;
  /** The daemon running now, if any: it holds the ports of the config in force. */
  daemon?: RunningDaemon | undefined;
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
    checkReceiver('receiver port', c.serial.port, c.serial.baudRate, {
      candidates,
      others: modemPort ? [modemPort] : [],
      clock: d.clock,
      timeoutMs: d.timeoutMs,
      daemon: d.daemon,
    }),
    ...(modemPort ? [modemCheck(modemPort, c.serial.port, candidates, d)] : []),
  ];
  return Promise.all(checks);
}

/** The modem's AT check; a modem the running daemon holds is its to watch (vakt diag asks it). */
function modemCheck(
  modemPort: string,
  receiverPort: string,
  candidates: () => Promise<PortCandidate[]>,
  d: CheckDeps,
): Promise<CheckResult> {
  const held = heldModem(modemPort, d.daemon);
  if (held) return Promise.resolve(held);
  return checkModem('modem', modemPort, {
    candidates,
    others: [receiverPort],
    clock: d.clock,
    timeoutMs: d.timeoutMs,
  });
}

/** A pass for a modem port the running daemon holds (it cannot be opened here), else undefined. */
export function heldModem(modemPort: string, daemon: RunningDaemon | undefined): CheckResult | undefined {
  const held = daemon?.modemPort;
  if (!held || !samePort(held, modemPort)) return undefined;
  return passed('modem', modemPort, 'held by the running daemon, not opened here (vakt diag asks it)');
}
