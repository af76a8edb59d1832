/**
 * `vakt monitor`: the hub's events as they happen, pushed by its control socket's `subscribe`
 * (no polling, so a burst is never missed), in words (tools/term/event-words.ts), until Ctrl-C.
 * Ends with exit 3 when the daemon goes away.
 */
import { subscribeGateway } from '../../gateway/control/subscribe-client.ts';
import { VaktError } from '../../protocol/errors.ts';
import { type HubEvent, hubEventWords } from '../term/event-words.ts';
import { type SocketOptions, socketPath } from './socket.ts';

export interface MonitorOptions extends SocketOptions {
  json?: boolean;
  frames?: boolean;
}

/** One line per event: the time, then the event in words; or the event as JSON. */
export function monitorLine(e: HubEvent, json: boolean | undefined): string {
  return json ? JSON.stringify(e) : `${new Date(e.at).toISOString()}  ${hubEventWords(e)}`;
}

export async function runMonitor(o: MonitorOptions): Promise<void> {
  const socket = socketPath(o);
  const write = (e: HubEvent) => process.stdout.write(`${monitorLine(e, o.json)}\n`);
  const sub = await subscribeGateway(socket, write, { frames: !!o.frames });
  // With --json stdout holds events only; the note goes to stderr, so a script can wait for it.
  (o.json ? process.stderr : process.stdout).write(`Watching ${socket} — Ctrl-C to stop.\n`);
  let stopping = false;
  const stop = () => {
    stopping = true;
    sub.close();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await sub.closed;
  if (!stopping)
    throw new VaktError(
      'E_NOT_RUNNING',
      `the gateway at ${socket} closed the connection (stopped or restarted)`,
      'check it with vakt status, then run vakt monitor again',
    );
}
