/** `vakt status`: the hub on one screen. */
import { callGateway } from '../../gateway/control/client.ts';
import { age, print } from './format.ts';
import { type SocketOptions, socketPath } from './socket.ts';

interface Status {
  hubId: string;
  version: string;
  uptimeS: number;
  receiver: { port: string; up: boolean };
  devices: number;
  supervision: Record<string, string>;
  unpairedHeard: number;
  outbox: { depth: number; oldestAt: number | null; oldestAgeS: number | null };
  uplink: {
    path: string | null;
    downSince: number | null;
    inFlight: number;
    brokers: Array<{ path: string; connected: boolean; heartbeatAnsweredAt: number | null }>;
  };
  technicalAlarms: number;
  health: {
    mains: boolean | null;
    batteryPercent: number | null;
    freeMb: number | null;
    writeError: string | null;
  };
}

export async function runStatus(o: SocketOptions & { json?: boolean }): Promise<void> {
  const socket = socketPath(o);
  const s = (await callGateway(socket, 'status')) as Status;
  const technical = (await callGateway(socket, 'technical')) as Array<{
    kind: string;
    rootCause: string;
    action: string;
    raisedAt: number;
  }>;
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
