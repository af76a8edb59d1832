/** SPEC.md and the code must not drift: every worked example is a vector, byte for byte. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { crc16, frameCrc } from './crc16.ts';
import { frameBody } from './encoder.ts';
import { FrameErrorCode } from './errors.ts';
import { crc16x25, parseInstallCode } from './install-code.ts';
import { type FrameJson, frameFromJson } from './json.ts';
import { micInput } from './security.ts';

const here = dirname(fileURLToPath(import.meta.url));
const spec = readFileSync(join(here, 'SPEC.md'), 'utf8');
interface Vector {
  name: string;
  hex: string;
  frame?: FrameJson;
  error?: string;
  nak?: { deviceId: string; seq: number; reason: string } | null;
  verify?: string;
}
const vectors = readdirSync(join(here, 'vectors'))
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(here, 'vectors', f), 'utf8')) as Vector[]);
const examples = [
  ...spec.matchAll(
    /#### Example: (.+)\n[\s\S]*?(?:mic input: ([0-9A-F ]+)\n)?body: ([0-9A-F ]+)\n[\s\S]*?```hex\n([0-9A-F ]+)\n```/g,
  ),
];
const compact = (s: string) => s.replace(/\s+/g, '');
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex').toUpperCase();

describe('SPEC.md worked examples', () => {
  it('has the version-1 examples and secured version-2 examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
    expect(examples.filter((e) => e[2]).length).toBeGreaterThanOrEqual(3);
  });

  for (const [, name, mic, body, wire] of examples) {
    it(`example "${name}" matches its vector and the encoder`, () => {
      const v = vectors.find((x) => x.name === name);
      expect(v, `no vector named "${name}"`).toBeDefined();
      expect(compact(wire!)).toBe(v!.hex);
      const frame = frameFromJson(v!.frame!);
      const encoded = frameBody(frame);
      expect(compact(body!)).toBe(hex(encoded));
      if (mic) expect(compact(mic)).toBe(hex(micInput(frame.kind as 'ack', encoded, encoded[2]!)));
    });
  }

  it('states the check values the code has (CRC v1, CRC v2, X-25) and the example key', () => {
    const check = Buffer.from('123456789', 'ascii');
    expect(spec).toContain(`0x${crc16(check).toString(16).toUpperCase()}`);
    expect(spec).toContain(`0x${frameCrc(2, check).toString(16).toUpperCase()}`);
    expect(spec).toContain(`0x${crc16x25(check).toString(16).toUpperCase()}`);
    const example = /install code: ([0-9A-F ]+)\n[\s\S]*?key: +([0-9A-F ]+)\n/.exec(spec)!;
    expect(hex(parseInstallCode(example[1]!).key)).toBe(compact(example[2]!));
  });

  it('states the set_time example date correctly', () => {
    expect(new Date(1795572847 * 1000).toISOString()).toBe('2026-11-25T02:14:07.000Z');
  });
});

describe('SPEC.md tables', () => {
  const section = (from: string, to: string) => spec.slice(spec.indexOf(from), spec.indexOf(to));

  it('§10 lists every vector with its result and answer, and nothing else', () => {
    const table = section('<!-- vectors:begin -->', '<!-- vectors:end -->');
    const rows = [...table.matchAll(/^\|(.+?)\|(.+?)\|(.+?)\|$/gm)]
      .slice(2)
      .map(([, name, result, answer]) => ({
        name: name!.trim(),
        result: result!.trim(),
        answer: answer!.trim(),
      }));
    const expected = vectors.map((v) => ({
      name: v.name,
      result: v.verify
        ? `verify: ${v.verify === 'ok' ? 'ok' : `\`${v.verify}\``}`
        : v.error
          ? `\`${v.error}\``
          : 'decodes',
      answer: v.error
        ? v.nak
          ? `nak ${v.nak.deviceId} seq ${v.nak.seq} \`${v.nak.reason}\``
          : 'silence'
        : '—',
    }));
    const byName = (a: { name?: string }, b: { name?: string }) => a.name!.localeCompare(b.name!);
    expect(rows.sort(byName)).toEqual(expected.sort(byName));
  });

  it('§2.3 and §4.5 name every error code the codec and the verifier produce', () => {
    const checks = section('### 2.3', '### 2.4') + section('### 4.5', '### 4.6');
    for (const code of Object.values(FrameErrorCode)) expect(checks).toContain(`\`${code}\``);
  });

  it('§2.4 gives an answer for every error code', () => {
    const answers = section('### 2.4', '## 3.');
    for (const code of Object.values(FrameErrorCode)) expect(answers).toContain(`\`${code}\``);
  });

  it('§2.1 states the limits the code enforces', async () => {
    const f = await import('./frame.ts');
    const limits = section('**Limits', '### 2.2');
    for (const [what, n] of [
      ['body', f.MAX_DECODED_FRAME],
      ['COBS-encoded body', f.MAX_ENCODED_FRAME],
      ['payload, unsecured frame', f.MAX_PAYLOAD],
      ['payload, secured frame', f.MAX_SECURED_PAYLOAD],
    ] as const)
      expect(limits).toMatch(new RegExp(`\\| ${what}[^|]*\\| ≤ ${n} `));
  });
});
