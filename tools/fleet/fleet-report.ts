/** The final report of `vakt fleet`: connections, reconnects and latency by lane, as text or JSON. */
import { FLEET_LANES, type FleetStats, type Summary, summarize } from './fleet-stats.ts';

export interface FleetReport {
  hubs: number;
  connected: number;
  /** ms from the start of the run to each hub's first connection. */
  firstConnect: Summary;
  /** ms from a hub losing its broker to having it back. */
  reconnect: Summary;
  /** ms from raising an event to its Receipt, by lane; `storm`: only events raised in the marked window. */
  latency: Record<string, Summary & { raised: number }>;
  storm?: Record<string, Summary>;
  /** The storm's events timed from their hub's reconnect (what the platform and the hub add). */
  stormAfterReconnect?: Record<string, Summary>;
  unreceipted: number;
  /** Automatic test alarms without a receipt by their deadline (TEST_ALARM_FAILED on a hub). */
  testAlarmsFailed: number;
  /** Copies the broker took while no receiver was subscribed (MQTT 5 PUBACK 0x10), each resent soon. */
  unheard: Record<string, number>;
}

export function fleetReport(s: FleetStats, hubs: number, pending: number): FleetReport {
  const latency = Object.fromEntries(
    FLEET_LANES.map((l) => [l, { raised: s.raised[l], ...summarize(s.latencyMs[l]) }]),
  );
  const stormSeen = FLEET_LANES.some((l) => s.windowLatencyMs[l].length > 0);
  return {
    hubs,
    connected: s.connected,
    firstConnect: summarize(s.firstConnectMs),
    reconnect: summarize(s.reconnectMs),
    latency,
    ...(stormSeen
      ? {
          storm: Object.fromEntries(FLEET_LANES.map((l) => [l, summarize(s.windowLatencyMs[l])])),
          stormAfterReconnect: Object.fromEntries(
            FLEET_LANES.map((l) => [l, summarize(s.windowAfterUpMs[l])]),
          ),
        }
      : {}),
    unreceipted: pending,
    testAlarmsFailed: s.testAlarmsFailed,
    unheard: { ...s.unheard },
  };
}

const ms = (v: number | null): string =>
  v === null ? '-' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v} ms`;
const row = (name: string, x: Summary): string =>
  `  ${name.padEnd(12)} ${String(x.count).padStart(8)}  p50 ${ms(x.p50).padStart(9)}  p95 ${ms(x.p95).padStart(9)}  p99 ${ms(x.p99).padStart(9)}  max ${ms(x.max).padStart(9)}`;

export function formatFleetReport(r: FleetReport): string {
  const lines = [
    `hubs ${r.hubs}, connected at the end ${r.connected}, events without a receipt ${r.unreceipted}, test alarms failed ${r.testAlarmsFailed}`,
    'connections',
    row('first', r.firstConnect),
    row('reconnect', r.reconnect),
    'raise → receipt',
    ...Object.entries(r.latency).map(([lane, x]) => row(`${lane}`, x)),
  ];
  const unheard = Object.entries(r.unheard);
  if (unheard.some(([, n]) => n > 0))
    lines.push(`heard by no receiver, resent: ${unheard.map(([l, n]) => `${l} ${n}`).join(', ')}`);
  if (r.storm) lines.push('raised during the storm', ...Object.entries(r.storm).map(([l, x]) => row(l, x)));
  if (r.stormAfterReconnect)
    lines.push(
      'the same, from their hub’s reconnect',
      ...Object.entries(r.stormAfterReconnect).map(([l, x]) => row(l, x)),
    );
  return lines.join('\n');
}
