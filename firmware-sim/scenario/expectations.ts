/** Checks a finished run against the scenario's `expect:` entries. */

import { formatDuration } from '../../protocol/duration.ts';
import type { SimEvent } from '../events.ts';
import type { Expectation } from './schema.ts';

export interface ExpectationResult {
  name: string;
  ok: boolean;
  detail: string;
}

export function evaluate(expectations: Expectation[], events: SimEvent[]): ExpectationResult[] {
  const acked = events.filter((e) => e.type === 'acked');
  const gaveUp = events.filter((e) => e.type === 'gave_up');
  return expectations.map((x) => {
    if ('alarms-acked-within' in x) {
      const limit = x['alarms-acked-within'];
      const alarms = acked.filter((e) => e.eventClass === 'alarm');
      const slow = alarms.filter((e) => e.latencyMs > limit);
      const lost = gaveUp.filter((e) => e.eventClass === 'alarm');
      // Raised but neither ACKed nor given up when the run ended: not delivered either.
      const settled = new Set([...alarms, ...lost].map((e) => `${e.deviceId}/${e.seq}`));
      const pending = raisedAlarms(events).filter((k) => !settled.has(k));
      const worst = Math.max(0, ...alarms.map((e) => e.latencyMs));
      return {
        name: `alarms acked within ${formatDuration(limit)}`,
        ok: slow.length === 0 && lost.length === 0 && pending.length === 0,
        detail: `${alarms.length} alarms acked, slowest ${Math.round(worst)} ms, ${slow.length} too slow, ${lost.length + pending.length} never acked`,
      };
    }
    if ('no-give-ups' in x) {
      return {
        name: 'no device gave up',
        ok: gaveUp.length === 0,
        detail: `${gaveUp.length} events given up`,
      };
    }
    if ('acked-at-least' in x) {
      const n = x['acked-at-least'];
      return { name: `at least ${n} events acked`, ok: acked.length >= n, detail: `${acked.length} acked` };
    }
    const n = x['sms-sent'];
    const sent = events.filter((e) => e.type === 'sms').length;
    return { name: `${n} SMS sent`, ok: sent === n, detail: `${sent} sent` };
  });
}

function raisedAlarms(events: SimEvent[]): string[] {
  return events.flatMap((e) =>
    e.type === 'sent' &&
    e.frame.kind === 'device_event' &&
    e.frame.eventClass === 'alarm' &&
    e.frame.attempt === 0
      ? [`${e.deviceId}/${e.frame.seq}`]
      : [],
  );
}
