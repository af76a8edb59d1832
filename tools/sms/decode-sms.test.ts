import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { encodeSms } from '../../protocol/sms/format.ts';
import { runCli } from '../../test/support/run-cli.ts';
import { boundedLines } from './decode-sms.ts';

const sms = encodeSms({
  hubId: 'NO-4630-HUB-000123',
  deviceId: 0x00a1b2c3,
  deviceType: 3,
  statusCode: 10,
  eventClass: 1,
  eventId: '01JDQ7Z0Z8K9M2N3P4Q5R6S7T8',
  atMs: Date.UTC(2026, 10, 25, 5, 15),
  location: 'bedroom',
});

/** `vakt decode-sms` reading `input` on standard input. */
function decodeStdin(input: Buffer): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['tools/cli/vakt.js', 'decode-sms']);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  child.stdin.on('error', () => {}); // it may stop reading early: that is the point
  child.stdin.end(input);
  return new Promise((resolve) => child.on('exit', (status) => resolve({ status, stdout, stderr })));
}

describe('vakt decode-sms', () => {
  it('prints the fields of a valid SMS, and exits 2 naming the problem for an altered one', async () => {
    const ok = await runCli(['decode-sms', sms, '--json']);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      deviceId: '00A1B2C3',
      eventId: '01JDQ7Z0Z8K9M2N3P4Q5R6S7T8',
      at: '2026-11-25T05:15:00.000Z',
    });
    const bad = await runCli(['decode-sms', sms.replace('stc=10', 'stc=11')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/checksum does not match/);
    expect(bad.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('never prints a control character it was given, and refuses an endless line', async () => {
    const esc = await decodeStdin(
      Buffer.from(`${sms}\n${sms.replace('loc=bedroom', 'loc=\x1b]0;owned\x07\x1b[2J')}\n`),
    );
    expect(esc.status).toBe(2);
    expect(esc.stdout).toMatch(
      /^2026-11-25T05:15:00.000Z hub NO-4630-HUB-000123 device 00A1B2C3 .* at "bedroom"\n$/,
    );
    expect(esc.stderr).toMatch(/character "\\x1b" at position \d+; a Vakt alarm SMS is printable ASCII only/);
    expect(esc.stdout + esc.stderr).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/);
    const endless = await decodeStdin(Buffer.alloc(8 * 1024 * 1024, 0x41));
    expect(endless.status).toBe(2);
    expect(endless.stderr).toMatch(/over 640 characters; a Vakt alarm SMS is at most 160/);
  });

  it('reads lines across chunk boundaries, CRLF and multi-byte characters included', async () => {
    async function* chunks() {
      yield Buffer.from('ab\r\nc');
      yield Buffer.from('æ').subarray(0, 1);
      yield Buffer.concat([Buffer.from('æ').subarray(1), Buffer.from('d\nlast')]);
    }
    const out: string[] = [];
    for await (const l of boundedLines(chunks(), 10)) out.push(l);
    expect(out).toEqual(['ab', 'cæd', 'last']);
  });
});
