import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeAll } from './decoder.ts';
import { encodeFrame } from './encoder.ts';
import { FrameErrorCode } from './errors.ts';
import { FrameKindCode } from './frame.ts';
import { type FrameJson, frameFromJson, frameToJson } from './json.ts';

interface Vector {
  name: string;
  description: string;
  hex: string;
  valid: boolean;
  frame?: FrameJson;
  error?: string;
}

const dir = join(dirname(fileURLToPath(import.meta.url)), 'vectors');
const vectors: Vector[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Vector[]);

describe('test vectors (protocol/serial/vectors/*.json)', () => {
  it('has at least 30 vectors, unique names, covering every kind and every error code', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(30);
    expect(new Set(vectors.map((v) => v.name)).size).toBe(vectors.length);
    const kinds = new Set(vectors.flatMap((v) => (v.frame ? [v.frame.kind] : [])));
    expect([...kinds].sort()).toEqual(Object.keys(FrameKindCode).sort());
    const codes = new Set(vectors.flatMap((v) => (v.error ? [v.error] : [])));
    expect([...codes].sort()).toEqual(Object.values(FrameErrorCode).sort());
  });

  for (const v of vectors) {
    it(`${v.valid ? 'decodes and re-encodes' : 'rejects'}: ${v.name}`, () => {
      const bytes = Buffer.from(v.hex, 'hex');
      const out = decodeAll(bytes);
      if (v.valid) {
        expect(out).toHaveLength(1);
        const [d] = out;
        expect(d && 'frame' in d ? frameToJson(d.frame) : d).toEqual(v.frame);
        expect(encodeFrame(frameFromJson(v.frame!)).toString('hex').toUpperCase()).toBe(v.hex);
      } else {
        const first = out.find((d) => 'error' in d);
        expect(first && 'error' in first ? first.error.code : 'no error').toBe(v.error);
        expect(out.some((d) => 'frame' in d)).toBe(false);
      }
    });
  }
});
