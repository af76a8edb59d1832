/**
 * systemd's notify protocol from a real `vakt run`, with socat listening on a Unix datagram
 * socket in systemd's place: READY=1 once the control socket listens, WATCHDOG=1 every half
 * WATCHDOG_USEC while healthy, no ping while the store cannot take a write, STOPPING=1 on SIGTERM.
 * The socat transport (for hubs without systemd-notify) is checked on a path and an abstract socket.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { SdNotify } from '../gateway/service/sd-notify.ts';
import { startEmbeddedBroker } from '../tools/broker/embedded-broker.ts';
import { startHubDaemon } from './support/hub-daemon.ts';
import { elapsed, waitFor } from './support/wait-for.ts';
import { platform } from './support/uplink-rig.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const quiet = pino({ level: 'silent' });

/** A fake systemd: everything sent to `address` (socat syntax), as one string. */
async function fakeSystemd(address: string, ready: () => boolean) {
  let received = '';
  const child: ChildProcess = spawn('socat', ['-u', address, '-']);
  child.stdout!.on('data', (d: Buffer) => {
    received += d.toString();
  });
  cleanup.push(() => child.kill());
  await waitFor(ready, { ms: 5000, what: 'the fake systemd socket to be bound' });
  return {
    text: () => received,
    /** READY=1, WATCHDOG=1 and STOPPING=1 in arrival order. */
    tokens: (): string[] => received.match(/READY=1|WATCHDOG=1|STOPPING=1/g) ?? [],
  };
}

describe('vakt run under systemd (Type=notify, WatchdogSec)', () => {
  it('READY=1 after start, WATCHDOG=1 while healthy, withheld while the store is locked, STOPPING=1 on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vakt-notify-'));
    const socket = join(dir, 'notify.sock');
    const systemd = await fakeSystemd(`UNIX-RECV:${socket}`, () => existsSync(socket));
    const broker = await startEmbeddedBroker({ port: 0 });
    cleanup.push(() => broker.close());
    const p = await platform(broker.url); // receipts the hub heartbeats, so the uplink stays up
    cleanup.push(() => p.r.stop());
    const hub = await startHubDaemon({
      broker: broker.url,
      env: { NOTIFY_SOCKET: socket, WATCHDOG_USEC: '2000000' },
    });
    cleanup.push(() => hub.stop());

    await waitFor(() => systemd.tokens().filter((t) => t === 'WATCHDOG=1').length >= 3, {
      ms: 10_000,
      what: 'three WATCHDOG=1 pings',
    });
    expect(systemd.tokens()[0]).toBe('READY=1');
    expect(systemd.text()).toMatch(/STATUS=running: 0 devices/);

    // Another process holds the write lock: the liveness check fails and no ping goes out.
    const intruder = new Database(join(hub.dir, 'state', 'hub.db'));
    intruder.exec('BEGIN EXCLUSIVE');
    await waitFor(() => systemd.text().includes('STATUS=unhealthy'), { ms: 5000, what: 'STATUS=unhealthy' });
    const unhealthyAt = systemd.text().indexOf('STATUS=unhealthy');
    // The absence of pings is under test: it needs three ping periods (WatchdogSec / 2) to show.
    await waitFor(elapsed(Date.now(), 3 * 1000), { what: 'three ping periods while locked' });
    const whileLocked = systemd.text().slice(unhealthyAt);
    intruder.exec('ROLLBACK');
    intruder.close();
    expect(whileLocked).not.toMatch(/WATCHDOG=1/);
    expect(whileLocked).toMatch(/takes no write/);
    const pingsBefore = systemd.tokens().length;
    await waitFor(() => systemd.tokens().length >= pingsBefore + 2, {
      ms: 6000,
      what: 'two more notifications once the lock is gone',
    });
    expect(systemd.text().slice(unhealthyAt)).toMatch(/STATUS=running/);

    hub.daemon.child.kill('SIGTERM');
    expect(await hub.daemon.exit).toBe(0);
    await waitFor(() => systemd.tokens().includes('STOPPING=1'), { ms: 5000, what: 'STOPPING=1' });
    expect(systemd.tokens().filter((t) => t === 'READY=1')).toHaveLength(1);
  }, 40_000);

  it('no NOTIFY_SOCKET: nothing is sent and the watchdog stays off', () => {
    const n = new SdNotify({ WATCHDOG_USEC: '1000000', PATH: process.env.PATH }, quiet);
    expect(n.enabled).toBe(false);
    expect(n.socket).toBeUndefined();
  });

  it('WATCHDOG_PID of another process turns the watchdog off for this one', () => {
    const env = { NOTIFY_SOCKET: '/run/x', WATCHDOG_USEC: '30000000', PATH: process.env.PATH };
    const n = new SdNotify({ ...env, WATCHDOG_PID: String(process.pid + 1) }, quiet);
    expect(n.watchdogMs()).toBeUndefined();
    expect(new SdNotify({ ...env, WATCHDOG_PID: String(process.pid) }, quiet).watchdogMs()).toBe(30_000);
  });

  it.each([
    ['a socket path', (dir: string) => join(dir, 'n.sock')],
    ['an abstract socket (@name)', (dir: string) => `@vakt-test-${dir.slice(-6)}`],
  ])('socat transport delivers one datagram per message to %s', async (_name, where) => {
    const dir = mkdtempSync(join(tmpdir(), 'vakt-notify-'));
    const target = where(dir);
    const abstract = target.startsWith('@');
    const listen = abstract ? `ABSTRACT-RECV:${target.slice(1)}` : `UNIX-RECV:${target}`;
    // An abstract socket has no file: the kernel lists it, bound, in /proc/net/unix as "@name".
    const bound = () =>
      abstract ? readFileSync('/proc/net/unix', 'utf8').includes(` ${target}\n`) : existsSync(target);
    const systemd = await fakeSystemd(listen, bound);
    const n = new SdNotify({ NOTIFY_SOCKET: target, PATH: process.env.PATH }, quiet, { transport: 'socat' });
    expect(n.transport).toBe('socat');
    n.send({ READY: 1, STATUS: 'running\nsecond line' });
    await waitFor(() => systemd.tokens().length === 1, { ms: 5000, what: 'the first notification' });
    n.send({ WATCHDOG: 1 });
    await waitFor(() => systemd.tokens().length === 2, { ms: 5000, what: 'the second notification' });
    expect(systemd.text()).toBe('READY=1\nSTATUS=running second line\nWATCHDOG=1\n');
  });
});
