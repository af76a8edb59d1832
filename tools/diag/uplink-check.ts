/**
 * With the daemon running: row "uplink path" (which broker the daemon delivers over now) and row
 * "test alarm" — a real alarm-class test event through the daemon's outbox and uplink, answered
 * by the response platform's receipt (`vakt test-alarm`). It reaches the platform as a test.
 */
import { VaktError } from '../../protocol/errors.ts';
import { age } from '../hub/format.ts';
import type { DiagContext } from './context.ts';
import { type DiagRow, fail, pass, skip, warn } from './row.ts';

export function checkUplinkPath(ctx: DiagContext): DiagRow[] {
  const d = ctx.daemon;
  if (!d) return [];
  const u = d.status.uplink;
  const answered = (path: string) => {
    const at = u.brokers.find((b) => b.path === path)?.heartbeatAnsweredAt;
    return at ? `, platform answered a heartbeat ${age(at, ctx.clock.now())}` : '';
  };
  if (u.path === null)
    return [
      fail(
        'uplink path',
        `the daemon has no working broker (down since ${age(u.downSince, ctx.clock.now())})`,
        'fix the failing broker rows above; alarms wait in the outbox (and go by SMS when configured)',
      ),
    ];
  if (u.path === 'secondary')
    return [
      warn(
        'uplink path',
        `the daemon delivers over the secondary broker${answered('secondary')}`,
        'the primary is unusable: see the primary broker rows; the daemon returns to it by itself once it answers',
      ),
    ];
  return [pass('uplink path', `the daemon delivers over the ${u.path} broker${answered(u.path)}`)];
}

export async function checkTestAlarm(ctx: DiagContext): Promise<DiagRow[]> {
  const d = ctx.daemon;
  const name = 'test alarm';
  if (!d)
    return [skip(name, 'skipped — daemon not running (the broker receipt rows test the platform directly)')];
  if (!ctx.settings.testAlarm) return [skip(name, 'skipped — --no-test-alarm')];
  // Queued now, a test event would wait in the outbox and reach the centre late, beside the
  // TEST_ALARM_FAILED that reports it: with no working broker, nothing is queued.
  if (d.status.uplink.path === null)
    return [skip(name, 'not sent — the daemon has no working broker (see uplink path); nothing was queued')];
  const timeoutMs = Math.max(1000, ctx.settings.timeoutMs);
  try {
    const r = (await d.call('test-alarm', { timeoutMs }, timeoutMs + 5000)) as {
      eventId: string;
      roundTripMs: number;
      path: string;
    };
    return [
      pass(
        name,
        `receipted by the platform in ${r.roundTripMs} ms via the ${r.path} broker (event ${r.eventId})`,
      ),
    ];
  } catch (err) {
    if (!(err instanceof VaktError)) throw err;
    return [
      fail(
        name,
        err.code === 'E_TEST_ALARM_TIMEOUT'
          ? `no platform answered within ${timeoutMs / 1000} s: ${err.message}`
          : err.message,
        'check that the response platform is subscribed and receipting this hub (ask the platform operator); see the broker rows above',
      ),
    ];
  }
}
