import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../gateway/config/load.ts';
import { redactConfig } from '../../gateway/config/secrets.ts';
import { durationsAsWritten } from './as-written.ts';

const FILE =
  'hub:\n  id: H-1\nserial:\n  port: /dev/ttyUSB0\n  reopenMax: 1m\nuplink:\n  primary:\n    url: mqtt://127.0.0.1:1883\n    username: H-1\n    password: hunter2\n  receiptTimeout: 2500ms\n';

describe('durationsAsWritten', () => {
  it('shows a duration the file sets as the file writes it, a default as the schema writes it', () => {
    const { config } = parseConfig(FILE);
    const shown = durationsAsWritten(redactConfig(config), {
      serial: { reopenMax: '1m' },
      uplink: { receiptTimeout: '2500ms' },
    }) as { serial: Record<string, unknown>; uplink: Record<string, unknown> };
    expect(shown.serial.reopenMax).toBe('1m');
    expect(shown.uplink.receiptTimeout).toBe('2500ms');
    expect(shown.uplink.reconnectMax).toBe('5s');
    expect(config.uplink.reconnectMax).toBe(5000);
  });

  it('takes nothing else from the file: a redacted password stays redacted, numbers stay numbers', () => {
    const { config } = parseConfig(FILE);
    const raw = { uplink: { primary: { password: 'hunter2' }, inFlight: 'x' } };
    const shown = JSON.stringify(durationsAsWritten(redactConfig(config), raw));
    expect(shown).not.toContain('hunter2');
    expect(shown).toContain(`"inFlight":${config.uplink.inFlight}`);
  });
});
