/**
 * A real NATS cluster for tests: `nodes` nats-server processes (Debian `nats-server`), each with
 * JetStream (which NATS's MQTT needs for sessions, QoS 1 and retained messages) and an MQTT
 * listener, routed to each other, on free loopback ports in a temp dir. `kill(i)` SIGKILLs one
 * node as a crash would. Always `stop()` it (in afterAll).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt from 'mqtt';
import { findBin } from '../../tools/setup/system-packages.ts';
import { freePort } from './free-port.ts';
import { waitListening } from './listening.ts';
import { waitFor } from './wait-for.ts';

interface Node {
  name: string;
  client: number;
  route: number;
  mqtt: number;
  child?: ChildProcess;
  log: string;
}

export class NatsCluster {
  readonly dir = mkdtempSync(join(tmpdir(), 'vakt-nats-'));
  private nodes: Node[] = [];

  constructor(private readonly size = 3) {}

  /** The MQTT URL of each node, in order. */
  get urls(): string[] {
    return this.nodes.map((n) => `mqtt://127.0.0.1:${n.mqtt}`);
  }

  log(i: number): string {
    return this.nodes[i]?.log ?? '';
  }

  async start(): Promise<this> {
    for (let i = 0; i < this.size; i++)
      this.nodes.push({
        name: `n${i + 1}`,
        client: await freePort(),
        route: await freePort(),
        mqtt: await freePort(),
        log: '',
      });
    const bin = findBin('nats-server');
    if (!bin) throw new Error('nats-server not found (tools/setup/system-packages.ts)');
    for (const n of this.nodes) {
      const routes = this.nodes.filter((o) => o !== n).map((o) => `"nats-route://127.0.0.1:${o.route}"`);
      const conf = join(this.dir, `${n.name}.conf`);
      writeFileSync(
        conf,
        [
          `server_name: ${n.name}`,
          `listen: 127.0.0.1:${n.client}`,
          `jetstream { store_dir: "${join(this.dir, n.name)}", max_memory_store: 64MB, max_file_store: 256MB }`,
          `cluster { name: vakt, listen: 127.0.0.1:${n.route}, routes: [${routes.join(', ')}] }`,
          // Sessions, retained messages and QoS 1 state on every node, so losing one loses nothing.
          `mqtt { listen: 127.0.0.1:${n.mqtt}, stream_replicas: ${this.size}, consumer_replicas: ${this.size} }`,
          '',
        ].join('\n'),
      );
      const child = spawn(bin, ['-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
      child.stderr?.on('data', (d: Buffer) => {
        n.log = (n.log + d.toString()).slice(-20_000);
      });
      n.child = child;
    }
    for (const n of this.nodes)
      await waitListening(n.child!, n.mqtt, `nats ${n.name} MQTT`, () => n.log, 30_000);
    // The MQTT port opens before JetStream has a meta leader; until then NATS closes MQTT clients.
    for (const n of this.nodes)
      await waitFor(() => mqttAccepts(n.mqtt), {
        ms: 60_000,
        what: `nats ${n.name} to accept MQTT sessions`,
      });
    return this;
  }

  /** SIGKILL node `i`, as a crash or a lost machine would. */
  async kill(i: number): Promise<void> {
    await this.signal(this.nodes[i]!, 'SIGKILL');
  }

  async stop(): Promise<void> {
    await Promise.all(this.nodes.map((n) => this.signal(n, 'SIGTERM')));
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async signal(n: Node, sig: NodeJS.Signals): Promise<void> {
    const c = n.child;
    n.child = undefined;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const exited = new Promise<void>((r) => c.once('exit', () => r()));
    c.kill(sig);
    await exited;
  }
}

/** A clean MQTT 3.1.1 session connects and is acknowledged. */
async function mqttAccepts(port: number): Promise<boolean> {
  try {
    const c = await mqtt.connectAsync(`mqtt://127.0.0.1:${port}`, {
      protocolVersion: 4,
      clientId: `ready-${port}`,
      connectTimeout: 2000,
      reconnectPeriod: 0,
    });
    await c.endAsync(true);
    return true;
  } catch {
    return false;
  }
}
