/**
 * `vakt diag`: every check in order, a progress line per row on stderr as it comes, then the
 * table (or --json) on stdout. Works with what it can check: without a readable config only the
 * daemon-side rows run; without the daemon the ports and brokers are checked directly and the
 * rows only the daemon knows are skipped. Returns the exit code (row.ts).
 */

import type { Clock } from '../../protocol/clock.ts';
import { parseDuration } from '../../protocol/duration.ts';
import { VaktError } from '../../protocol/errors.ts';
import { DEFAULT_CONFIG, socketPath } from '../hub/socket.ts';
import { candidateLister } from '../provision/checks/run-checks.ts';
import { checkBrokerStages } from './broker-stages.ts';
import { checkClock } from './clock-check.ts';
import { checkConfig } from './config-check.ts';
import type { DiagContext } from './context.ts';
import { explainCredentials } from './credentials-note.ts';
import { checkDaemon } from './daemon-check.ts';
import { checkDevices } from './devices-check.ts';
import { checkModemRows } from './modem-check.ts';
import { checkOutbox } from './outbox-check.ts';
import { type DiagRow, diagExitCode, skip } from './row.ts';
import { checkSerial } from './serial-check.ts';
import { checkShare } from './share-check.ts';
import { checkStorage } from './storage-check.ts';
import { DEFAULT_WIDTH, progressLine, rowBlock, summary, toJson, wrap } from './table.ts';
import { checkTestAlarm, checkUplinkPath } from './uplink-check.ts';

export interface DiagOptions {
  /** Default: DEFAULT_CONFIG. */
  config?: string;
  socket?: string;
  json?: boolean;
  timeout: string;
  stuckAfter?: string;
  testAlarm: boolean;
}

export interface DiagIo {
  env: NodeJS.ProcessEnv;
  clock: Clock;
  /** Scanned for serial ports instead of /dev (VAKT_DEV_DIR). */
  devDir: string;
  progress(line: string): void;
  out(text: string): void;
  /** Width to wrap the rows to (default 80: a pipe, a log). */
  width?: number;
  /** Colour the verdicts (a terminal without NO_COLOR). */
  colour?: boolean;
}

export async function runDiag(o: DiagOptions, io: DiagIo): Promise<0 | 1 | 2> {
  const settings = {
    timeoutMs: durationFlag('--timeout', o.timeout),
    stuckAfterMs: o.stuckAfter === undefined ? undefined : durationFlag('--stuck-after', o.stuckAfter),
    testAlarm: o.testAlarm,
  };
  const rows: DiagRow[] = [];
  const add = (more: DiagRow[]) => {
    for (const r of more) {
      if (o.json) io.progress(progressLine(r));
      else io.out(rowBlock(r, io.width, io.colour));
    }
    rows.push(...more);
  };
  const configFile = o.config ?? DEFAULT_CONFIG;
  const config = checkConfig(configFile, io.env);
  add(config.rows);
  // A config that cannot be read is already a FAIL row; the socket then comes from --socket or the default.
  const socket = socketPath({ ...o, config: config.loaded ? configFile : undefined });
  const daemon = await checkDaemon(socket, config.loaded?.config.hub.id);
  add(daemon.rows);
  const ctx: DiagContext = {
    configFile,
    loaded: config.loaded,
    daemon: daemon.daemon,
    settings,
    clock: io.clock,
    candidates: candidateLister(io.devDir),
  };
  add(checkStorage(ctx));
  add(await checkSerial(ctx));
  add(checkDevices(ctx));
  if (ctx.loaded) {
    const { primary, secondary } = ctx.loaded.config.uplink;
    const explained = (r: DiagRow[]) => explainCredentials(r, ctx.daemon?.status, { primary, secondary });
    for (const which of secondary ? (['primary', 'secondary'] as const) : (['primary'] as const)) {
      const stages = await checkBrokerStages(ctx, which);
      add(explained(stages));
      const connected = stages.some((r) => r.check === `${which} broker auth` && r.status === 'pass');
      if (connected) add([await checkShare(ctx, which)]);
    }
  } else add([skip('brokers', 'skipped — no valid config to name the brokers')]);
  add(checkUplinkPath(ctx));
  add(await checkTestAlarm(ctx));
  add(await checkModemRows(ctx));
  add(checkClock(ctx));
  add(await checkOutbox(ctx));
  io.out(
    o.json ? JSON.stringify(toJson(rows)) : `\n${wrap(summary(rows), io.width ?? DEFAULT_WIDTH).join('\n')}`,
  );
  return diagExitCode(rows);
}

/** "10s", "1m30s" or plain seconds. */
function durationFlag(flag: string, value: string): number {
  const ms = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) * 1000 : parseDuration(value);
  if (ms === undefined || ms < 100 || ms > 3_600_000)
    throw new VaktError(
      'E_USAGE_DURATION',
      `${flag} "${value}" is not a duration between 100ms and 1h`,
      `write e.g. ${flag} 10s (or plain seconds)`,
    );
  return ms;
}
