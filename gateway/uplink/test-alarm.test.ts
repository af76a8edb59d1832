import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { VaktError } from '../../protocol/errors.ts';
import { v1 } from '../../protocol/uplink/index.ts';
import { EventBus } from '../events.ts';
import { openDatabase } from '../store/database.ts';
import { HubStore } from '../store/hub-store.ts';
import { TestAlarm } from './test-alarm.ts';
import type { UplinkEvents } from './uplink.ts';

class FakeUplink extends EventBus<UplinkEvents> {
  activePath: string | undefined = 'secondary';
  receipt(eventId: string, path = 'secondary'): void {
    const receipt = v1.Receipt.create({ eventId, result: v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED });
    this.emit('receipted', eventId, { createdAt: undefined, path, receipt });
  }
}

function rig() {
  const clock = new FakeClock(Date.UTC(2026, 10, 25, 6));
  const store = new HubStore(openDatabase(mkdtempSync(join(tmpdir(), 'vakt-test-alarm-'))), 'H-1', clock);
  const uplink = new FakeUplink();
  const alarm = new TestAlarm(store, uplink, clock, pino({ level: 'silent' }));
  return { clock, store, uplink, alarm };
}

describe('TestAlarm', () => {
  it('resolves with the round trip and path once its own event is receipted', async () => {
    const { clock, store, uplink, alarm } = rig();
    const pending = alarm.send(0, 30_000);
    const [row] = store.outbox(10);
    expect(row?.payload).toMatchObject({ eventClass: v1.EventClass.EVENT_CLASS_TEST });
    clock.advance(1_200);
    uplink.receipt('some-other-event');
    uplink.receipt(row!.eventId, 'primary');
    await expect(pending).resolves.toEqual({ eventId: row!.eventId, roundTripMs: 1_200, path: 'primary' });
    expect(uplink.listenerCount('receipted')).toBe(0);
    expect(clock.timerCount).toBe(0);
  });

  it('without a receipt in time: a TEST_ALARM_FAILED notice and E_TEST_ALARM_TIMEOUT naming the path', async () => {
    const { clock, store, uplink, alarm } = rig();
    store.pair({ deviceId: 0x00a1b2c3, deviceType: 3, label: 'pendant' });
    const pending = alarm.send(0x00a1b2c3, 5_000);
    const failure = pending.catch((err: unknown) => err);
    clock.advance(4_999);
    expect(store.recentEvents().some((e) => e.summary.startsWith('TEST_ALARM_FAILED'))).toBe(false);
    clock.advance(1);
    const err = await failure;
    expect(err).toBeInstanceOf(VaktError);
    expect(err).toMatchObject({ code: 'E_TEST_ALARM_TIMEOUT' });
    expect((err as Error).message).toMatch(/within 5 s \(uplink path: secondary\)/);
    const notice = store.recentEvents().find((e) => e.summary.startsWith('TEST_ALARM_FAILED'));
    expect(notice).toMatchObject({ deviceId: 0x00a1b2c3 });
    expect(uplink.listenerCount('receipted')).toBe(0);
    // A late receipt changes nothing.
    uplink.receipt(store.outbox(10)[0]!.eventId);
  });
});
