/**
 * Row "clock": the system time is after a sane floor (a hub without a clock battery starts in
 * 1970 until network time arrives) and, with the daemon running, it has not reported the clock
 * unset (open CLOCK_WRONG alarm) or stepping (CLOCK_WRONG notices) in the last day.
 */
import { age } from '../hub/format.ts';
import type { DiagContext } from './context.ts';
import { type DiagRow, fail, pass, warn } from './row.ts';

/** No hub runs this software before this date; the daemon uses the same floor. */
export const CLOCK_FLOOR_MS = Date.UTC(2026, 0, 1);
const RECENT_MS = 86_400_000;
const NTP = 'give the hub network time (timedatectl set-ntp true; check it reaches its NTP server)';

export function checkClock(ctx: DiagContext): DiagRow[] {
  const now = ctx.clock.now();
  if (now < CLOCK_FLOOR_MS)
    return [
      fail(
        'clock',
        `the system clock reads ${new Date(now).toISOString()}, before ${new Date(CLOCK_FLOOR_MS).toISOString().slice(0, 10)}: it is not set`,
        `${NTP}; event times are wrong until then`,
      ),
    ];
  const d = ctx.daemon;
  const open = d?.technical.find((t) => t.kind === 'CLOCK_WRONG');
  if (open) return [fail('clock', `the daemon reports: ${open.rootCause}`, open.action)];
  const steps = (d?.events ?? []).filter(
    (e) =>
      e.kind === 'technical_notice' && e.summary.startsWith('CLOCK_WRONG') && now - e.createdAt < RECENT_MS,
  );
  if (steps.length > 0)
    return [
      warn(
        'clock',
        `${steps.length} clock step${steps.length === 1 ? '' : 's'} in the last day, the latest ${age(steps[0]!.createdAt, now)}: ${steps[0]!.summary.replace(/^CLOCK_WRONG: /, '')}`,
        `none if this followed the first time sync after start-up; if it repeats, ${NTP} and check the clock battery`,
      ),
    ];
  return [
    pass(
      'clock',
      `${new Date(now).toISOString()}${d ? '; no clock steps reported by the daemon in the last day' : ''}`,
    ),
  ];
}
