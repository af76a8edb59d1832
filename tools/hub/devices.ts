/**
 * `vakt devices`: every paired device with battery, signal, last heard, supervision state and
 * link security: `verified` (install-code key) or `UNAUTHENTICATED` (version 1, allowed at pairing).
 */
import { callGateway } from '../../gateway/control/client.ts';
import { renderGrid } from '../term/grid.ts';
import { deviceKindWords, locationWords } from '../term/event-words.ts';
import { age, print } from './format.ts';
import { type SocketOptions, socketPath } from './socket.ts';

interface Paired {
  deviceId: string;
  deviceType: number;
  label: string;
  location: number | null;
  battery: number | null;
  rssi: number | null;
  lastSeenAt: number | null;
  supervision: string;
  authenticated: boolean;
}

export async function runDevices(o: SocketOptions & { json?: boolean }): Promise<void> {
  const r = (await callGateway(socketPath(o), 'devices')) as {
    paired: Paired[];
    unpairedHeard: Array<{ deviceId: string; deviceType: number; lastHeardAt: number }>;
  };
  print(o.json, r, () => {
    const rows = r.paired.map((d) => [
      d.deviceId,
      deviceKindWords(d.deviceType),
      d.label,
      locationWords(d.location),
      d.battery === null ? '?' : `${d.battery} %`,
      d.rssi === null ? '?' : `${d.rssi} dBm`,
      age(d.lastSeenAt),
      d.supervision,
      d.authenticated ? 'verified' : 'UNAUTHENTICATED',
    ]);
    const head = ['id', 'type', 'label', 'location', 'battery', 'RSSI', 'last seen', 'supervision', 'link'];
    const t = renderGrid(head, rows, process.stdout.isTTY === true);
    const heard = r.unpairedHeard.length
      ? `\nHeard but not paired: ${r.unpairedHeard.map((d) => `${d.deviceId} (${deviceKindWords(d.deviceType)}, ${age(d.lastHeardAt)})`).join(', ')} — vakt pair --device ID`
      : '';
    const unauth = r.paired.filter((d) => !d.authenticated).length;
    const warn = unauth
      ? `\n${unauth} device(s) UNAUTHENTICATED: anyone in radio range can send frames in their name — replace with version-2 devices`
      : '';
    return `${r.paired.length ? t : 'No paired devices — vakt pair'}${warn}${heard}`;
  });
}
