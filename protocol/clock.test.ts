import { describe, expect, it } from 'vitest';
import { every, FakeClock } from './clock.ts';

describe('every', () => {
  it('keeps its period across a backward wall-clock step (timers are monotonic)', () => {
    const clock = new FakeClock();
    let n = 0;
    every(clock, 1_000, () => n++);
    clock.advance(2_500);
    clock.jump(-3_600_000);
    clock.advance(3_000);
    expect(n).toBe(5);
  });

  it('does not fire a catch-up burst after a stall', () => {
    const clock = new FakeClock();
    let n = 0;
    every(clock, 1_000, () => n++);
    clock.stall(60_000);
    clock.advance(0);
    expect(n).toBe(1);
    clock.advance(1_000);
    expect(n).toBe(2);
  });
});
