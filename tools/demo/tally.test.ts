import { describe, expect, it } from 'vitest';
import { DemoTally, percentile } from './tally.ts';

describe('the demo summary', () => {
  it('counts alarms, their receipts, latency percentiles and technical alarms', () => {
    const t = new DemoTally();
    t.add({ kind: 'device_event', at: 1, eventId: 'a1', eventClass: 'alarm', statusCode: 10 });
    t.add({ kind: 'device_event', at: 2, eventId: 's1', eventClass: 'status', statusCode: 76 });
    t.add({ kind: 'device_event', at: 3, eventId: 'a2', eventClass: 'alarm', statusCode: 11 });
    expect(t.unreceiptedAlarms).toBe(2);
    t.add({ kind: 'receipted', at: 4, eventId: 'a1', receiptedAfterMs: 12 });
    t.add({ kind: 'receipted', at: 5, eventId: 's1', receiptedAfterMs: 30 });
    t.add({ kind: 'technical_raised', at: 6, eventId: 't1', technicalKind: 'RECEIVER_LOST' });
    t.add({ kind: 'technical_cleared', at: 7, eventId: 't2', technicalKind: 'RECEIVER_LOST' });
    expect(t.unreceiptedAlarms).toBe(1);
    expect(t.summary()).toEqual([
      'alarms            2 sent, 1 receipted by the platform',
      'receipts          2 (alarms, statuses, tests and technical alarms alike)',
      'latency           p50 12 ms, p99 30 ms (accepted by the hub → receipted by the platform)',
      'technical alarms  1 raised, 1 cleared (receiver lost)',
    ]);
  });

  it('nearest-rank percentiles', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });

  it('says so when nothing was receipted yet', () => {
    expect(new DemoTally().summary()[2]).toBe('latency           no receipt yet');
  });
});
