/**
 * Real time, optionally compressed: with speed 3600 an hour of scenario passes each second.
 * The simulator's only user of the host's timers. `jump` moves wall time without firing timers,
 * as an RTC fault or NTP step would.
 */
import { type Clock, clampDelay, type Timer } from '../../protocol/clock.ts';

export class ScaledClock implements Clock {
  private readonly realStart = Date.now();
  private offset = 0;

  constructor(
    readonly speed = 1,
    private readonly start = Date.now(),
  ) {
    if (!(speed > 0) || !Number.isFinite(speed))
      throw new RangeError(`speed must be a positive number. Provided value is ${speed}`);
  }

  now(): number {
    return this.start + (Date.now() - this.realStart) * this.speed + this.offset;
  }

  setTimer(ms: number, fn: () => void): Timer {
    const t = setTimeout(fn, clampDelay(ms / this.speed));
    return { cancel: () => clearTimeout(t) };
  }

  jump(ms: number): void {
    this.offset += ms;
  }
}
