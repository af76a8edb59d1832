/**
 * The UPLINK_DOWN technical alarm while a broker path cannot connect: raised when the uplink
 * reports the path unreachable (every attempt failing for `uplink.outageReportAfter`), cleared
 * when it connects. One open alarm per path. Raised into the outbox like any technical alarm: it
 * reaches the platform over the other path if that one works, and shows in `vakt status` at once.
 */
import type { TechnicalAlarmInput } from '../store/rows.ts';
import type { Uplink } from './uplink.ts';

export interface TechnicalSink {
  raiseTechnical(t: TechnicalAlarmInput): unknown;
  clearTechnical(key: string): unknown;
}

export function alarmWhenUnreachable(uplink: Uplink, sink: TechnicalSink): void {
  uplink.on('unreachable', (path, reason, since) =>
    sink.raiseTechnical({
      key: `uplink_unreachable:${path}`,
      kind: 'UPLINK_DOWN',
      rootCause: `the ${path} broker path cannot connect since ${new Date(since).toISOString()}: ${reason}`,
      devices: [],
      action: `run vakt diag on the hub; check uplink.${path} (url, mqttVersion, credentials) and the broker`,
      details: { path },
    }),
  );
  uplink.on('reachable', (path) => sink.clearTechnical(`uplink_unreachable:${path}`));
}
