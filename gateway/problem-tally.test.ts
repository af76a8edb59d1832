import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../protocol/clock.ts';
import { ProblemTally } from './problem-tally.ts';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const log = pino({ level: 'warn' }, { write: (s: string) => lines.push(JSON.parse(s)) });
  return { lines, log };
}

describe('ProblemTally', () => {
  it('a flood of 10,000 bad inputs of two kinds: the first of each at once, then one count line each', () => {
    const { lines, log } = capture();
    const clock = new FakeClock();
    const tally = new ProblemTally(log, clock, 60_000);
    for (let i = 0; i < 10_000; i++)
      tally.count(i % 2 ? 'bad receipt' : 'serial frame error', { i }, 'bad input');
    expect(lines.map((l) => [l.problem, l.i])).toEqual([
      ['serial frame error', 0],
      ['bad receipt', 1],
    ]);
    clock.advance(60_000);
    expect(lines.slice(2).map((l) => [l.problem, l.count, l.msg])).toEqual([
      [
        'serial frame error',
        4999,
        '4999 more serial frame error in the last 60 s (only the first was logged)',
      ],
      ['bad receipt', 4999, '4999 more bad receipt in the last 60 s (only the first was logged)'],
    ]);
    // A new interval starts clean: the next problem is logged at once again; a lone one adds no count line.
    tally.count('bad receipt', {}, 'bad input');
    clock.advance(60_000);
    expect(lines).toHaveLength(5);
    tally.stop();
  });
});
