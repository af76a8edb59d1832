/**
 * Row "outbox": events waiting for the platform's receipt are normal; an oldest one older than
 * the stuck threshold (--stuck-after, default `sms.deadline`, else 60 s — the time after which an
 * alarm is due by SMS) is not. Read fresh from the daemon, after the test alarm has had its turn.
 */
import type { DaemonStatus, DiagContext } from './context.ts';
import { type DiagRow, fail, pass, skip } from './row.ts';

export const DEFAULT_STUCK_AFTER_MS = 60_000;

export function stuckAfterMs(ctx: DiagContext): number {
  return ctx.settings.stuckAfterMs ?? ctx.loaded?.config.sms?.deadline ?? DEFAULT_STUCK_AFTER_MS;
}

export async function checkOutbox(ctx: DiagContext): Promise<DiagRow[]> {
  const d = ctx.daemon;
  if (!d) return [skip('outbox', 'skipped — daemon not running (its outbox is read through it)')];
  const { depth, oldestAgeS } = ((await d.call('status')) as DaemonStatus).outbox;
  const limitMs = stuckAfterMs(ctx);
  if (depth === 0) return [pass('outbox', 'empty: every event has been receipted')];
  const facts = `${depth} event${depth === 1 ? '' : 's'} waiting for a receipt, the oldest for ${oldestAgeS ?? 0} s`;
  if ((oldestAgeS ?? 0) * 1000 > limitMs)
    return [
      fail(
        'outbox',
        `stuck: ${facts} (stuck after ${limitMs / 1000} s)`,
        'events are not being receipted: fix the failing broker, receipt or test alarm rows; check that the response platform is subscribed and receipting (vakt status). Nothing is lost: the hub keeps resending',
      ),
    ];
  return [pass('outbox', `${facts} — being delivered (stuck after ${limitMs / 1000} s)`)];
}
