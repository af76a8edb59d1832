import { describe, expect, it } from 'vitest';
import { toolMissing } from './system-tools.ts';

describe('toolMissing', () => {
  it('is null for a listed tool that is here, and refuses a tool the list does not name', () => {
    expect(toolMissing('openssl')).toBeNull();
    expect(() => toolMissing('no-such-tool')).toThrow(/not in tools\/setup\/system-packages.ts/);
  });
});
