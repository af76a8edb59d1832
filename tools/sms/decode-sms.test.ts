import { describe, expect, it } from 'vitest';
import { encodeSms } from '../../protocol/sms/format.ts';
import { runCli } from '../../test/support/run-cli.ts';

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
});
