/**
 * `vakt backup` against a running `vakt run`: the copy is written 0600, opens, passes SQLite's
 * check and holds the paired device; it never overwrites; a failed copy leaves nothing behind.
 * Restoring it as docs/operations.md says (stop, copy over hub.db, start) brings back what the
 * hub had when the copy was taken.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { callGateway } from '../gateway/control/client.ts';
import { DEBOUNCE_MS } from '../firmware-sim/devices/firmware.ts';
import { simInstallCode } from '../firmware-sim/devices/install-codes.ts';
import type { Pendant } from '../firmware-sim/devices/pendant.ts';
import { RESTORE_COUNTER_JUMP } from '../gateway/store/device-keys-table.ts';
import { MIGRATIONS } from '../gateway/store/migrations.ts';
import { startHubDaemon } from './support/hub-daemon.ts';
import { runCli } from './support/run-cli.ts';
import { elapsed, waitFor } from './support/wait-for.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

describe('vakt backup', () => {
  it('writes a consistent 0600 copy holding the paired device; restore brings it back', async () => {
    const hub = await startHubDaemon();
    cleanup.push(() => hub.stop());
    await callGateway(hub.socket, 'pair', {
      allowUnauthenticated: true,
      deviceId: '00A1B2C3',
      deviceType: 3,
      label: 'bedroom pendant',
    });
    const out = mkdtempSync(join(tmpdir(), 'vakt-backup-'));
    const copy = join(out, 'hub-copy.db');

    const r = await runCli(['backup', '--socket', hub.socket, '--to', copy, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { path: string; devices: number; schemaVersion: number };
    expect(result).toMatchObject({ path: copy, devices: 1, schemaVersion: MIGRATIONS.length });
    expect(statSync(copy).mode & 0o777).toBe(0o600);
    expect(readdirSync(out)).toEqual(['hub-copy.db']); // one self-contained file, no -wal/-shm
    const db = new Database(copy, { readonly: true });
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT device_id, label FROM devices').all()).toEqual([
      { device_id: 0x00a1b2c3, label: 'bedroom pendant' },
    ]);
    db.close();

    const again = await runCli(['backup', '--socket', hub.socket, '--to', copy]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    const nowhere = await runCli(['backup', '--socket', hub.socket, '--to', join(out, 'no-dir', 'x.db')]);
    expect(nowhere.status).toBe(3); // E_CONTROL_UNAVAILABLE: the environment, not the request
    expect(nowhere.stderr).toMatch(/cannot write the backup .*ENOENT/);
    expect(readdirSync(out).filter((f) => f.includes('partial'))).toEqual([]);
    const usage = await runCli(['backup', '--socket', hub.socket]);
    expect(usage.status).toBe(2);

    // The hub moves on after the copy…
    await callGateway(hub.socket, 'unpair', { deviceId: '00A1B2C3' });
    expect(((await callGateway(hub.socket, 'devices')) as { paired: unknown[] }).paired).toEqual([]);
    // …and the restore puts it back: stop, replace hub.db (dropping any WAL of the old file), start.
    hub.daemon.child.kill('SIGTERM');
    expect(await hub.daemon.exit).toBe(0);
    const state = join(hub.dir, 'state');
    for (const f of ['hub.db-wal', 'hub.db-shm']) rmSync(join(state, f), { force: true });
    copyFileSync(copy, join(state, 'hub.db'));
    await hub.run();
    const devices = (await callGateway(hub.socket, 'devices')) as { paired: Array<{ deviceId: string }> };
    expect(devices.paired.map((d) => d.deviceId)).toEqual(['00A1B2C3']);
    expect(existsSync(join(state, 'hub.db'))).toBe(true);
  }, 40_000);

  it('a restored hub advances its device-link counters by 2^20, so a device that saw later ACKs accepts the next one', async () => {
    const B1 = 0x00a1b2c3;
    const hub = await startHubDaemon({
      devices: '  - { name: B1, id: 00A1B2C3, kind: pendant, link: v2 }\n',
    });
    cleanup.push(() => hub.stop());
    await callGateway(hub.socket, 'pair', {
      deviceId: '00A1B2C3',
      deviceType: 3,
      installCode: simInstallCode(B1),
    });
    const pendant = hub.sim.device('B1') as Pendant;
    const acks: number[] = [];
    hub.sim.on('event', (e) => {
      if (e.type === 'serial_in' && e.frame.kind === 'ack' && e.frame.deviceId === B1 && e.frame.security)
        acks.push(e.frame.security.counter);
    });
    const acked = () => hub.sim.events.filter((e) => e.type === 'acked' && e.deviceId === B1).length;
    const press = async (n: number) => {
      const at = Date.now();
      await waitFor(elapsed(at, DEBOUNCE_MS + 100), { what: "the button's debounce to pass" });
      pendant.press();
      await waitFor(() => acked() >= n, { what: `press ${n} to be ACKed`, ms: 20_000 });
    };
    await press(1);
    const copy = join(mkdtempSync(join(tmpdir(), 'vakt-backup-')), 'hub-copy.db');
    expect((await runCli(['backup', '--socket', hub.socket, '--to', copy])).status).toBe(0);
    const inCopy = new Database(copy, { readonly: true });
    const { tx_counter: backedUp } = inCopy.prepare('SELECT tx_counter FROM device_keys').get() as {
      tx_counter: number;
    };
    inCopy.close();
    await press(2); // the pendant now holds an ACK counter the copy predates

    hub.daemon.child.kill('SIGTERM');
    expect(await hub.daemon.exit).toBe(0);
    for (const f of ['hub.db-wal', 'hub.db-shm']) rmSync(join(hub.stateDir, f), { force: true });
    copyFileSync(copy, join(hub.stateDir, 'hub.db'));
    await hub.run();
    await press(3);
    expect(acks.at(-1)).toBeGreaterThanOrEqual(backedUp + RESTORE_COUNTER_JUMP);
    expect(hub.sim.events.filter((e) => e.type === 'rejected')).toEqual([]);
    // Once per restore: a restart of the restored hub does not jump again.
    hub.daemon.child.kill('SIGTERM');
    expect(await hub.daemon.exit).toBe(0);
    await hub.run();
    await press(4);
    expect(acks.at(-1)! - acks.at(-2)!).toBe(1);
  }, 90_000);
});
