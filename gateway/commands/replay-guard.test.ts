/**
 * Command replay protection against the two holes a nonce table alone leaves: a backup restore
 * (the table comes back old) and wall-clock steps of ±1 h (nonces dropped by wall clock). Real
 * SQLite hub state, a real backup, the real HubMonitor watching a fake wall clock.
 */
import { generateKeyPairSync } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { signCommand, v1 } from '../../protocol/uplink/index.ts';
import { HEALTH_DEFAULTS, HubMonitor } from '../health/hub-monitor.ts';
import { backupDatabase } from '../store/backup.ts';
import { openDatabase } from '../store/database.ts';
import { HubStore } from '../store/hub-store.ts';
import { type CommandActions, CommandHandler } from './command-handler.ts';
import { ReplayGuard } from './replay-guard.ts';

const platform = generateKeyPairSync('ed25519');
const silent = pino({ level: 'silent' });
const R = v1.RejectReason;
const HOUR = 3_600_000;

/** A hub on `dir`: store, replay guard, health monitor (its clock steps are seen), handler. */
function hub(dir: string, clock: FakeClock, wall: { stepped: number }) {
  const db = openDatabase(dir);
  const store = new HubStore(db, 'H-1', clock);
  const ran: string[] = [];
  const act = (what: string) => {
    ran.push(what);
    return 'ok';
  };
  const actions: CommandActions = {
    testAlarm: () => act('test'),
    setHeartbeatInterval: () => act('hb'),
    enterLearnMode: () => act('learn'),
    rebootLink: () => act('reboot'),
    requestInventory: () => act('inventory'),
  };
  const monitor = new HubMonitor(
    clock,
    () => clock.now() - wall.stepped,
    { read: () => ({ mains: true, batteryPercent: 100 }) },
    { check: () => ({ freeMb: 1000, writeError: null }) },
    HEALTH_DEFAULTS,
    { raise: () => {}, clear: () => {}, notice: () => {} },
    silent,
  );
  monitor.start();
  const guard = new ReplayGuard(
    {
      claimNonce: (n, e, b) => store.claimNonce(n, e, b),
      commandHighWater: () => store.commandHighWater(),
      setCommandHighWater: (t) => store.setCommandHighWater(t),
    },
    dir,
    silent,
  );
  guard.start();
  const handler = new CommandHandler('H-1', [platform.publicKey], store, actions, clock, silent, {
    nonces: guard,
    clockTrust: () => monitor.clockTrust(),
  });
  const stop = () => {
    monitor.stop();
    db.close();
  };
  return { db, store, ran, handler, stop };
}

const command = (clock: FakeClock, validForMs = 5 * 60_000) =>
  signCommand({
    hubId: 'H-1',
    action: { rebootLink: {} },
    privateKey: platform.privateKey,
    nowMs: clock.now(),
    validForMs,
  }).bytes;

describe('command replay protection', () => {
  it('a command executed after the last backup is refused once that backup is restored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vakt-replay-'));
    const clock = new FakeClock(Date.UTC(2026, 10, 25, 6));
    const wall = { stepped: 0 };
    const a = hub(dir, clock, wall);
    const backup = join(mkdtempSync(join(tmpdir(), 'vakt-replay-bak-')), 'hub.db');
    await backupDatabase(a.db, backup);
    clock.advance(10_000);
    const bytes = command(clock, 3 * HOUR);
    expect(await a.handler.handle(bytes)).toMatchObject({ status: v1.CommandStatus.COMMAND_STATUS_EXECUTED });
    a.stop();
    // Restore as operations.md says: stop, replace the database file, start.
    for (const f of ['hub.db-wal', 'hub.db-shm']) rmSync(join(dir, f), { force: true });
    copyFileSync(backup, join(dir, 'hub.db'));
    clock.advance(60_000);
    const b = hub(dir, clock, wall);
    expect(b.store.commandHighWater()).toBe(0); // the restored state has never seen the command
    const replay = await b.handler.handle(bytes);
    expect(replay).toMatchObject({ reason: R.REJECT_REASON_REPLAYED });
    expect(replay?.detail).toMatch(/restored from an older backup/);
    // A fresh command, issued after the restore, is executed.
    clock.advance(1000);
    expect(await b.handler.handle(command(clock))).toMatchObject({
      status: v1.CommandStatus.COMMAND_STATUS_EXECUTED,
    });
    expect([...a.ran, ...b.ran]).toEqual(['reboot', 'reboot']);
    b.stop();
  });

  it.each([
    ['+1 h then back', HOUR, v1.CommandStatus.COMMAND_STATUS_EXECUTED],
    // Signed on a time an hour behind a command the hub already ran: the platform's time has passed it.
    ['-1 h then forward', -HOUR, v1.CommandStatus.COMMAND_STATUS_REJECTED],
  ])(
    'clock stepped %s: refused while it settles, and a replay is refused after',
    async (_, stepMs, middle) => {
      const dir = mkdtempSync(join(tmpdir(), 'vakt-replay-'));
      const clock = new FakeClock(Date.UTC(2026, 10, 25, 6));
      const wall = { stepped: 0 };
      const h = hub(dir, clock, wall);
      const first = command(clock, 30 * 60_000);
      expect(await h.handler.handle(first)).toMatchObject({
        status: v1.CommandStatus.COMMAND_STATUS_EXECUTED,
      });
      const step = (ms: number) => {
        clock.jump(ms);
        wall.stepped += ms;
        clock.advance(5_000); // the monitor's next tick sees the step
      };
      step(stepMs);
      const during = await h.handler.handle(command(clock));
      expect(during).toMatchObject({ reason: R.REJECT_REASON_CLOCK_UNTRUSTED });
      expect(during?.detail).toMatch(/stepped/);
      clock.advance(11 * 60_000); // steady again
      // A command signed on the stepped time: after +1 h it runs (and a purge of nonces by wall
      // clock would drop the first command's nonce here).
      expect(await h.handler.handle(command(clock))).toMatchObject({ status: middle });
      step(-stepMs);
      clock.advance(11 * 60_000);
      // 22 min after it was issued by the hub's clock: still valid by wall time, but a replay.
      expect(await h.handler.handle(first)).toMatchObject({ reason: R.REJECT_REASON_REPLAYED });
      expect(h.ran).toHaveLength(middle === v1.CommandStatus.COMMAND_STATUS_EXECUTED ? 2 : 1);
      h.stop();
    },
  );
});
