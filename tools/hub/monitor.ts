/** `vakt monitor`: events as they happen (device events, technical alarms), until Ctrl-C. */
import { EventFollower } from './event-follower.ts';
import { type SocketOptions, socketPath } from './socket.ts';

export async function runMonitor(o: SocketOptions & { json?: boolean; intervalMs?: number }): Promise<void> {
  const socket = socketPath(o);
  const follower = new EventFollower(socket);
  await follower.start();
  if (!o.json) process.stdout.write(`Watching ${socket} — Ctrl-C to stop.\n`);
  let stop = false;
  process.once('SIGINT', () => (stop = true));
  process.once('SIGTERM', () => (stop = true));
  while (!stop) {
    for (const e of await follower.poll())
      process.stdout.write(
        o.json
          ? `${JSON.stringify(e)}\n`
          : `${new Date(e.createdAt).toISOString()}  ${e.kind.padEnd(18)} ${e.summary}  [${e.eventId}]\n`,
      );
    await new Promise((r) => setTimeout(r, o.intervalMs ?? 500));
  }
}
