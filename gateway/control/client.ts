/** How tools talk to a running gateway: one request over its control socket. */
import { connect } from 'node:net';
import { isErrorCode } from '../../protocol/error-codes.ts';
import { VaktError } from '../../protocol/errors.ts';
import type { ControlMethod, ControlResponse } from './protocol.ts';

export async function callGateway(
  socketPath: string,
  method: ControlMethod,
  params: Record<string, unknown> = {},
  timeoutMs = 10_000,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const socket = connect(socketPath);
    let buffer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(noAnswer(method, timeoutMs));
    }, timeoutMs);
    socket.on('connect', () => socket.write(`${JSON.stringify({ id: 1, method, params })}\n`));
    socket.on('data', (d: Buffer) => {
      buffer += d.toString();
      const nl = buffer.indexOf('\n');
      if (nl === -1) return;
      clearTimeout(timer);
      socket.end();
      const res = JSON.parse(buffer.slice(0, nl)) as ControlResponse;
      if (!('error' in res)) return resolve(res.result);
      // A newer daemon may answer a code this client does not know: keep its message, not its code.
      const code = isErrorCode(res.error.code) ? res.error.code : 'E_CONTROL_INTERNAL';
      reject(new VaktError(code, res.error.message));
    });
    socket.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(unreachable(socketPath, err));
    });
  });
}

/** The gateway took the connection but did not answer `method` within `timeoutMs`. */
export function noAnswer(method: string, timeoutMs: number): VaktError {
  return new VaktError(
    'E_SOCKET_TIMEOUT',
    `the gateway did not answer "${method}" within ${timeoutMs / 1000} s`,
    'check vakt run is healthy (journalctl -u vakt)',
  );
}

/** The error a tool reports when the control socket cannot be reached, with the likely fix. */
export function unreachable(socketPath: string, err: NodeJS.ErrnoException): VaktError {
  return new VaktError(
    'E_NOT_RUNNING',
    `cannot reach the gateway at ${socketPath}: ${err.code ?? err.message}`,
    err.code === 'EACCES'
      ? 'run as a member of the vakt group'
      : 'start it (systemctl start vakt) or give --socket',
  );
}
