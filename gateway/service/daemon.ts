/**
 * `vakt run` as a service: starts the gateway, tells systemd READY=1 once the store is open and
 * the control socket listens, feeds the watchdog while the gateway is healthy, and on SIGTERM or
 * SIGINT says STOPPING=1 and stops within SHUTDOWN_BOUND_MS. Resolves with the exit code.
 */

import { SystemClock } from '../clock/system-clock.ts';
import type { LoadedConfig } from '../config/load.ts';
import { Gateway } from '../gateway.ts';
import { createLogger } from '../log.ts';
import { prettyDestination } from '../log-pretty.ts';
import { type NotifyEnv, SdNotify } from './sd-notify.ts';
import { SHUTDOWN_BOUND_MS, stopWithin } from './shutdown.ts';
import { ServiceWatchdog } from './watchdog.ts';

/** `json`: pino JSON lines (journald, pipes); `pretty`: one readable line per event (a terminal). */
export type LogFormat = 'json' | 'pretty';

export async function runDaemon(
  loaded: LoadedConfig,
  env: NotifyEnv = process.env,
  logFormat: LogFormat = 'json',
): Promise<number> {
  const clock = new SystemClock();
  const c = loaded.config;
  const destination =
    logFormat === 'pretty'
      ? prettyDestination(process.stdout, !env.NO_COLOR && process.stdout.isTTY === true)
      : undefined;
  const gateway = new Gateway(loaded, { clock, log: createLogger(c.hub.id, c.log.level, destination) });
  const log = gateway.log.child({ stage: 'service' });
  for (const w of loaded.warnings) gateway.log.warn(w);
  const notify = new SdNotify(env, log);
  let signal: string | undefined;
  const stopRequested = new Promise<string>((resolve) => {
    const onSignal = (s: NodeJS.Signals) => {
      // Stay registered: a second signal while stopping must not kill the process mid-stop.
      if (signal) return log.warn({ signal: s }, 'already stopping');
      signal = s;
      resolve(s);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });

  notify.send({ STATUS: 'starting' });
  await gateway.start();
  notify.send({ READY: 1, STATUS: gateway.statusLine() });
  const timeoutMs = notify.enabled ? notify.watchdogMs() : undefined;
  const watchdog =
    timeoutMs === undefined
      ? undefined
      : new ServiceWatchdog(
          notify,
          clock,
          timeoutMs,
          () => gateway.liveness(),
          log,
          () => gateway.statusLine(),
        );
  watchdog?.start();
  if (watchdog) log.info({ pingEveryMs: watchdog.periodMs }, 'systemd watchdog on');

  const received = await stopRequested;
  log.info({ signal: received, boundMs: SHUTDOWN_BOUND_MS }, 'stopping');
  notify.send({ STOPPING: 1, STATUS: 'stopping' });
  watchdog?.stop();
  const outcome = await stopWithin(() => gateway.stop(), SHUTDOWN_BOUND_MS, clock);
  if (outcome.ok) return 0;
  log.error(
    { reason: outcome.reason },
    'stop did not complete; exiting anyway (every ACKed event was committed before its ACK)',
  );
  return 1;
}
