import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARBITRARY_KEY, arbitraryV1Frame } from './arbitraries.ts';
import { frameCrc } from './crc16.ts';
import { decodeAll } from './decoder.ts';
import { encodeFrame, frameBody, secureFrame, stuff } from './encoder.ts';
import { isSecured, rssiOffset } from './security.ts';
import { MemoryCounterState, verifyFrame } from './verifier.ts';

const RUNS = { verifies: 1000, forgery: 1000 };
const securedKind = arbitraryV1Frame.filter(
  (f) => f.kind !== 'vendor' && 'deviceId' in f && isSecured(f.kind, f.deviceId),
);
const keys = () => ARBITRARY_KEY;

describe('version-2 security (SPEC §4)', () => {
  it('every secured frame decodes to itself and verifies with its key', () => {
    fc.assert(
      fc.property(securedKind, fc.integer({ min: 0, max: 0xffffffff }), (f, counter) => {
        const sec = secureFrame(f, ARBITRARY_KEY, counter);
        const [d] = decodeAll(encodeFrame(sec));
        expect(d && 'frame' in d && d.frame).toEqual(sec);
        const r = verifyFrame(d as { frame: typeof sec }, keys, new MemoryCounterState());
        expect(r).toEqual({ ok: true, deviceId: (sec as { deviceId: number }).deviceId, counter });
      }),
      { numRuns: RUNS.verifies },
    );
  });

  it('a forger who changes any covered byte and fixes the CRC is caught by the MIC', () => {
    fc.assert(
      fc.property(securedKind, fc.nat(), fc.integer({ min: 1, max: 255 }), (f, at, xor) => {
        const body = Buffer.from(frameBody(secureFrame(f, ARBITRARY_KEY, 5)));
        const i = 3 + (at % (body.length - 5));
        if (i === 3 + rssiOffset(f.kind as 'ack')) return; // the one byte the dongle may write
        body[i] = body[i]! ^ xor;
        const c = frameCrc(2, body, 0, body.length - 2);
        body[body.length - 2] = c >> 8;
        body[body.length - 1] = c & 0xff;
        const [d] = decodeAll(stuff(body));
        if (!d || 'error' in d) return; // structurally broken: refused before any MIC
        const r = verifyFrame(d, keys, new MemoryCounterState());
        expect(r.ok ? 'ok' : r.error.code).toBe('E_FRAME_MIC');
      }),
      { numRuns: RUNS.forgery },
    );
  });

  it('a key never prints: JSON, inspect and string form all hide it', () => {
    const text = `${JSON.stringify({ key: ARBITRARY_KEY })} ${inspect(ARBITRARY_KEY)} ${String(ARBITRARY_KEY)}`;
    expect(text).not.toMatch(/66B69|66b69/);
    expect(text).toContain('[device key]');
  });
});
