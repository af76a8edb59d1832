/**
 * The gateway's local control socket: a Unix socket (mode 0660) speaking JSON lines
 * (docs/control-socket.md). Malformed or unknown requests get a typed error; a handler's failure
 * is that request's error; nothing a client sends can stop the daemon or grow it without bound
 * (the limits in protocol.ts: line length, connections, running requests, queued answers, idle).
 */
import { chmodSync, chownSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { basename, dirname, join } from 'node:path';
import type { Logger } from 'pino';
import { VaktError } from '../../protocol/errors.ts';
import { ControlConnection, type ControlHandlers } from './connection.ts';
import { CONTROL_LIMITS, type ControlLimits } from './protocol.ts';
import { clearStaleSocket, removeOwnSocket } from './socket-path.ts';

export type { ControlHandlers } from './connection.ts';

/** Refusals are counted, and logged once per this many, so a connection flood is one line. */
const REFUSALS_PER_LOG = 1000;

export class ControlServer {
  private server: Server | undefined;
  private readonly connections = new Map<Socket, ControlConnection>();
  private readonly limits: ControlLimits;
  private refused = 0;
  private stopped = false;

  constructor(
    private readonly path: string,
    private readonly handlers: ControlHandlers,
    private readonly log: Logger,
    private readonly group?: string,
    limits: Partial<ControlLimits> = {},
  ) {
    this.limits = { ...CONTROL_LIMITS, ...limits };
  }

  async start(): Promise<void> {
    try {
      mkdirSync(dirname(this.path), { recursive: true, mode: 0o750 });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new VaktError(
        'E_SOCKET_LISTEN',
        `cannot make the control socket's directory ${dirname(this.path)}: ${code ?? (err as Error).message}`,
        'check control.socket points to a writable directory',
      );
    }
    await clearStaleSocket(this.path);
    // Bound under a temporary name, given its mode and group, then renamed into place: no client
    // ever sees the socket with the process umask's mode.
    const temp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}`);
    removeOwnSocket(temp);
    const server = createServer((socket) => this.accept(socket));
    await new Promise<void>((resolve, reject) => {
      server.once('error', (err: NodeJS.ErrnoException) =>
        reject(
          new VaktError(
            'E_SOCKET_LISTEN',
            `cannot listen on ${this.path}: ${err.code ?? err.message}`,
            'check control.socket points to a writable directory',
          ),
        ),
      );
      server.listen(temp, resolve);
    });
    server.on('error', (err) => this.log.error({ err: err.message }, 'control socket error'));
    try {
      chmodSync(temp, 0o660);
      if (this.group) chownSync(temp, -1, groupId(this.group));
      renameSync(temp, this.path);
    } catch (err) {
      server.close();
      removeOwnSocket(temp);
      throw err;
    }
    this.server = server;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const s of this.connections.keys()) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    removeOwnSocket(this.path);
  }

  /** Open connections, refusals so far and the bytes all connections hold (for tests and status). */
  stats(): { connections: number; refused: number; bufferedBytes: number } {
    let bufferedBytes = 0;
    for (const c of this.connections.values()) bufferedBytes += c.bufferedBytes();
    return { connections: this.connections.size, refused: this.refused, bufferedBytes };
  }

  private accept(socket: Socket): void {
    if (this.stopped) {
      socket.destroy();
      return;
    }
    if (this.connections.size >= this.limits.maxConnections) {
      this.refuse(socket);
      return;
    }
    const connection = new ControlConnection(socket, this.handlers, this.limits, this.log);
    this.connections.set(socket, connection);
    socket.on('close', () => this.connections.delete(socket));
    connection.start();
  }

  private refuse(socket: Socket): void {
    this.refused++;
    if (this.refused % REFUSALS_PER_LOG === 1)
      this.log.warn(
        { refused: this.refused, limit: this.limits.maxConnections },
        'control socket full: connections refused',
      );
    const busy = new VaktError(
      'E_CONTROL_BUSY',
      `the control socket has ${this.limits.maxConnections} connections open (the limit)`,
      'close idle clients and try again',
    );
    socket.on('error', () => socket.destroy());
    socket.setTimeout(1000, () => socket.destroy());
    socket.end(`${JSON.stringify({ id: null, error: busy.toJSON() })}\n`, () => socket.destroy());
  }
}

/** The numeric id of a group name, from /etc/group (Node has no getgrnam). */
function groupId(name: string): number {
  if (/^\d+$/.test(name)) return Number(name);
  const line = readFileSync('/etc/group', 'utf8')
    .split('\n')
    .find((l) => l.split(':')[0] === name);
  const gid = line ? Number(line.split(':')[2]) : Number.NaN;
  if (!Number.isInteger(gid))
    throw new VaktError(
      'E_SOCKET_GROUP',
      `control.group "${name}" is not a group on this hub`,
      `create it (groupadd ${name}) or remove control.group from the config`,
    );
  return gid;
}
