import { describe, expect, it } from 'vitest';
import type { FleetLane } from '../../tools/fleet/fleet-hub.ts';
import { StormOrder } from './storm-order.ts';

const receipted = (hubId: string, lane: FleetLane) =>
  ({ k: 'receipted', hubId, lane, raisedAt: 0, at: 1, upAt: 0 }) as const;
const unheard = (hubId: string, lane: FleetLane) => ({ k: 'unheard', hubId, lane }) as const;

describe('StormOrder', () => {
  it('excuses a test receipted first only when the alarm went unheard more often than the test', () => {
    const o = new StormOrder();
    // In order.
    for (const e of [
      unheard('A', 'alarm'),
      unheard('A', 'test'),
      receipted('A', 'alarm'),
      receipted('A', 'test'),
    ])
      o.onEvent(e);
    // The receiver subscribed between B's two publishes: the alarm unheard, the test heard.
    for (const e of [unheard('B', 'alarm'), receipted('B', 'test'), receipted('B', 'alarm')]) o.onEvent(e);
    // A priority fault: both unheard alike, the test first all the same.
    for (const e of [
      unheard('C', 'test'),
      unheard('C', 'alarm'),
      receipted('C', 'test'),
      receipted('C', 'alarm'),
    ])
      o.onEvent(e);
    // A priority fault with nothing unheard.
    for (const e of [receipted('D', 'technical'), receipted('D', 'alarm')]) o.onEvent(e);
    expect(o.alarmOvertaken().map((h) => h.split(' ')[0])).toEqual(['C', 'D']);
    expect(o.alarmFirst()).toBe(1);
    o.clear();
    expect([o.alarmOvertaken(), o.receipts.size]).toEqual([[], 0]);
  });
});
