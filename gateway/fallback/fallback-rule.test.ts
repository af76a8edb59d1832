import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { EventBus } from '../events.ts';
import { openDatabase } from '../store/database.ts';
import { HubStore, type OutboxRow } from '../store/hub-store.ts';
import type { UplinkEvents } from '../uplink/uplink.ts';
import { FallbackRule } from './fallback-rule.ts';

class FakeUplink extends EventBus<UplinkEvents> {}

function rig(withSms = true) {
  const store = new HubStore(
    openDatabase(mkdtempSync(join(tmpdir(), 'vakt-fallback-'))),
    'H-1',
    new FakeClock(),
  );
  const uplink = new FakeUplink();
  const urgent: string[] = [];
  const rule = new FallbackRule(uplink, store, withSms ? { sendNow: (id) => urgent.push(id) } : undefined);
  rule.start();
  const notices = () => store.recentEvents().filter((e) => e.summary.startsWith('DELIVERY_FELL_BACK'));
  return { store, uplink, urgent, rule, notices };
}

const row = (eventId: string, priority: number) => ({ eventId, priority }) as OutboxRow;

describe('FallbackRule', () => {
  it('a rejected alarm is reported and goes by SMS at once', () => {
    const { uplink, urgent, notices } = rig();
    uplink.emit('rejected', row('e-alarm', 0), 'schema mismatch');
    expect(urgent).toEqual(['e-alarm']);
    expect(notices()).toHaveLength(1);
    expect(notices()[0]!.summary).toMatch(/rejected event e-alarm: schema mismatch/);
  });

  it('a rejected lower-priority event is reported but not sent by SMS', () => {
    const { uplink, urgent, notices } = rig();
    uplink.emit('rejected', row('e-status', 3), 'bad field');
    expect(urgent).toEqual([]);
    expect(notices()).toHaveLength(1);
  });

  it('TAKE_ALTERNATIVE with no broker left sends the event by SMS', () => {
    const { uplink, urgent, notices } = rig();
    uplink.emit('alternative', 'e-alt');
    expect(urgent).toEqual(['e-alt']);
    expect(notices()).toHaveLength(0);
  });

  it('without an SMS fallback the rejection is still reported', () => {
    const { uplink, notices } = rig(false);
    uplink.emit('rejected', row('e-alarm', 0), 'schema mismatch');
    uplink.emit('alternative', 'e-alt');
    expect(notices()).toHaveLength(1);
  });

  it('hears nothing after stop', () => {
    const { uplink, urgent, rule, notices } = rig();
    rule.stop();
    uplink.emit('rejected', row('e-alarm', 0), 'late');
    uplink.emit('alternative', 'e-alt');
    expect(urgent).toEqual([]);
    expect(notices()).toHaveLength(0);
    expect(uplink.listenerCount('rejected') + uplink.listenerCount('alternative')).toBe(0);
  });
});
