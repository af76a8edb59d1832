/**
 * One row per paired device: its supervision state and when it was last heard, against the
 * window after which the daemon declares it missing. Needs the running daemon (it alone knows
 * when each device was last heard).
 */
import { missingAfterMs } from '../../gateway/supervision/windows.ts';
import { age } from '../hub/format.ts';
import { deviceKindWords } from '../term/event-words.ts';
import type { DaemonDevice, DiagContext } from './context.ts';
import { type DiagRow, fail, pass, skip, warn } from './row.ts';

const DEFAULT_WINDOW = { missedHeartbeats: 3, jitterTolerance: 0.2, periods: {} };

export function checkDevices(ctx: DiagContext): DiagRow[] {
  const d = ctx.daemon;
  if (!d)
    return [skip('devices', 'skipped — daemon not running (it alone knows when each device was heard)')];
  if (d.devices.length === 0)
    return [
      warn(
        'devices',
        'no paired devices: alarms from the resident cannot reach the hub',
        "pair the resident's devices: vakt pair",
      ),
    ];
  const window = ctx.loaded?.config.supervision ?? DEFAULT_WINDOW;
  return d.devices.map((dev) => deviceRow(dev, ctx, missingAfterMs(dev.deviceType, dev.periodS, window)));
}

function deviceRow(dev: DaemonDevice, ctx: DiagContext, windowMs: number): DiagRow {
  const name = `device ${dev.deviceId}${dev.label ? ` (${dev.label})` : ''}`;
  const heard =
    dev.lastSeenAt === null ? 'never heard' : `last heard ${age(dev.lastSeenAt, ctx.clock.now())}`;
  const facts = `${deviceKindWords(dev.deviceType)}, ${heard}, missing after ${Math.round(windowMs / 60_000)} min of silence`;
  const alarm = ctx.daemon!.technical.find(
    (t) => t.kind === 'DEVICE_MISSING' && t.key === `device_missing:${dev.deviceId}`,
  );
  const range =
    "check the device's battery and that it is within radio range of the hub (press its button: vakt monitor shows it)";
  switch (dev.supervision) {
    case 'ok':
      return pass(name, facts);
    case 'grace':
      return dev.lastSeenAt === null
        ? warn(
            name,
            `${facts}; in start-up grace`,
            `press the device's button or wait for its heartbeat; ${range}`,
          )
        : pass(name, `${facts} (start-up grace)`);
    case 'late':
      return warn(name, `heartbeat overdue: ${facts}`, range);
    case 'missing':
      return fail(
        name,
        `MISSING: ${facts}`,
        alarm?.action ?? `${range}; replace the device if it stays silent`,
      );
    default:
      return warn(
        name,
        `supervision state "${dev.supervision}": ${facts}`,
        'restart vakt; report this if it stays',
      );
  }
}
