import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeSms, parseSms, SMS_MAX, type SmsAlarm } from './format.ts';

const alarm = fc.record({
  hubId: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,40}$/),
  deviceId: fc.integer({ min: 1, max: 0xfffffffe }),
  deviceType: fc.integer({ min: 0, max: 99 }),
  statusCode: fc.integer({ min: 0, max: 999 }),
  eventClass: fc.integer({ min: 1, max: 4 }),
  eventId: fc.stringMatching(/^[0-9A-Za-z-]{1,32}$/),
  atMs: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2090, 0, 1) }).map((t) => t - (t % 1000)),
  location: fc.string({ maxLength: 80 }),
});

describe('alarm SMS', () => {
  it('round-trips every field except a location cut to fit, within 160 characters', () => {
    fc.assert(
      fc.property(alarm, (a: SmsAlarm) => {
        const text = encodeSms(a);
        expect(text.length).toBeLessThanOrEqual(SMS_MAX);
        const back = parseSms(text);
        expect({ ...back, location: '' }).toEqual({ ...a, location: '' });
        expect(
          a.location
            .replace(/[^A-Za-z0-9 .,:;_\-+/()]/g, '')
            .trim()
            .startsWith(back.location),
        ).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('detects any single changed character or a cut', () => {
    fc.assert(
      fc.property(alarm, fc.nat(), fc.constantFrom('0', '7', 'X', ' ', '='), (a, at, ch) => {
        const text = encodeSms(a);
        const i = at % text.length;
        const bad = text.slice(0, i) + ch + text.slice(i + 1);
        if (bad === text) return;
        expect(() => parseSms(bad)).toThrow();
        expect(() => parseSms(text.slice(0, i))).toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('reads like a message for a person', () => {
    const text = encodeSms({
      hubId: 'NO-4630-HUB-000123',
      deviceId: 0x00a1b2c3,
      deviceType: 3,
      statusCode: 10,
      eventClass: 1,
      eventId: '01JDQ7Z0Z8K9M2N3P4Q5R6S7T8',
      atMs: Date.UTC(2026, 10, 25, 5, 15, 0),
      location: 'bedroom pendant',
    });
    expect(text).toMatch(
      /^VAKT1 ALARM hub=NO-4630-HUB-000123 dev=00A1B2C3 typ=3 stc=10 t=20261125T051500Z evt=01JDQ7Z0Z8K9M2N3P4Q5R6S7T8 loc=bedroom pendant #[0-9A-F]{4}$/,
    );
    expect(() => parseSms('hello')).toThrow(/does not start/);
  });
});
