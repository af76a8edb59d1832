/**
 * A real RabbitMQ node for tests (Debian `rabbitmq-server`, MQTT plugin): everything — node name,
 * AMQP, MQTT, Erlang distribution and epmd ports, database, logs, enabled plugins, config and
 * the Erlang cookie — in a temp dir and on free loopback ports, so it never touches a system
 * RabbitMQ. Boot takes seconds (more on a loaded machine). Always `stop()` it (in afterAll): it
 * ends the node's process group and the epmd it started.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';
import { waitListening } from './listening.ts';

/** The server script itself, not Debian's /usr/sbin wrapper (which switches to the rabbitmq user). */
const SERVER = ['/usr/lib/rabbitmq/bin/rabbitmq-server', '/usr/sbin/rabbitmq-server'];

export class RabbitMq {
  readonly dir = mkdtempSync(join(tmpdir(), 'vakt-rabbitmq-'));
  port = 0;
  log = '';
  private epmdPort = 0;
  private child: ChildProcess | undefined;

  get url(): string {
    return `mqtt://127.0.0.1:${this.port}`;
  }

  async start(bootMs = 90_000): Promise<this> {
    const [amqp, dist] = [await freePort(), await freePort()];
    this.port = await freePort();
    this.epmdPort = await freePort();
    writeFileSync(
      join(this.dir, 'rabbitmq.conf'),
      [
        `listeners.tcp.default = 127.0.0.1:${amqp}`,
        `mqtt.listeners.tcp.default = 127.0.0.1:${this.port}`,
        'mqtt.allow_anonymous = true',
        'loopback_users = none',
        'log.console = true',
        'log.console.level = warning',
        '',
      ].join('\n'),
    );
    writeFileSync(join(this.dir, 'enabled_plugins'), '[rabbitmq_mqtt].\n');
    // Our own epmd, started relaxed so `epmd -kill` in stop() works even if a node is still listed.
    execFileSync('epmd', ['-port', String(this.epmdPort), '-daemon', '-relaxed_command_check']);
    const bin = SERVER.find((p) => existsSync(p));
    if (!bin) throw new Error('rabbitmq-server not found (tools/setup/system-packages.ts)');
    const child = spawn(bin, [], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        HOME: this.dir,
        RABBITMQ_NODENAME: `vakt-test-${process.pid}-${this.port}@localhost`,
        RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1',
        RABBITMQ_NODE_PORT: String(amqp),
        RABBITMQ_DIST_PORT: String(dist),
        ERL_EPMD_PORT: String(this.epmdPort),
        RABBITMQ_MNESIA_BASE: join(this.dir, 'mnesia'),
        RABBITMQ_LOG_BASE: join(this.dir, 'log'),
        RABBITMQ_ENABLED_PLUGINS_FILE: join(this.dir, 'enabled_plugins'),
        RABBITMQ_CONFIG_FILE: join(this.dir, 'rabbitmq'),
        RABBITMQ_PID_FILE: join(this.dir, 'rabbitmq.pid'),
        RABBITMQ_LOGS: '-',
      },
    });
    const keep = (d: Buffer) => {
      this.log = (this.log + d.toString()).slice(-20_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.child = child;
    await waitListening(child, this.port, 'rabbitmq MQTT', () => this.log, bootMs);
    return this;
  }

  async stop(): Promise<void> {
    const c = this.child;
    this.child = undefined;
    if (c && c.exitCode === null && c.signalCode === null) {
      const exited = new Promise<void>((r) => c.once('exit', () => r()));
      // The script, erl and beam share the process group this test started.
      process.kill(-c.pid!, 'SIGKILL');
      await exited;
    }
    try {
      execFileSync('epmd', ['-port', String(this.epmdPort), '-kill'], { stdio: 'ignore' });
    } catch {
      // No epmd was started on that port (the node never got that far).
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
