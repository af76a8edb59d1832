/**
 * A bounded stop. The gateway's own stop is ordered (serial first, then uplink, then storage) and
 * normally takes well under a second; this bound guarantees `systemctl stop` and a second
 * SIGTERM never wait on a broker or a port that does not answer.
 */
import type { Clock } from '../../protocol/clock.ts';

/** The most a graceful stop may take before the daemon exits anyway (docs/operations.md). */
export const SHUTDOWN_BOUND_MS = 10_000;

export type StopOutcome = { ok: true } | { ok: false; reason: string };

/** Runs `stop`; resolves when it finished, failed, or ran past `boundMs` — whichever comes first. */
export function stopWithin(stop: () => Promise<void>, boundMs: number, clock: Clock): Promise<StopOutcome> {
  return new Promise((resolve) => {
    const timer = clock.setTimer(boundMs, () =>
      resolve({ ok: false, reason: `stop did not finish within ${boundMs / 1000} s` }),
    );
    stop().then(
      () => {
        timer.cancel();
        resolve({ ok: true });
      },
      (err: unknown) => {
        timer.cancel();
        resolve({ ok: false, reason: `stop failed: ${(err as Error).message}` });
      },
    );
  });
}
