/**
 * The systemd notify protocol (sd_notify(3)) without a native addon. Node cannot send Unix
 * datagrams, so each message is handed to a short-lived helper process:
 *
 * - `systemd-notify` (systemd ≥ 246) when installed. It waits on a BARRIER until systemd has
 *   read the message, so with `NotifyAccess=all` systemd can still find the sender's unit.
 * - `socat` otherwise (`UNIX-SENDTO`, or `ABSTRACT-SENDTO` for a NOTIFY_SOCKET starting with
 *   `@`). socat exits at once, so systemd may occasionally fail to attribute a message to the
 *   unit; docs/operations.md says to prefer systemd-notify.
 * - neither: one warning, and the service must not use Type=notify / WatchdogSec.
 *
 * Sending never blocks the daemon and never throws; a failed send is logged.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Logger } from 'pino';

export type NotifyTransport = 'systemd-notify' | 'socat';

/** The environment systemd gives a service: NOTIFY_SOCKET, WATCHDOG_USEC, WATCHDOG_PID (and PATH). */
export type NotifyEnv = Record<string, string | undefined>;

export type NotifyFields = Record<string, string | number>;

type Spawn = (bin: string, args: string[], options: { stdio: Array<'pipe' | 'ignore'> }) => ChildProcess;

/** Helpers that stay alive at once (each lives until systemd read its message); beyond it, WATCHDOG pings are skipped. */
const MAX_PENDING = 8;

/** Where `bin` is on PATH (plus the sbin directories a service's PATH may lack), or undefined. */
export function findExecutable(bin: string, path = process.env.PATH ?? ''): string | undefined {
  const dirs = [...path.split(delimiter).filter(Boolean), '/usr/bin', '/bin', '/usr/sbin', '/sbin'];
  for (const d of dirs) {
    const candidate = join(d, bin);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** One sd_notify datagram: `KEY=value` lines. Newlines inside a value would start a new field. */
export function formatFields(fields: NotifyFields): string[] {
  return Object.entries(fields).map(([k, v]) => `${k}=${String(v).replace(/[\r\n]+/g, ' ')}`);
}

export class SdNotify {
  readonly socket: string | undefined;
  readonly transport: NotifyTransport | undefined;
  private readonly bin: string | undefined;
  private readonly spawnImpl: Spawn;
  private pending = 0;
  private failures = 0;

  constructor(
    private readonly env: NotifyEnv,
    private readonly log: Logger,
    options: { transport?: NotifyTransport; spawn?: Spawn } = {},
  ) {
    this.spawnImpl = options.spawn ?? (spawn as unknown as Spawn);
    this.socket = env.NOTIFY_SOCKET || undefined;
    if (!this.socket) return;
    const order: NotifyTransport[] = options.transport ? [options.transport] : ['systemd-notify', 'socat'];
    for (const t of order) {
      const bin = findExecutable(t, env.PATH);
      if (bin) {
        this.transport = t;
        this.bin = bin;
        break;
      }
    }
    if (!this.bin)
      log.warn(
        { notifySocket: this.socket },
        'NOTIFY_SOCKET is set but neither systemd-notify nor socat is installed: systemd gets no READY=1 or watchdog pings; install systemd or socat, or use Type=simple without WatchdogSec',
      );
  }

  /** True when systemd asked for notifications and a helper can send them. */
  get enabled(): boolean {
    return this.bin !== undefined;
  }

  /**
   * The watchdog timeout systemd set for this process (WATCHDOG_USEC), in ms; undefined when the
   * watchdog is off or meant for another process (WATCHDOG_PID).
   */
  watchdogMs(pid = process.pid): number | undefined {
    const usec = Number(this.env.WATCHDOG_USEC);
    if (!Number.isFinite(usec) || usec <= 0) return undefined;
    if (this.env.WATCHDOG_PID && Number(this.env.WATCHDOG_PID) !== pid) return undefined;
    return Math.max(1, Math.floor(usec / 1000));
  }

  /** Sends one datagram of fields. `WATCHDOG` alone may be skipped while helpers pile up. */
  send(fields: NotifyFields): void {
    if (!this.bin || !this.socket) return;
    const onlyPing = Object.keys(fields).every((k) => k === 'WATCHDOG');
    if (onlyPing && this.pending >= MAX_PENDING) {
      this.log.warn({ pending: this.pending }, 'watchdog ping skipped: earlier notify helpers still running');
      return;
    }
    const lines = formatFields(fields);
    try {
      const child =
        this.transport === 'systemd-notify'
          ? this.spawnImpl(this.bin, lines, { stdio: ['ignore', 'ignore', 'ignore'] })
          : this.spawnImpl(this.bin, ['-u', '-', socatAddress(this.socket)], {
              stdio: ['pipe', 'ignore', 'ignore'],
            });
      this.pending++;
      let settled = false;
      const settle = (problem: string | undefined) => {
        if (settled) return;
        settled = true;
        this.pending--;
        if (problem) this.failed(lines, problem);
      };
      child.on('error', (err) => settle(err.message));
      child.on('exit', (code) => settle(code === 0 ? undefined : `${this.transport} exited with ${code}`));
      // Trailing newline: a datagram of `KEY=value` lines; also keeps captured streams readable.
      child.stdin?.on('error', () => {});
      child.stdin?.end(`${lines.join('\n')}\n`);
      child.unref();
    } catch (err) {
      this.failed(lines, (err as Error).message);
    }
  }

  private failed(lines: string[], reason: string): void {
    this.failures++;
    // The first failure says why; later ones only at debug so a broken helper cannot flood the journal.
    const level = this.failures === 1 ? 'warn' : 'debug';
    this.log[level]({ fields: lines.map((l) => l.split('=')[0]), reason }, 'systemd notification not sent');
  }
}

/** socat's address for the notify socket; `@name` is Linux's abstract namespace. */
export function socatAddress(socket: string): string {
  return socket.startsWith('@') ? `ABSTRACT-SENDTO:${socket.slice(1)}` : `UNIX-SENDTO:${socket}`;
}
