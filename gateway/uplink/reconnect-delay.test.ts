import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './reconnect-delay.ts';

describe('reconnectDelay', () => {
  it('retries first within reconnectMin, at once when the draw is 0', () => {
    expect(reconnectDelay(0, 1000, 5000, () => 0)).toBe(0);
    expect(reconnectDelay(0, 1000, 5000, () => 0.999)).toBeCloseTo(999);
  });

  it('doubles the ceiling per attempt up to reconnectMax, and never waits longer', () => {
    const top = (attempt: number) => reconnectDelay(attempt, 1000, 5000, () => 1);
    expect([0, 1, 2, 3, 4, 40].map(top)).toEqual([1000, 2000, 4000, 5000, 5000, 5000]);
  });

  it('spreads a fleet evenly over the cap once backed off: full jitter, no floor', () => {
    let x = 0;
    const draws = () => {
      x = (x * 9301 + 49297) % 233280;
      return x / 233280;
    };
    const delays = Array.from({ length: 10_000 }, () => reconnectDelay(20, 1000, 5000, draws));
    const buckets = [0, 0, 0, 0, 0];
    for (const d of delays) buckets[Math.floor(d / 1000)]! += 1;
    for (const b of buckets) expect(b).toBeGreaterThan(1700);
    expect(Math.max(...delays)).toBeLessThan(5000);
  });
});
