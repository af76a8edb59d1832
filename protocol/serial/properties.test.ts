import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryFrame } from './arbitraries.ts';
import { type Decoded, decodeAll, FrameDecoder } from './decoder.ts';
import { encodeFrame } from './encoder.ts';
import { FrameError } from './errors.ts';

/** Run counts are reported in the closing note; keep them meaningful. */
const RUNS = { roundTrip: 2000, garbage: 1000, randomBytes: 2000, chunking: 1000 };

const frames = (ds: Decoded[]) => ds.flatMap((d) => ('frame' in d ? [d.frame] : []));

describe('device-link codec properties', () => {
  it('decode(encode(frame)) = frame for every kind and field value', () => {
    fc.assert(
      fc.property(arbitraryFrame, (frame) => {
        expect(frames(decodeAll(encodeFrame(frame)))).toEqual([frame]);
      }),
      { numRuns: RUNS.roundTrip },
    );
  });

  it('garbage inserted between frames never costs an intact frame', () => {
    const garbage = fc.uint8Array({ minLength: 0, maxLength: 300 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(arbitraryFrame, garbage), { minLength: 1, maxLength: 12 }),
        garbage,
        (pairs, head) => {
          const wire = Buffer.concat([head, ...pairs.flatMap(([f, g]) => [encodeFrame(f), g])]);
          const decoded = frames(decodeAll(wire));
          // Garbage may itself decode as a frame only with a 1-in-65536 CRC accident; every real
          // frame must be there, in order.
          let at = 0;
          for (const [f] of pairs) {
            const found = decoded.findIndex((d, i) => i >= at && JSON.stringify(d) === JSON.stringify(f));
            expect(found).toBeGreaterThanOrEqual(at);
            at = found + 1;
          }
        },
      ),
      { numRuns: RUNS.garbage },
    );
  });

  it('random bytes never throw, only yield typed errors with in-range offsets', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const out = decodeAll(bytes);
        for (const d of out) {
          expect(d.offset).toBeGreaterThanOrEqual(0);
          expect(d.offset).toBeLessThanOrEqual(bytes.length);
          if ('error' in d) {
            expect(d.error).toBeInstanceOf(FrameError);
            expect(d.error.code).toMatch(/^E_FRAME_/);
          }
        }
      }),
      { numRuns: RUNS.randomBytes },
    );
  });

  it('chunking at any boundaries gives the same result as one push', () => {
    const stream = fc
      .array(
        fc.oneof(
          arbitraryFrame.map((f) => encodeFrame(f)),
          fc.uint8Array({ maxLength: 40 }),
        ),
        { maxLength: 10 },
      )
      .map((parts) => Buffer.concat(parts));
    fc.assert(
      fc.property(stream, fc.array(fc.nat(), { maxLength: 20 }), (bytes, cuts) => {
        const whole = decodeAll(bytes).map(summary);
        const d = new FrameDecoder();
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const pieces: Decoded[] = [];
        let from = 0;
        for (const p of [...points, bytes.length]) {
          pieces.push(...d.push(bytes.subarray(from, p)));
          from = p;
        }
        pieces.push(...d.flush());
        expect(pieces.map(summary)).toEqual(whole);
      }),
      { numRuns: RUNS.chunking },
    );
  });
});

function summary(d: Decoded): unknown {
  return 'frame' in d
    ? { offset: d.offset, frame: d.frame }
    : { offset: d.offset, code: d.error.code, message: d.error.message };
}
