/** SPEC.md and the code must not drift: every worked example is a vector, byte for byte. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { frameBody } from './encoder.ts';
import { type FrameJson, frameFromJson } from './json.ts';

const here = dirname(fileURLToPath(import.meta.url));
const spec = readFileSync(join(here, 'SPEC.md'), 'utf8');
const vectors = readdirSync(join(here, 'vectors'))
  .filter((f) => f.endsWith('.json'))
  .flatMap(
    (f) =>
      JSON.parse(readFileSync(join(here, 'vectors', f), 'utf8')) as Array<{
        name: string;
        hex: string;
        frame?: FrameJson;
      }>,
  );
const examples = [
  ...spec.matchAll(/#### Example: (.+)\n[\s\S]*?body: ([0-9A-F ]+)\n[\s\S]*?```hex\n([0-9A-F ]+)\n```/g),
];
const compact = (s: string) => s.replace(/\s+/g, '');

describe('SPEC.md worked examples', () => {
  it('has at least one example per common frame kind', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  for (const [, name, body, wire] of examples) {
    it(`example "${name}" matches its vector and the encoder`, () => {
      const v = vectors.find((x) => x.name === name);
      expect(v, `no vector named "${name}"`).toBeDefined();
      expect(compact(wire!)).toBe(v!.hex);
      const expectedBody = Buffer.from(frameBody(frameFromJson(v!.frame!)))
        .toString('hex')
        .toUpperCase();
      expect(compact(body!)).toBe(expectedBody);
    });
  }

  it('states the CRC check value the code has', () => {
    expect(spec).toContain('0x29B1');
  });

  it('states the set_time example date correctly', () => {
    expect(new Date(1795572847 * 1000).toISOString()).toBe('2026-11-25T02:14:07.000Z');
  });
});
