import { EventEmitter } from 'node:events';
import type { MqttClient } from 'mqtt';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
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
});
