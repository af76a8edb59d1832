/**
 * How tools follow a running gateway: one `subscribe` request over its control socket, then each
 * pushed `{"event":{…}}` line handed to `onEvent` as it arrives (docs/control-socket.md,
 * "Subscribing"). Resolves once the daemon accepted the subscription; `closed` settles when the
 * daemon goes away or `close()` is called.
 */
import { connect } from 'node:net';
import { isErrorCode } from '../../protocol/error-codes.ts';
import { VaktError } from '../../protocol/errors.ts';
import { noAnswer, unreachable } from './client.ts';
import type { FeedEvent } from './event-feed.ts';
import type { ControlResponse } from './protocol.ts';

export interface GatewaySubscription {
  /** Settles when the connection ends, for whatever reason. */
  closed: Promise<void>;
  close(): void;
}

/** A pushed line longer than this is not one of ours: the connection is dropped. */
const MAX_LINE = 1024 * 1024;

export function subscribeGateway(
  socketPath: string,
  onEvent: (e: FeedEvent) => void,
  params: { frames?: boolean } = {},
  timeoutMs = 10_000,
): Promise<GatewaySubscription> {
  return new Promise((resolve, reject) => {
    const socket = connect(socketPath);
    let buffer = '';
    let accepted = false;
    const closed = new Promise<void>((done) => socket.once('close', () => done()));
    const timer = setTimeout(() => {
      socket.destroy();
      reject(noAnswer('subscribe', timeoutMs));
    }, timeoutMs);
    const onLine = (line: string) => {
      const msg = JSON.parse(line) as ControlResponse | { event: FeedEvent };
      if ('event' in msg) return onEvent(msg.event);
      if (accepted) return;
      clearTimeout(timer);
      if ('error' in msg) {
        socket.destroy();
        const code = isErrorCode(msg.error.code) ? msg.error.code : 'E_CONTROL_INTERNAL';
        return reject(new VaktError(code, msg.error.message, msg.error.hint));
      }
      accepted = true;
      resolve({ closed, close: () => socket.end() });
    };
    socket.on('connect', () => socket.write(`${JSON.stringify({ id: 1, method: 'subscribe', params })}\n`));
    socket.on('data', (d: Buffer) => {
      buffer += d.toString();
      let nl = buffer.indexOf('\n');
      while (nl !== -1) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.trim()) onLine(line);
        nl = buffer.indexOf('\n');
      }
      if (buffer.length > MAX_LINE) socket.destroy();
    });
    socket.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (accepted) return;
      reject(unreachable(socketPath, err));
    });
  });
}
