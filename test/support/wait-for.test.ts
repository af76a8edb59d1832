import { describe, expect, it } from 'vitest';
import { waitFor } from './wait-for.ts';

describe('waitFor', () => {
  it('resolves with the first truthy value, sync or async', async () => {
    let n = 0;
    expect(await waitFor(() => (++n >= 3 ? `n=${n}` : undefined), { what: 'n to reach 3', everyMs: 1 })).toBe(
      'n=3',
    );
    let m = 0;
    expect(await waitFor(async () => ++m >= 2 && m, { what: 'm to reach 2', everyMs: 1 })).toBe(2);
  });

  it('on timeout names what was awaited and the time waited', async () => {
    await expect(waitFor(() => false, { what: 'the outbox to drain', ms: 60 })).rejects.toThrow(
      /^timed out after \d+ ms waiting for the outbox to drain$/,
    );
  });

  it('keeps polling through a throwing condition and quotes its last error on timeout', async () => {
    let calls = 0;
    const value = await waitFor(
      () => {
        if (++calls < 3) throw new Error('not yet');
        return 'ok';
      },
      { what: 'a third call', everyMs: 1 },
    );
    expect(value).toBe('ok');
    await expect(
      waitFor(
        () => {
          throw new Error('ENOENT: no socket');
        },
        { what: 'the control socket', ms: 40 },
      ),
    ).rejects.toThrow(/waiting for the control socket; the condition last threw: Error: ENOENT: no socket/);
  });
});
