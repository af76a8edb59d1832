/**
 * The sending window's answers to HOLD_AND_RESEND and TAKE_ALTERNATIVE, in virtual time: a hold is
 * capped at MAX_RESEND_AFTER_S whatever the receipt asks, and a path that refused an event gets it
 * again only after the receipt timeout; an event nobody heard goes again soon, an alarm sooner.
 * The broker link is a stand-in that records publishes (the window's logic is what is tested;
 * real brokers: test/uplink-alternative.test.ts, test/uplink-unheard.test.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { samplePendantAlarm } from '../../protocol/serial/index.ts';
import { MAX_RESEND_AFTER_S, v1 } from '../../protocol/uplink/index.ts';
import { openDatabase } from '../store/database.ts';
import { HubStore } from '../store/hub-store.ts';
import type { BrokerLink } from './broker-link.ts';
import { Delivery } from './delivery.ts';

const RECEIPT_TIMEOUT_MS = 10_000;

/** `heard`: what the stand-in link says of every publish (false: the broker's PUBACK 0x10). */
function rig(o: { event: 'test' | 'alarm'; heard: boolean } = { event: 'test', heard: true }) {
  const clock = new FakeClock(Date.UTC(2026, 10, 25, 6));
  const store = new HubStore(openDatabase(mkdtempSync(join(tmpdir(), 'vakt-delivery-'))), 'H-1', clock);
  const copies: number[] = [];
  const link = {
    up: true,
    name: 'primary',
    publish: async () => {
      copies.push(clock.now());
      return o.heard;
    },
  } as unknown as BrokerLink;
  const delivery = new Delivery(
    store.pending,
    clock,
    { inFlight: 4, receiptTimeoutMs: RECEIPT_TIMEOUT_MS },
    pino({ level: 'silent' }),
  );
  const eventId =
    o.event === 'test' ? store.testEvent(0) : store.acceptDeviceEvent(samplePendantAlarm).eventId;
  delivery.use(link);
  const answer = (result: number, resendAfterS = 0) =>
    delivery.onReceipt(v1.Receipt.fromObject({ eventId, hubId: 'H-1', result, resendAfterS }), result);
  return { clock, copies, delivery, answer };
}

describe('Delivery', () => {
  it(`HOLD_AND_RESEND for 10⁶ s holds for ${MAX_RESEND_AFTER_S} s, not weeks`, () => {
    const { clock, copies, answer } = rig();
    expect(copies).toHaveLength(1);
    answer(v1.ReceiptResult.RECEIPT_RESULT_HOLD_AND_RESEND, 1_000_000);
    clock.advance(MAX_RESEND_AFTER_S * 1000 - 1);
    expect(copies).toHaveLength(1);
    clock.advance(1);
    expect(copies).toHaveLength(2);
  });

  it('TAKE_ALTERNATIVE with no other path: the next copy after the receipt timeout, each time', () => {
    const { clock, copies, answer } = rig();
    for (let i = 1; i <= 5; i++) {
      expect(copies).toHaveLength(i);
      answer(v1.ReceiptResult.RECEIPT_RESULT_TAKE_ALTERNATIVE);
      clock.advance(RECEIPT_TIMEOUT_MS - 1);
      expect(copies).toHaveLength(i); // not at once: that was the storm
      clock.advance(1);
    }
    const gaps = copies.slice(1).map((t, i) => t - copies[i]!);
    expect(gaps).toEqual([
      RECEIPT_TIMEOUT_MS,
      RECEIPT_TIMEOUT_MS,
      RECEIPT_TIMEOUT_MS,
      RECEIPT_TIMEOUT_MS,
      RECEIPT_TIMEOUT_MS,
    ]);
  });

  it('nobody subscribed: an alarm goes again within 1 s each time, twenty times; a test alarm within 2 s, ten', async () => {
    const gaps = async (event: 'test' | 'alarm') => {
      const { clock, copies } = rig({ event, heard: false });
      await clock.advanceAsync(35_000);
      return copies.slice(1).map((t, i) => t - copies[i]!);
    };
    const alarm = await gaps('alarm');
    expect(alarm.slice(0, 20).every((ms) => ms <= 1_000)).toBe(true);
    expect(alarm[20]).toBe(RECEIPT_TIMEOUT_MS);
    const test = await gaps('test');
    expect(test.slice(0, 10).every((ms) => ms <= 2_000)).toBe(true);
    expect(test[10]).toBe(RECEIPT_TIMEOUT_MS);
  });
});
