import { generateKeyPairSync } from 'node:crypto';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { signReceipt, v1, type vakt } from '../../protocol/uplink/index.ts';
import type { NoticeInput } from '../store/rows.ts';
import { ReceiptGate } from './receipt-gate.ts';

const platform = generateKeyPairSync('ed25519');
const R = v1.ReceiptResult;

function rig() {
  const clock = new FakeClock(Date.UTC(2026, 10, 25, 6));
  const notices: NoticeInput[] = [];
  const gate = new ReceiptGate(
    { hubId: 'H-1', publicKeys: [platform.publicKey] },
    (n) => notices.push(n),
    clock,
    pino({ level: 'silent' }),
    600_000,
  );
  return { clock, notices, gate };
}

const waiting = (id: string) => id === 'e-1';
const receipt = (o: Partial<vakt.v1.IReceipt> = {}, signed = true) => {
  const r = { eventId: 'e-1', hubId: 'H-1', result: R.RECEIPT_RESULT_ACCEPTED, atMs: 1, ...o };
  return v1.Receipt.decode(signed ? signReceipt(r, platform.privateKey) : v1.Receipt.encode(r).finish());
};

describe('ReceiptGate', () => {
  it('acts on a signed receipt for an event it waits for; ignores stale ones without a notice', () => {
    const { gate, notices } = rig();
    expect(gate.admit(receipt(), waiting)).toBe(R.RECEIPT_RESULT_ACCEPTED);
    expect(gate.admit(receipt({ eventId: 'gone' }), waiting)).toBeUndefined();
    expect(gate.stats).toMatchObject({ acted: 1, stale: 1, untrusted: {} });
    expect(notices).toEqual([]);
  });

  it('refused receipts: one RECEIPT_UNTRUSTED notice per interval with the counts since the last', () => {
    const { gate, notices, clock } = rig();
    for (let i = 0; i < 100; i++) expect(gate.admit(receipt({}, false), waiting)).toBeUndefined();
    expect(gate.admit(receipt({ hubId: 'H-2' }), waiting)).toBeUndefined();
    expect(notices).toHaveLength(1); // the first at once…
    expect(notices[0]).toMatchObject({ kind: 'RECEIPT_UNTRUSTED', details: { unsigned: '1' } });
    clock.advance(600_000); // …the rest once the interval is over, in one notice
    expect(notices).toHaveLength(2);
    expect(notices[1]!.details).toMatchObject({ unsigned: '99', wrong_hub: '1', last_event_id: 'e-1' });
    expect(notices[1]!.rootCause).toMatch(
      /100 receipt\(s\).*between 2026-11-25T06:00:00.000Z and 2026-11-25T06:10:00.000Z/,
    );
    clock.advance(3_600_000);
    expect(notices).toHaveLength(2); // nothing new, nothing sent
    expect(gate.stats.untrusted).toEqual({ unsigned: 100, wrong_hub: 1 });
  });
});
