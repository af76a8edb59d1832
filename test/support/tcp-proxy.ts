/**
 * A loopback TCP proxy in front of one broker port, so a test can see which node a client is on
 * (`connections`) and cut its connections abruptly (`cut()`: both sockets destroyed, no MQTT
 * DISCONNECT — the broker publishes the client's last will, as after a power cut).
 */
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';

export class TcpProxy {
  port = 0;
  private server: Server | undefined;
  private readonly pairs = new Set<[Socket, Socket]>();

  constructor(private readonly targetPort: number) {}

  get connections(): number {
    return this.pairs.size;
  }

  async start(): Promise<this> {
    const server = createServer((client) => {
      const upstream = tcpConnect(this.targetPort, '127.0.0.1');
      const pair: [Socket, Socket] = [client, upstream];
      this.pairs.add(pair);
      const end = () => {
        this.pairs.delete(pair);
        client.destroy();
        upstream.destroy();
      };
      for (const s of pair) {
        s.setNoDelay(true);
        s.on('error', end);
        s.on('close', end);
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.address() as { port: number }).port;
    return this;
  }

  get url(): string {
    return `mqtt://127.0.0.1:${this.port}`;
  }

  cut(): void {
    for (const [a, b] of [...this.pairs]) {
      a.destroy();
      b.destroy();
    }
    this.pairs.clear();
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
