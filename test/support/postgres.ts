/**
 * A real PostgreSQL for tests: its own cluster made with initdb in a temp dir, listening on a free
 * loopback port with its unix socket in the same dir. PostgreSQL refuses to run as root, so as
 * root the cluster belongs to the `postgres` user and every binary runs as that user
 * (setpriv, not runuser, so that postgres is our direct child and gets our signals).
 * `Postgres.available()` says why it cannot run (binaries absent) so a test can skip with the reason.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { findBin } from '../../tools/setup/system-packages.ts';
import { freePort } from './free-port.ts';

const initdb = findBin('initdb');
const binDir = initdb === undefined ? undefined : dirname(initdb);
const asRoot = process.getuid?.() === 0;

export class Postgres {
  readonly dir = mkdtempSync(join(tmpdir(), 'vakt-pg-'));
  port = 0;
  log = '';
  private child: ChildProcess | undefined;

  /** undefined when a cluster can be made here; otherwise why not. */
  static available(): string | undefined {
    if (!binDir)
      return 'PostgreSQL binaries (initdb) not on PATH nor in /usr/lib/postgresql/*/bin (apt-get install postgresql)';
    if (asRoot) {
      try {
        execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
      } catch {
        return 'running as root and there is no "postgres" user to run PostgreSQL as';
      }
    }
    return undefined;
  }

  /** The postmaster's pid (its backends are its children), for CPU accounting in benchmarks. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  get url(): string {
    return `postgres://vakt@127.0.0.1:${this.port}/vakt`;
  }

  async start(settings: string[] = []): Promise<this> {
    const why = Postgres.available();
    if (why) throw new Error(why);
    this.port = await freePort();
    const data = join(this.dir, 'data');
    if (asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
      chownSync(this.dir, uid, gid);
    }
    this.run('initdb', ['-D', data, '-U', 'vakt', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
    const args = ['-D', data, '-p', String(this.port), '-k', this.dir, '-h', '127.0.0.1'];
    for (const s of ['max_connections=100', ...settings]) args.push('-c', s);
    const [cmd, argv] = this.command('postgres', args);
    const child = spawn(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr?.on('data', (d: Buffer) => {
      this.log += d.toString();
    });
    this.child = child;
    await this.waitReady();
    const c = new pg.Client({ connectionString: `postgres://vakt@127.0.0.1:${this.port}/postgres` });
    await c.connect();
    await c.query('CREATE DATABASE vakt');
    await c.end();
    return this;
  }

  /** One query on a fresh connection. */
  async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
    const c = new pg.Client({ connectionString: this.url });
    await c.connect();
    try {
      return (await c.query<R>(sql, params)).rows;
    } finally {
      await c.end();
    }
  }

  async stop(): Promise<void> {
    const c = this.child;
    this.child = undefined;
    if (c && c.exitCode === null && c.signalCode === null) {
      const exited = new Promise<void>((r) => c.once('exit', () => r()));
      c.kill('SIGINT'); // fast shutdown: abort sessions, no waiting for clients
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private command(bin: string, args: string[]): [string, string[]] {
    const path = join(binDir!, bin);
    return asRoot
      ? ['setpriv', ['--reuid=postgres', '--regid=postgres', '--init-groups', '--', path, ...args]]
      : [path, args];
  }

  private run(bin: string, args: string[]): void {
    const [cmd, argv] = this.command(bin, args);
    execFileSync(cmd, argv, { stdio: 'pipe' });
  }

  private async waitReady(): Promise<void> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const c = new pg.Client({ connectionString: `postgres://vakt@127.0.0.1:${this.port}/postgres` });
      c.on('error', () => {});
      try {
        await c.connect();
        await c.end();
        return;
      } catch {
        if (this.child?.exitCode !== null && this.child?.exitCode !== undefined)
          throw new Error(`postgres exited: ${this.log}`);
        if (Date.now() > deadline) throw new Error(`postgres did not accept connections: ${this.log}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }
}
