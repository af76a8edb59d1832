/** `vakt monitor`: events as they happen (device events, technical alarms), until Ctrl-C. */
import { callGateway } from '../../gateway/control/client.ts';
import { type SocketOptions, socketPath } from './socket.ts';

interface Ev {
  eventId: string;
  kind: string;
  deviceId: number | null;
  summary: string;
  createdAt: number;
}

export async function runMonitor(o: SocketOptions & { json?: boolean; intervalMs?: number }): Promise<void> {
  const socket = socketPath(o);
  let seen = new Set<string>();
  for (const e of (await callGateway(socket, 'events', { limit: 200 })) as Ev[]) seen.add(e.eventId);
  if (!o.json) process.stdout.write(`Watching ${socket} — Ctrl-C to stop.\n`);
  let stop = false;
  process.once('SIGINT', () => (stop = true));
  process.once('SIGTERM', () => (stop = true));
  while (!stop) {
    const events = ((await callGateway(socket, 'events', { limit: 200 })) as Ev[]).reverse();
    const shown = seen;
    // Only the newest 200 can come back, so only they need remembering: memory stays flat for days.
    seen = new Set(events.map((e) => e.eventId));
    for (const e of events) {
      if (shown.has(e.eventId)) continue;
      process.stdout.write(
        o.json
          ? `${JSON.stringify(e)}\n`
          : `${new Date(e.createdAt).toISOString()}  ${e.kind.padEnd(18)} ${e.summary}  [${e.eventId}]\n`,
      );
    }
    await new Promise((r) => setTimeout(r, o.intervalMs ?? 500));
  }
}
