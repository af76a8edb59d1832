import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { signCommand, v1 } from '../../protocol/uplink/index.ts';
import { EventBus } from '../events.ts';
import { openDatabase } from '../store/database.ts';
import { HubStore } from '../store/hub-store.ts';
import type { BrokerLink } from '../uplink/broker-link.ts';
import type { UplinkEvents } from '../uplink/uplink.ts';
import { CommandHandler } from './command-handler.ts';
import { RemoteCommands } from './remote-commands.ts';

const platform = generateKeyPairSync('ed25519');
const quiet = pino({ level: 'silent' });

/** The uplink as the commands stage sees it: `command` events in, results published out. */
class FakeUplink extends EventBus<UplinkEvents> {
  readonly published: Array<{ kind: string; bytes: Uint8Array; via: BrokerLink | undefined }> = [];
  private waiter: (() => void) | undefined;
  async publishDirect(kind: 'command-result' | 'inventory', bytes: Uint8Array, via?: BrokerLink) {
    this.published.push({ kind, bytes, via });
    this.waiter?.();
  }
  nextPublish(): Promise<void> {
    return new Promise((resolve) => {
      this.waiter = resolve;
    });
  }
}

function rig(withKey: boolean) {
  const clock = new FakeClock(Date.UTC(2026, 10, 25, 6));
  const store = new HubStore(openDatabase(mkdtempSync(join(tmpdir(), 'vakt-remote-'))), 'H-1', clock);
  const ran: string[] = [];
  const actions = {
    testAlarm: () => 'queued',
    setHeartbeatInterval: () => 'ok',
    enterLearnMode: () => 'ok',
    rebootLink: () => {
      ran.push('reboot');
      return 'reopened';
    },
    requestInventory: () => 'ok',
  };
  const handler = withKey
    ? new CommandHandler('H-1', [platform.publicKey], store, actions, clock, quiet)
    : undefined;
  const uplink = new FakeUplink();
  const commands = new RemoteCommands(uplink, handler, quiet, clock);
  commands.start();
  const bytes = signCommand({
    hubId: 'H-1',
    action: { rebootLink: {} },
    privateKey: platform.privateKey,
    nowMs: clock.now(),
  }).bytes;
  return { uplink, commands, ran, bytes };
}

describe('RemoteCommands', () => {
  it('runs a command heard on the uplink and answers on the link it came on', async () => {
    const { uplink, ran, bytes } = rig(true);
    const via = { name: 'secondary' } as BrokerLink;
    const published = uplink.nextPublish();
    uplink.emit('command', bytes, via);
    await published;
    expect(ran).toEqual(['reboot']);
    expect(uplink.published).toHaveLength(1);
    const [answer] = uplink.published;
    expect(answer!.kind).toBe('command-result');
    expect(answer!.via).toBe(via);
    expect(v1.CommandResult.decode(answer!.bytes)).toMatchObject({
      status: v1.CommandStatus.COMMAND_STATUS_EXECUTED,
      detail: 'reopened',
    });
  });

  it('a flood of garbage on the command topic: nothing published, nothing run', async () => {
    const { uplink, ran, bytes } = rig(true);
    for (let i = 0; i < 1000; i++)
      uplink.emit('command', Uint8Array.from([i & 0xff, 1, 2]), {} as BrokerLink);
    // A signed command after the flood is the marker: once its result is out, every garbage
    // payload before it has been refused (refusal takes no await, running a command does).
    const published = uplink.nextPublish();
    uplink.emit('command', bytes, {} as BrokerLink);
    await published;
    expect(uplink.published.map((p) => v1.CommandResult.decode(p.bytes).detail)).toEqual(['reopened']);
    expect(ran).toEqual(['reboot']);
  });

  it('with no platform key configured, ignores commands; after stop, hears none', async () => {
    const { uplink, commands, bytes } = rig(false);
    uplink.emit('command', bytes, {} as BrokerLink);
    await new Promise((r) => setImmediate(r));
    expect(uplink.published).toEqual([]);
    commands.stop();
    expect(uplink.listenerCount('command')).toBe(0);
  });
});
