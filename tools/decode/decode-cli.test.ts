import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeFrame, type Frame, samplePendantAlarm } from '../../protocol/serial/index.ts';

const vakt = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, ['tools/cli/vakt.js', 'decode', ...args], { input, encoding: 'utf8' });

const alarm: Frame = samplePendantAlarm;

describe('vakt decode', () => {
  it('prints every vector frame exactly as the vectors file holds it (--hex --json)', () => {
    const vectors = JSON.parse(readFileSync('protocol/serial/vectors/device-frames.json', 'utf8')) as Array<{
      hex: string;
      frame: unknown;
    }>;
    const r = vakt(['--hex', '--json'], vectors.map((v) => v.hex).join('\n'));
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { frame: unknown });
    expect(lines.map((l) => l.frame)).toEqual(vectors.map((v) => v.frame));
  });

  it('reads a binary file with garbage and reports frames and errors with offsets, exit 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vakt-decode-'));
    const file = join(dir, 'capture.bin');
    writeFileSync(file, Buffer.concat([Buffer.from([0x13, 0x37, 0x00]), encodeFrame(alarm)]));
    const r = vakt([file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^@0\s+ERROR E_FRAME_COBS/m);
    expect(r.stdout).toMatch(/^@4\s+device_event 00A1B2C3 personal_trigger seq=7 alarm alarm_manual\(10\)/m);
  });

  it('accepts capture-style hex: 0x prefixes, colons, commas', () => {
    const hex = [...encodeFrame(alarm)].map((b) => `0x${b.toString(16).padStart(2, '0')}`).join(', ');
    const r = vakt(['--hex', '--json'], hex);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      offset: 1,
      frame: { kind: 'device_event', deviceId: '00A1B2C3' },
    });
  });

  it('fails clearly on bad hex, naming the character and position (exit 2, no stack)', () => {
    const r = vakt(['--hex'], '00 04 zz');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"z" at position 6 is not a hex digit');
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('fails clearly on an odd number of hex digits', () => {
    const r = vakt(['--hex'], '00 0');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('odd number of digits');
  });

  it('fails with exit 3 on a missing file, naming it', () => {
    const r = vakt(['/nonexistent/capture.bin']);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('cannot read /nonexistent/capture.bin: ENOENT');
  });

  describe('secured frames (--key, --install-code)', () => {
    const secure = JSON.parse(readFileSync('protocol/serial/vectors/secure-frames.json', 'utf8')) as Array<{
      name: string;
      hex: string;
    }>;
    const verify = JSON.parse(readFileSync('protocol/serial/vectors/verify.json', 'utf8')) as Array<{
      name: string;
      hex: string;
    }>;
    const hexOf = (set: Array<{ name: string; hex: string }>, name: string) =>
      set.find((v) => v.name === name)!.hex;
    const alarm = hexOf(secure, 'v2 pendant alarm');
    const code = '83FE D340 7A93 9723 A5C6 39B2 6916 D505 C3B5';
    const key = '66B6900981E1EE3CA4206B6B861C02BB';

    it('says MIC ok, BAD, REPLAYED COUNTER, or not checked, and never prints the key', () => {
      const capture = [
        alarm,
        hexOf(verify, 'verify wrong mic'),
        alarm,
        hexOf(secure, 'v2 receiver status'),
      ].join('\n');
      const r = vakt(['--hex', '--key', key], capture);
      expect(r.status).toBe(0);
      const lines = r.stdout.trim().split('\n');
      expect(lines[0]).toMatch(/device_event 00A1B2C3 .* counter=1 mic=4C54CDA8C41AB0A5 MIC ok$/);
      expect(lines[1]).toMatch(/MIC BAD$/);
      expect(lines[2]).toMatch(/MIC ok, REPLAYED COUNTER$/);
      expect(lines[3]).toMatch(/receiver_status 52C0FFEE .* v2$/);
      expect(r.stdout + r.stderr).not.toContain(key);
      expect(vakt(['--hex'], alarm).stdout).toMatch(/MIC not checked$/m);
    });

    it('takes the install code instead of the key, and reports the verdict in --json', () => {
      const r = vakt(['--hex', '--json', '--install-code', code], alarm);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ frame: { security: { counter: 1 } }, mic: 'ok' });
    });

    it('refuses a short key and a mistyped install code with exit 2 and the fix', () => {
      const short = vakt(['--hex', '--key', 'ABCD'], alarm);
      expect(short.status).toBe(2);
      expect(short.stderr).toContain('--key must be 32 hex digits');
      const typo = vakt(['--hex', '--install-code', code.replace('C3B5', 'C3B6')], alarm);
      expect(typo.status).toBe(2);
      expect(typo.stderr).toContain('a digit is mistyped');
    });
  });

  it('prints errors as typed JSON objects with --json', () => {
    const r = vakt(['--hex', '--json'], '00 09 01 02 00');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      offset: 1,
      error: { code: 'E_FRAME_COBS', message: expect.stringContaining('COBS') },
    });
  });
});
