/**
 * The embedded MQTT broker (aedes, MQTT 3.1.1, in-memory persistence) for the demo, trials and
 * tests. Production hubs talk to the platform's own broker (mosquitto, EMQX, HiveMQ, VerneMQ).
 */
import { once } from 'node:events';
import { type AddressInfo, createServer, type Server, type Socket } from 'node:net';
import type { Aedes } from 'aedes';
import { VaktError } from '../../protocol/errors.ts';

export interface EmbeddedBrokerOptions {
  /** TCP port; 0 picks a free one. */
  port?: number;
  host?: string;
  /** When set, clients must present exactly these credentials. */
  username?: string;
  password?: string;
}

export interface EmbeddedBroker {
  readonly url: string;
  readonly port: number;
  readonly aedes: Aedes;
  /** Drops every client connection at once, as a broker crash would, but keeps listening. */
  dropClients(): void;
  close(): Promise<void>;
}

/**
 * aedes is an optional dependency, loaded only here: a hub installed with `npm ci --omit=optional`
 * carries no broker code, and `vakt run` never loads it.
 */
async function loadAedes(): Promise<typeof Aedes> {
  try {
    return (await import('aedes')).Aedes;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw err;
    throw new VaktError(
      'E_BROKER_MISSING',
      'the embedded broker is not installed (aedes, an optional dependency, was left out)',
      'install it in the Vakt directory with `npm install --no-save aedes`, or point the hub at a broker',
    );
  }
}

export async function startEmbeddedBroker(options: EmbeddedBrokerOptions = {}): Promise<EmbeddedBroker> {
  const aedes = await (await loadAedes()).createBroker();
  if (options.username !== undefined) {
    aedes.authenticate = (_client, username, password, done) => {
      const ok = username === options.username && password?.toString() === (options.password ?? '');
      if (ok) return done(null, true);
      const err = Object.assign(new Error('bad username or password'), { returnCode: 4 as const });
      done(err, null);
    };
  }
  const sockets = new Set<Socket>();
  // noDelay: a receipt must not wait ~40 ms behind the previous PUBACK (Nagle + delayed ACK).
  const server: Server = createServer({ noDelay: true }, (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    aedes.handle(socket);
  });
  const host = options.host ?? '127.0.0.1';
  server.listen(options.port ?? 1883, host);
  try {
    await Promise.race([once(server, 'listening'), once(server, 'error').then(([e]) => Promise.reject(e))]);
  } catch (err) {
    aedes.close();
    const e = err as NodeJS.ErrnoException;
    throw new VaktError(
      'E_BROKER_LISTEN',
      `embedded broker cannot listen on ${host}:${options.port ?? 1883}: ${e.code ?? e.message}`,
      e.code === 'EADDRINUSE' ? 'choose another port with --port, or stop what is using it' : undefined,
    );
  }
  const port = (server.address() as AddressInfo).port;
  return {
    url: `mqtt://${host}:${port}`,
    port,
    aedes,
    dropClients: () => {
      for (const s of sockets) s.destroy();
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => aedes.close(() => resolve()));
    },
  };
}
