import { describe, expect, it } from 'vitest';
import { MEMORY_OUTBOX_MAX, MemoryOutbox } from './memory-outbox.ts';
import type { OutboxRow } from './rows.ts';

let n = 0;
const row = (priority: number, createdAt = n): OutboxRow => ({
  eventId: `e${++n}`,
  class: priority === 0 ? 'alarm' : 'technical',
  priority,
  payload: {},
  createdAt,
  attempts: 0,
  lastSentAt: null,
  smsAt: null,
});

describe('memory outbox (storage failing)', () => {
  it('keeps one event per key across retransmissions and remembers it once receipted', () => {
    let added = 0;
    const m = new MemoryOutbox(() => added++);
    const first = m.hold('dev/1', () => row(0));
    const again = m.hold('dev/1', () => row(0));
    expect(again).toEqual({ eventId: first.eventId, held: false });
    expect(added).toBe(1);
    expect(m.receiptedEventFor('dev/1')).toBeUndefined();
    expect([...m.receipted([first.eventId]).keys()]).toEqual([first.eventId]);
    expect(m.receiptedEventFor('dev/1')).toBe(first.eventId);
    expect(m.size).toBe(0);
    expect(m.receipted([first.eventId]).size).toBe(0);
  });

  it('hands out rows alarms first, oldest first, skipping what is in flight', () => {
    const m = new MemoryOutbox();
    const tech = m.hold('t', () => row(1, 1)).eventId;
    const late = m.hold('a2', () => row(0, 3)).eventId;
    const early = m.hold('a1', () => row(0, 2)).eventId;
    expect(m.next(10, () => false).map((r) => r.eventId)).toEqual([early, late, tech]);
    expect(m.next(2, (id) => id === early).map((r) => r.eventId)).toEqual([late, tech]);
  });

  it('never drops an alarm when full; drops the oldest lower-class event', () => {
    const m = new MemoryOutbox();
    const oldTech = m.hold('t0', () => row(1, 0)).eventId;
    for (let i = 0; i < MEMORY_OUTBOX_MAX; i++) m.hold(`a${i}`, () => row(0, i + 1));
    expect(m.size).toBe(MEMORY_OUTBOX_MAX);
    expect(m.has(oldTech)).toBe(false);
    m.hold('a-extra', () => row(0, 5_000));
    expect(m.size).toBe(MEMORY_OUTBOX_MAX + 1); // only alarms left: all kept
  });
});
