/**
 * `vakt run` as a service: starts the gateway, tells systemd READY=1 once the store is open and
 * the control socket listens, feeds the watchdog while the gateway is healthy, and on SIGTERM or
 * SIGINT says STOPPING=1 and stops within SHUTDOWN_BOUND_MS. Resolves with the exit code.
 * A control-socket `reload` whose changes need a restart (config/reload-plan.ts) restarts the
 * gateway in this process on the new config: stopped within the same bound (the outbox is the
 * store, so nothing queued is lost), then started again; systemd sees RELOADING=1 then READY=1.
 * If it does not start on the new config, it is stopped and started again on the config before
 * it, whose `status` then says why (`reload.lastFailure`): the hub is never left without a gateway.
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
  const destination =
    logFormat === 'pretty'
      ? prettyDestination(process.stdout, !env.NO_COLOR && process.stdout.isTTY === true)
      : undefined;
  let restartWith: ((next: LoadedConfig) => void) | undefined;
  const make = (l: LoadedConfig, reloadFailure?: string) =>
    new Gateway(l, {
      clock,
      log: createLogger(l.config.hub.id, l.config.log.level, destination),
      restart: (next) => restartWith?.(next),
      ...(reloadFailure === undefined ? {} : { reloadFailure }),
    });
  let gateway = make(loaded);
  let inForce = loaded;
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

  for (;;) {
    const restart = new Promise<LoadedConfig>((resolve) => {
      restartWith = resolve;
    });
    const why = await Promise.race([stopRequested, restart]);
    if (typeof why === 'string') break;
    log.info({ boundMs: SHUTDOWN_BOUND_MS }, 'restarting on the reloaded config');
    const monotonicUs = String(process.hrtime.bigint() / 1000n); // systemd wants it with RELOADING
    notify.send({ RELOADING: 1, MONOTONIC_USEC: monotonicUs, STATUS: 'restarting on the reloaded config' });
    const stopped = await stopWithin(() => gateway.stop(), SHUTDOWN_BOUND_MS, clock);
    if (!stopped.ok) log.error({ reason: stopped.reason }, 'stop before the restart did not complete');
    gateway = make(why);
    try {
      await gateway.start();
      inForce = why;
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      log.error({ reason }, 'the reloaded config did not start; starting again on the config before it');
      await stopWithin(() => gateway.stop(), SHUTDOWN_BOUND_MS, clock);
      gateway = make(inForce, reason);
      await gateway.start();
    }
    notify.send({ READY: 1, STATUS: gateway.statusLine() });
  }
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
