import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { samplePendantAlarm } from '../../protocol/serial/index.ts';
import { deviceEventId, newEventId } from './event-id.ts';

describe('event ids', () => {
  it('a device event id is the documented hash of what every retransmission repeats', () => {
    // SHA-256("vakt-event/1|H1|00A1B2C3|7|alarm|10|3600"), first 80 bits in base 36 after "d".
    const f = { deviceId: 0x00a1b2c3, seq: 7, eventClass: 'alarm' as const, statusCode: 10, uptime: 3600 };
    const id = deviceEventId('H1', f);
    expect(id).toBe('d3i55n2vr041ctslv'); // docs/uplink.md, "Event ids"
    expect(id).toMatch(/^d[0-9a-z]{16}$/);
    expect(
      deviceEventId('H1', { ...samplePendantAlarm, ...f, attempt: 9, battery: 1, rssi: -100 } as typeof f),
    ).toBe(id);
    for (const change of [
      { seq: 8 },
      { uptime: 3601 },
      { statusCode: 9 },
      { eventClass: 'status' as const },
      { deviceId: 1 },
    ])
      expect(deviceEventId('H1', { ...f, ...change })).not.toBe(id);
    expect(deviceEventId('H2', f)).not.toBe(id);
  });

  it('device ids never collide with each other across seq × uptime, nor with time-based ids', () => {
    const seen = new Set<string>();
    for (let seq = 0; seq < 200; seq++)
      for (let uptime = 0; uptime < 50; uptime++)
        seen.add(deviceEventId('H1', { deviceId: 1, seq, eventClass: 'alarm', statusCode: 10, uptime }));
    expect(seen.size).toBe(200 * 50);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(3000, 0, 1) }), (t) => {
        expect(newEventId(t)).not.toMatch(/^d/);
      }),
    );
  });
});
