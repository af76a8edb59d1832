/**
 * The gateway's local control socket: a Unix socket (mode 0660) speaking JSON lines. Malformed
 * or unknown requests get a typed error; a handler's failure is that request's error; nothing a
 * client sends can stop the daemon.
 */
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, unlinkSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { dirname } from 'node:path';
import type { Logger } from 'pino';
import { VaktError } from '../../protocol/errors.ts';
import { CONTROL_METHODS, type ControlMethod, type ControlResponse, MAX_LINE } from './protocol.ts';

export type ControlHandlers = Record<
  ControlMethod,
  (params: Record<string, unknown>) => unknown | Promise<unknown>
>;

export class ControlServer {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  constructor(
    private readonly path: string,
    private readonly handlers: ControlHandlers,
    private readonly log: Logger,
    private readonly group?: string,
  ) {}

  async start(): Promise<void> {
    mkdirSync(dirname(this.path), { recursive: true, mode: 0o750 });
    if (existsSync(this.path)) unlinkSync(this.path); // a stale socket from a previous run
    const server = createServer((socket) => this.serve(socket));
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
      server.listen(this.path, resolve);
    });
    chmodSync(this.path, 0o660);
    if (this.group) chownSync(this.path, -1, groupId(this.group));
    this.server = server;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    if (existsSync(this.path)) unlinkSync(this.path);
  }

  private serve(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let buffer = '';
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      if (buffer.length > MAX_LINE && !buffer.includes('\n')) {
        this.reply(socket, {
          id: null,
          error: { code: 'E_CONTROL_TOO_LONG', message: `request longer than ${MAX_LINE} bytes` },
        });
        socket.end();
        return;
      }
      let nl = buffer.indexOf('\n');
      while (nl !== -1) {
        const line = buffer.slice(0, nl).trim();
        buffer = buffer.slice(nl + 1);
        if (line) void this.handle(socket, line);
        nl = buffer.indexOf('\n');
      }
    });
  }

  private async handle(socket: Socket, line: string): Promise<void> {
    let req: { id?: unknown; method?: unknown; params?: unknown };
    try {
      req = JSON.parse(line) as typeof req;
    } catch {
      return this.reply(socket, {
        id: null,
        error: {
          code: 'E_CONTROL_JSON',
          message: 'request is not valid JSON; send one JSON object per line',
        },
      });
    }
    const id = typeof req.id === 'number' || typeof req.id === 'string' ? req.id : null;
    if (
      typeof req !== 'object' ||
      req === null ||
      typeof req.method !== 'string' ||
      !(CONTROL_METHODS as readonly string[]).includes(req.method)
    ) {
      return this.reply(socket, {
        id,
        error: {
          code: 'E_CONTROL_METHOD',
          message: `unknown method ${JSON.stringify(req?.method)}; methods: ${CONTROL_METHODS.join(', ')}`,
        },
      });
    }
    const params =
      typeof req.params === 'object' && req.params !== null ? (req.params as Record<string, unknown>) : {};
    try {
      const result = await this.handlers[req.method as ControlMethod](params);
      this.reply(socket, { id, result });
    } catch (err) {
      const e = err instanceof VaktError ? err : new VaktError('E_CONTROL_INTERNAL', (err as Error).message);
      if (!(err instanceof VaktError))
        this.log.error({ method: req.method, err: (err as Error).message }, 'control request failed');
      this.reply(socket, { id, error: { code: e.code, message: e.message } });
    }
  }

  private reply(socket: Socket, response: ControlResponse): void {
    if (!socket.destroyed) socket.write(`${JSON.stringify(response)}\n`);
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
