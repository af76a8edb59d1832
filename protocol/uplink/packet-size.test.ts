import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PacketSizeScanner, publishPacketId } from './packet-size.ts';

/** An MQTT packet of `type` with a `length`-byte body (the body's bytes do not matter here). */
function packet(type: number, length: number): Buffer {
  const len: number[] = [];
  let n = length;
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    len.push(b);
  } while (n > 0);
  return Buffer.concat([Buffer.from([type << 4, ...len]), Buffer.alloc(length, 0xa5)]);
}

describe('PacketSizeScanner', () => {
  it('reads the header of a 64 MiB QoS 1 PUBLISH (32 80 80 80 20): 67,108,869 bytes, then its packet id', () => {
    const s = new PacketSizeScanner(256 * 1024);
    expect(s.push(Buffer.from([0x32, 0x80, 0x80, 0x80]))).toBeUndefined();
    const v = s.push(Buffer.from([0x20, 0x00, 0x01]));
    expect(v).toMatchObject({ type: 3, flags: 2, bytes: 67_108_869 });
    // QoS 1 (flags 0010): topic "t" then packet id 0x1234.
    expect(publishPacketId(Buffer.concat([v!.rest, Buffer.from([0x74, 0x12])]))).toBeUndefined();
    expect(publishPacketId(Buffer.concat([v!.rest, Buffer.from([0x74, 0x12, 0x34, 0x41])]))).toBe(0x1234);
  });

  it('flags a malformed 5-byte length', () => {
    expect(new PacketSizeScanner(1000).push(Buffer.from([0x30, 0xff, 0xff, 0xff, 0xff, 0x01]))).toMatchObject(
      {
        type: 3,
        bytes: undefined,
      },
    );
  });

  it('over any split of any packet sequence: flags exactly the first packet over the limit', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ type: fc.integer({ min: 1, max: 15 }), length: fc.integer({ min: 0, max: 3000 }) }),
          {
            minLength: 1,
            maxLength: 20,
          },
        ),
        fc.integer({ min: 2, max: 3000 }),
        fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 50 }),
        (packets, max, cuts) => {
          const bytes = Buffer.concat(packets.map((p) => packet(p.type, p.length)));
          const sizes = packets.map((p) => packet(p.type, p.length).length);
          const first = sizes.findIndex((n) => n > max);
          const s = new PacketSizeScanner(max);
          let verdict: ReturnType<PacketSizeScanner['push']>;
          let at = 0;
          for (let k = 0; at < bytes.length && !verdict; k++) {
            const n = cuts[k % cuts.length]!;
            verdict = s.push(bytes.subarray(at, at + n));
            at += n;
          }
          if (first < 0) expect(verdict).toBeUndefined();
          else expect(verdict).toMatchObject({ type: packets[first]!.type, bytes: sizes[first] });
        },
      ),
      { numRuns: 500 },
    );
  });
});
