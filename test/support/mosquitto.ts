/**
 * A real mosquitto broker for tests: its own config in a temp dir, a free loopback port, optional
 * TLS listener, password file and persistence that survives SIGKILL. Always `stop()` it (in
 * afterAll); `kill()` and `start()` again simulate a broker crash and restart on the same port.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';
import type { TestCa } from './test-ca.ts';
import { waitFor } from './wait-for.ts';

export interface MosquittoOptions {
  users?: Record<string, string>;
  tls?: TestCa;
  /** Client certificates required on the TLS listener. */
  requireClientCert?: boolean;
  persistence?: boolean;
  /** Extra mosquitto.conf lines (e.g. "max_queued_messages 0"). */
  extra?: string[];
}

export class Mosquitto {
  readonly dir = mkdtempSync(join(tmpdir(), 'vakt-mosquitto-'));
  port = 0;
  tlsPort = 0;
  /** What mosquitto wrote on stderr: only what comes before its log file is open (a bad config). */
  private stderr = '';
  private child: ChildProcess | undefined;

  constructor(private readonly options: MosquittoOptions = {}) {}

  /** The running broker's process id (for reading its memory), or undefined when stopped. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /**
   * The broker's log. It goes to a file in `dir`, not to a pipe this process reads: mosquitto
   * writes its log synchronously, and with one notice per connection a busy test or bench process
   * that reads the pipe late stalls the broker's accept loop (a 10,000-hub storm overflowed its
   * listen queue of 100 and made clients wait out SYN retransmits of 1, 2, 4 s).
   */
  get log(): string {
    const file = join(this.dir, 'mosquitto.log');
    return this.stderr + (existsSync(file) ? readFileSync(file, 'utf8') : '');
  }

  get url(): string {
    return `mqtt://127.0.0.1:${this.port}`;
  }

  get tlsUrl(): string {
    return `mqtts://127.0.0.1:${this.tlsPort}`;
  }

  async start(): Promise<this> {
    if (!this.port) this.port = await freePort();
    if (this.options.tls && !this.tlsPort) this.tlsPort = await freePort();
    const o = this.options;
    const lines = [
      'user root',
      `log_dest file ${join(this.dir, 'mosquitto.log')}`,
      'log_type error',
      'log_type warning',
      'log_type notice',
      'per_listener_settings false',
    ];
    if (o.users) {
      const pw = join(this.dir, 'passwd');
      writeFileSync(pw, '');
      for (const [u, p] of Object.entries(o.users)) execFileSync('mosquitto_passwd', ['-b', pw, u, p]);
      lines.push(`password_file ${pw}`, 'allow_anonymous false');
    } else lines.push('allow_anonymous true');
    if (o.persistence)
      lines.push(
        'persistence true',
        `persistence_location ${this.dir}/`,
        'autosave_interval 1',
        'autosave_on_changes true',
      );
    lines.push(...(o.extra ?? []), `listener ${this.port} 127.0.0.1`);
    if (o.tls) {
      lines.push(
        `listener ${this.tlsPort} 127.0.0.1`,
        `cafile ${o.tls.caFile}`,
        `certfile ${o.tls.serverCert}`,
        `keyfile ${o.tls.serverKey}`,
      );
      if (o.requireClientCert) lines.push('require_certificate true');
    }
    const conf = join(this.dir, 'mosquitto.conf');
    writeFileSync(conf, `${lines.join('\n')}\n`);
    const child = spawn('/usr/sbin/mosquitto', ['-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr?.on('data', (d: Buffer) => {
      this.stderr += d.toString();
    });
    this.child = child;
    await this.waitForPort(this.port);
    return this;
  }

  /** SIGKILL, as a crash would. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  async stop(): Promise<void> {
    await this.signal('SIGTERM');
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async signal(sig: NodeJS.Signals): Promise<void> {
    const c = this.child;
    this.child = undefined;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const exited = new Promise<void>((r) => c.once('exit', () => r()));
    c.kill(sig);
    await exited;
  }

  private async waitForPort(port: number): Promise<void> {
    const accepts = () =>
      new Promise<boolean>((resolve) => {
        const s = connect(port, '127.0.0.1');
        s.once('connect', () => {
          s.destroy();
          resolve(true);
        });
        s.once('error', () => resolve(false));
      });
    const exited = () => this.child?.exitCode !== null && this.child?.exitCode !== undefined;
    const state = await waitFor(async () => (exited() ? 'exited' : (await accepts()) && 'listening'), {
      ms: 10_000,
      what: `mosquitto to listen on ${port}`,
    }).catch((e: Error) => {
      throw new Error(`${e.message}: ${this.log}`);
    });
    if (state === 'exited') throw new Error(`mosquitto exited: ${this.log}`);
  }
}
