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

  it('refuses an SMS over 160 characters or with a control character, and quotes nothing raw', () => {
    const ok = encodeSms({
      hubId: 'NO-4630-HUB-000123',
      deviceId: 0x00a1b2c3,
      deviceType: 3,
      statusCode: 10,
      eventClass: 1,
      eventId: '01JDQ7Z0Z8K9M2N3P4Q5R6S7T8',
      atMs: Date.UTC(2026, 10, 25, 5, 15, 0),
      location: 'bedroom',
    });
    expect(() => parseSms(`${ok} ${'x'.repeat(10_000_000)}`)).toThrow(
      expect.objectContaining({ code: 'E_SMS_TOO_LONG', message: expect.stringMatching(/at most 160/) }),
    );
    // A forged SMS whose CRC was computed over an ESC sequence: refused before the CRC is even read.
    const forged = ok.replace('loc=bedroom', 'loc=\x1b[2K\x1b[1Aok');
    let err: unknown;
    try {
      parseSms(forged);
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ code: 'E_SMS_FORMAT' });
    expect((err as Error).message).toMatch(/character "\\x1b" at position \d+/);
    expect((err as Error).message).not.toContain('\x1b');
    expect(() => parseSms(ok.replace('evt=01JD', 'evt=\u202e01JD'))).toThrow(/printable ASCII only/);
  });
});

describe('docs/sms-format.md worked example', () => {
  it('agrees with the code: the body, its CRC and the parsed fields', () => {
    const text = 'VAKT1 TEST hub=H1 dev=00000001 typ=3 stc=10 t=20260101T000000Z evt=e1 #117E';
    expect(parseSms(text)).toMatchObject({ hubId: 'H1', deviceId: 1, eventClass: 4, eventId: 'e1' });
    expect(
      encodeSms({
        hubId: 'H1',
        deviceId: 1,
        deviceType: 3,
        statusCode: 10,
        eventClass: 4,
        eventId: 'e1',
        atMs: Date.UTC(2026, 0, 1),
        location: '',
      }),
    ).toBe(text);
  });
});
