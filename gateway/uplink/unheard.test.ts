import { EventEmitter } from 'node:events';
import type { MqttClient } from 'mqtt';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { PRIORITY } from '../store/rows.ts';
import { NO_MATCHING_SUBSCRIBERS, UnheardRetry, UnheardRounds, watchUnheard } from './unheard.ts';

describe('watchUnheard', () => {
  it('tells a PUBACK with reason 0x10 from one that reached a subscriber; a reused packet id takes its new answer', () => {
    const client = new EventEmitter();
    const unheard = watchUnheard(client as unknown as MqttClient);
    const puback = (messageId: number, reasonCode?: number) =>
      client.emit('packetreceive', { cmd: 'puback', messageId, reasonCode });
    puback(7, NO_MATCHING_SUBSCRIBERS);
    puback(8, 0);
    puback(9);
    client.emit('packetreceive', { cmd: 'suback', messageId: 9, reasonCode: NO_MATCHING_SUBSCRIBERS });
    expect([unheard(7), unheard(8), unheard(9), unheard(undefined)]).toEqual([true, false, false, false]);
    puback(7, 0); // packet id 7 reused for a publish that was heard
    expect(unheard(7)).toBe(false);
  });
});

describe('UnheardRetry', () => {
  it('ten quick retries under a ceiling of 0.5 s, 1 s, then 2 s; then the receipt timeout; per event', () => {
    const top = new UnheardRetry(10_000, () => 1);
    expect(Array.from({ length: 12 }, () => top.delayFor('e1'))).toEqual([
      500, 1_000, 2_000, 2_000, 2_000, 2_000, 2_000, 2_000, 2_000, 2_000, 10_000, 10_000,
    ]);
    expect(top.delayFor('e2')).toBe(500);
    top.forget('e1');
    expect(top.delayFor('e1')).toBe(500);
    const low = new UnheardRetry(10_000, () => 0);
    expect(Array.from({ length: 11 }, () => low.delayFor('e1')).slice(9)).toEqual([0, 10_000]);
    const half = new UnheardRetry(10_000, () => 0.5);
    expect([half.delayFor('x'), half.delayFor('x')]).toEqual([250, 500]);
    // Never above the receipt timeout, even in the quick retries.
    expect(new UnheardRetry(800, () => 1).delayFor('x')).toBe(500);
    const short = new UnheardRetry(800, () => 1);
    expect([short.delayFor('x'), short.delayFor('x')]).toEqual([500, 800]);
  });

  it("an alarm's: twenty quick retries under a ceiling of 0.5 s, then 1 s; then the receipt timeout", () => {
    const top = new UnheardRetry(10_000, () => 1);
    const delays = Array.from({ length: 22 }, () => top.delayFor('a1', true));
    expect(delays.slice(0, 3)).toEqual([500, 1_000, 1_000]);
    expect(delays.slice(3, 20).every((d) => d === 1_000)).toBe(true);
    expect(delays.slice(20)).toEqual([10_000, 10_000]);
    // Average cover of the quick retries about the same as the other events' (~9 s).
    const mean = (alarm: boolean) => {
      const r = new UnheardRetry(10_000, () => 0.5);
      return Array.from({ length: alarm ? 20 : 10 }, () => r.delayFor('e', alarm)).reduce((a, b) => a + b, 0);
    };
    expect([mean(true), mean(false)]).toEqual([9_750, 8_750]);
  });
});

describe('UnheardRounds', () => {
  it('releases the events found unheard while a retry waits all at once; a cancelled one is left out', () => {
    const clock = new FakeClock();
    const released: string[][] = [];
    const rounds = new UnheardRounds(clock, new UnheardRetry(10_000, () => 1), (members) =>
      released.push(members.map(([id]) => id)),
    );
    rounds.add('alarm');
    clock.advance(100);
    rounds.add('technical');
    rounds.add('test').cancel();
    clock.advance(399);
    expect(released).toEqual([]);
    clock.advance(1); // 500 ms after the first: one release for the round
    expect(released).toEqual([['alarm', 'technical']]);
    rounds.add('alarm'); // its second time unheard: a new round, 1 s
    clock.advance(999);
    expect(released).toHaveLength(1);
    clock.advance(1);
    expect(released).toEqual([['alarm', 'technical'], ['alarm']]);
    rounds.add('x');
    rounds.stop();
    clock.advance(20_000);
    expect(released).toHaveLength(2);
  });

  it('an alarm joining a round due later than its own retry brings the whole round forward', () => {
    const clock = new FakeClock();
    const t0 = clock.now();
    const released: Array<[number, string[]]> = [];
    const retry = new UnheardRetry(10_000, () => 1);
    const rounds = new UnheardRounds(clock, retry, (members) =>
      released.push([clock.now() - t0, members.map(([id]) => id)]),
    );
    for (let i = 0; i < 3; i++) retry.delayFor('test'); // unheard three times before: 2 s now
    rounds.add('test');
    clock.advance(100);
    rounds.add('alarm', PRIORITY.alarm); // its first time: 0.5 s, due at 600 ms, before the round's 2,000
    clock.advance(499);
    expect(released).toEqual([]);
    clock.advance(1);
    expect(released).toEqual([[600, ['test', 'alarm']]]); // one release, in the order they joined
    clock.advance(5_000);
    expect(released).toHaveLength(1); // the round's first timer was cancelled

    rounds.add('state'); // its first time: 0.5 s, due at 6,100
    clock.advance(100);
    rounds.add('alarm2', PRIORITY.alarm); // 0.5 s would be due at 6,200: the round is sooner, so it stays
    clock.advance(399);
    expect(released).toHaveLength(1);
    clock.advance(1);
    expect(released.at(-1)).toEqual([6_100, ['state', 'alarm2']]);
  });
});
