/** `vakt receive --hubs`: every hub's liveness from the store, as a table or JSON lines. */
import Table from 'cli-table3';
import type { HubRow } from './event-store.ts';

const iso = (ms: number | null): string => (ms === null ? '-' : new Date(ms).toISOString());

export function formatHubs(rows: HubRow[], json: boolean): string {
  if (json) return rows.map((r) => JSON.stringify(r)).join('\n');
  const count = (l: HubRow['liveness']) => rows.filter((r) => r.liveness === l).length;
  const table = new Table({
    head: ['hub', 'liveness', 'bd_seq', 'birth/death at', 'last heartbeat', 'interval', 'version'],
  });
  for (const r of rows)
    table.push([
      r.hubId,
      r.liveness,
      r.bdSeq ?? '-',
      iso(r.statusAtMs),
      iso(r.lastHeartbeatAtMs),
      r.heartbeatIntervalS === null ? '-' : `${r.heartbeatIntervalS} s`,
      r.softwareVersion ?? '-',
    ]);
  return `${table.toString()}\n${rows.length} hubs: ${count('online')} online, ${count('offline')} offline, ${count('silent')} silent`;
}
