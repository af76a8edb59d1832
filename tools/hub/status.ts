/** `vakt status`: the hub on one screen. */
import { callGateway } from '../../gateway/control/client.ts';
import type { DaemonStatus, DaemonTechnical } from './daemon-status.ts';
import { age, print } from './format.ts';
import { type SocketOptions, socketPath } from './socket.ts';

export async function runStatus(o: SocketOptions & { json?: boolean }): Promise<void> {
  const socket = socketPath(o);
  const s = (await callGateway(socket, 'status')) as DaemonStatus;
  const technical = (await callGateway(socket, 'technical')) as DaemonTechnical[];
  print(o.json, { ...s, openTechnicalAlarms: technical }, () => {
    const states = Object.values(s.supervision);
    const count = (x: string) => states.filter((v) => v === x).length;
    const lines = [
      `hub        ${s.hubId}  (vakt ${s.version}, up ${Math.floor(s.uptimeS / 3600)} h ${Math.floor((s.uptimeS % 3600) / 60)} min)`,
      `uplink     ${s.uplink.path ? `on ${s.uplink.path}` : `DOWN since ${age(s.uplink.downSince)}`}; ${s.uplink.brokers.map((b) => `${b.path} ${b.connected ? 'connected' : 'not connected'}${b.heartbeatAnsweredAt ? `, platform answered ${age(b.heartbeatAnsweredAt)}` : ''}`).join('; ')}`,
      `outbox     ${s.outbox.depth} waiting for a receipt${s.outbox.oldestAgeS !== null ? `, oldest ${s.outbox.oldestAgeS} s` : ''}; ${s.uplink.inFlight} in flight`,
      `receiver   ${s.receiver.up ? 'answering' : 'NOT ANSWERING'} on ${s.receiver.port}`,
      `devices    ${s.devices} paired: ${count('ok')} ok, ${count('grace')} in grace, ${count('late')} late, ${count('missing')} missing${s.unpairedHeard ? `; ${s.unpairedHeard} heard but not paired` : ''}`,
      `power      ${s.health.mains === null ? 'not supervised' : s.health.mains ? 'mains' : 'ON BATTERY'}${s.health.batteryPercent !== null ? `, hub battery ${s.health.batteryPercent} %` : ''}`,
      `storage    ${s.health.writeError ? `WRITE FAILING: ${s.health.writeError}` : 'writable'}${s.health.freeMb !== null ? `, ${s.health.freeMb} MB free` : ''}`,
      `technical  ${technical.length === 0 ? 'none open' : `${technical.length} open:`}`,
      ...technical.map((t) => `  - ${t.kind}: ${t.rootCause} (${age(t.raisedAt)})\n    → ${t.action}`),
    ];
    return lines.join('\n');
  });
}
