import { describe, expect, it } from 'vitest';
import { colourOn, plain, verdict } from './colour.ts';
import { renderGrid } from './grid.ts';

describe('colourOn', () => {
  it('colours a terminal only, and never with NO_COLOR or TERM=dumb', () => {
    expect(colourOn({ isTTY: true }, {})).toBe(true);
    expect(colourOn({ isTTY: false }, {})).toBe(false);
    expect(colourOn({}, {})).toBe(false);
    expect(colourOn({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colourOn({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(colourOn({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(colourOn({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colourOn({ isTTY: true }, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(false);
  });

  it('paints verdicts when on, plain words when off', () => {
    expect(verdict('fail', false)).toBe('FAIL');
    expect(verdict('fail', true)).toBe('\u001b[31mFAIL\u001b[0m');
    expect(plain(verdict('pass', true))).toBe('PASS');
  });
});

describe('renderGrid', () => {
  it('piped: plain aligned columns without box characters or escape codes', () => {
    const text = renderGrid(
      ['id', 'type'],
      [
        ['00A1B2C3', 'pendant'],
        ['1', verdict('warn', true)],
      ],
      false,
    );
    expect(text).toBe('id        type\n00A1B2C3  pendant\n1         \u001b[33mWARN\u001b[0m');
    expect(renderGrid(['a'], [['x']], false)).not.toMatch(/[┌│─]/);
  });

  it('on a terminal: boxes, with the header uncoloured', () => {
    const text = renderGrid(['id'], [['x']], true);
    expect(text).toContain('┌');
    expect(text).not.toContain('\u001b[');
  });
});
