import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dc09Error, type Dc09Message, decodeMessage, encodeMessage, EVENT_IDS, REPLY_IDS } from './index.ts';

const RUNS = { roundTrip: 2000, corruption: 3000 };

const hexString = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789ABCDEF'), minLength: min, maxLength: max });
const text = (max: number) =>
  fc.string({
    unit: fc.constantFrom(...' ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz0123456789-/:.,#_^|'),
    maxLength: max,
  });

const arbitraryMessage: fc.Arbitrary<Dc09Message> = fc
  .record({
    id: fc.constantFrom(...EVENT_IDS, ...REPLY_IDS),
    seq: fc.integer({ min: 0, max: 9999 }),
    receiver: fc.option(hexString(1, 6), { nil: undefined }),
    line: hexString(1, 6),
    account: hexString(3, 16),
    data: fc.option(text(60), { nil: undefined }),
    extended: fc.array(fc.record({ id: fc.constantFrom(...'IHLKMNVXYZ'), value: text(30) }), {
      maxLength: 3,
    }),
    timeMs: fc.option(
      fc
        .integer({ min: Date.UTC(2000, 0, 1) / 1000, max: Date.UTC(2099, 11, 31) / 1000 })
        .map((s) => s * 1000),
      { nil: undefined },
    ),
  })
  .map((m) => ({ ...m, encrypted: false }));

const keys = fc.oneof(
  fc.uint8Array({ minLength: 16, maxLength: 16 }),
  fc.uint8Array({ minLength: 24, maxLength: 24 }),
  fc.uint8Array({ minLength: 32, maxLength: 32 }),
);

describe('DC-09 codec properties', () => {
  it('decode(encode(m)) = m, plain and encrypted with AES-128/192/256', () => {
    fc.assert(
      fc.property(arbitraryMessage, fc.option(keys, { nil: undefined }), (m, k) => {
        const key = k ? Buffer.from(k) : undefined;
        const msg = key && m.timeMs === undefined ? { ...m, timeMs: Date.UTC(2026, 0, 1) } : m;
        const frame = encodeMessage(msg, { key });
        expect(decodeMessage(frame, { keyFor: () => key })).toEqual({ ...msg, encrypted: !!key });
      }),
      { numRuns: RUNS.roundTrip },
    );
  });

  it('any single-byte corruption is a typed error, or changes only the letter case of a hex field', () => {
    fc.assert(
      fc.property(
        arbitraryMessage,
        fc.boolean(),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (m, encrypt, at, flip) => {
          const key = encrypt ? Buffer.alloc(16, 7) : undefined;
          const msg = { ...m, timeMs: m.timeMs ?? Date.UTC(2026, 0, 1) };
          const frame = encodeMessage(msg, { key });
          const i = at % frame.length;
          const bad =
            frame.slice(0, i) + String.fromCharCode(frame.charCodeAt(i) ^ flip) + frame.slice(i + 1);
          try {
            const got = decodeMessage(bad, { keyFor: () => key });
            // Only a hex digit's case in the CRC, length or header fields can change harmlessly.
            expect(bad.toUpperCase()).toBe(frame.toUpperCase());
            expect(got).toEqual({ ...msg, encrypted: encrypt });
          } catch (err) {
            expect(err).toBeInstanceOf(Dc09Error);
          }
        },
      ),
      { numRuns: RUNS.corruption },
    );
  });
});
