import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { signCommand, v1, vakt } from '../../protocol/uplink/index.ts';
import { openDatabase } from '../store/database.ts';
import { HubStore } from '../store/hub-store.ts';
import { type CommandActions, CommandHandler } from './command-handler.ts';

const platform = generateKeyPairSync('ed25519');
const stranger = generateKeyPairSync('ed25519');

function rig(dir = mkdtempSync(join(tmpdir(), 'vakt-cmd-'))) {
  const clock = new FakeClock(Date.UTC(2026, 10, 25, 6));
  const db = openDatabase(dir);
  const store = new HubStore(db, 'H-1', clock);
  const ran: string[] = [];
  const actions: CommandActions = {
    testAlarm: (id) => {
      ran.push(`test:${id}`);
      return 'queued';
    },
    setHeartbeatInterval: (s) => {
      ran.push(`hb:${s}`);
      return 'ok';
    },
    enterLearnMode: (t) => {
      ran.push(`learn:${t}`);
      return 'ok';
    },
    rebootLink: () => {
      ran.push('reboot');
      return 'ok';
    },
    requestInventory: () => {
      ran.push('inventory');
      return 'ok';
    },
  };
  const handler = new CommandHandler(
    'H-1',
    [platform.publicKey],
    store,
    actions,
    clock,
    pino({ level: 'silent' }),
  );
  return { clock, db, dir, ran, handler };
}

const sign = (clock: FakeClock, o: Partial<Parameters<typeof signCommand>[0]> = {}) =>
  signCommand({
    hubId: 'H-1',
    action: { rebootLink: {} },
    privateKey: platform.privateKey,
    nowMs: clock.now(),
    ...o,
  }).bytes;

describe('signed commands', () => {
  it('executes a valid command once; a replay, even after a restart, is rejected and not run', async () => {
    const a = rig();
    const bytes = sign(a.clock);
    expect(await a.handler.handle(bytes)).toMatchObject({ status: v1.CommandStatus.COMMAND_STATUS_EXECUTED });
    expect(await a.handler.handle(bytes)).toMatchObject({ reason: v1.RejectReason.REJECT_REASON_REPLAYED });
    a.db.close();
    const b = rig(a.dir); // the hub restarted: nonces are in the hub state
    expect(await b.handler.handle(bytes)).toMatchObject({ reason: v1.RejectReason.REJECT_REASON_REPLAYED });
    expect([...a.ran, ...b.ran]).toEqual(['reboot']);
  });

  it('rejects foreign, expired and out-of-range commands (answered) and forged, tampered, undecodable ones (not answered), running none', async () => {
    const r = rig();
    const R = v1.RejectReason;
    const forged = sign(r.clock, { privateKey: stranger.privateKey });
    const good = vakt.v1.Command.decode(sign(r.clock));
    const tampered = vakt.v1.Command.encode({
      ...good,
      body: Uint8Array.from(good.body, (b, i) => (i === 5 ? b ^ 1 : b)),
    }).finish();
    const otherHub = sign(r.clock, { hubId: 'H-2' });
    const expired = sign(r.clock, { nowMs: r.clock.now() - 3_600_000, validForMs: 60_000 });
    const range = sign(r.clock, { action: { setHeartbeatInterval: { intervalS: 5 } } });
    // Signed by the platform: answered REJECTED with the reason and the command id.
    const cases: Array<[Uint8Array, number]> = [
      [otherHub, R.REJECT_REASON_WRONG_HUB],
      [expired, R.REJECT_REASON_EXPIRED],
      [range, R.REJECT_REASON_OUT_OF_RANGE],
    ];
    for (const [bytes, reason] of cases)
      expect(await r.handler.handle(bytes)).toMatchObject({
        status: v1.CommandStatus.COMMAND_STATUS_REJECTED,
        reason,
        commandId: expect.stringMatching(/.+/),
      });
    // Not signed by a trusted key (unknown key, bad signature, undecodable): counted, not answered.
    for (const bytes of [forged, tampered, Uint8Array.from([1, 2, 3])])
      expect(await r.handler.handle(bytes)).toBeUndefined();
    expect(r.ran).toEqual([]);
  });

  it('runs each documented action', async () => {
    const r = rig();
    for (const action of [
      { testAlarm: { deviceId: 0x00a1b2c3 } },
      { setHeartbeatInterval: { intervalS: 300 } },
      { enterLearnMode: { timeoutS: 60 } },
      { requestInventory: {} },
    ])
      expect(await r.handler.handle(sign(r.clock, { action }))).toMatchObject({
        status: v1.CommandStatus.COMMAND_STATUS_EXECUTED,
      });
    expect(r.ran).toEqual([`test:${0x00a1b2c3}`, 'hb:300', 'learn:60', 'inventory']);
  });
});
