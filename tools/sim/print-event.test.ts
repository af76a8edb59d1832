import { describe, expect, it } from 'vitest';
import { formatEvent } from './print-event.ts';

describe('vakt sim: a line per event', () => {
  it('never prints a control character from an SMS text or a fault detail', () => {
    const at = Date.UTC(2026, 10, 25, 5, 15);
    const sms = formatEvent(
      { type: 'sms', to: '+4791234567', text: 'VAKT1\x1b[2J\nsecond', at: '' },
      at,
      false,
    );
    expect(sms).toBe('05:15:00.000 ✉ SMS to +4791234567: VAKT1\\x1b[2J | second');
    const fault = formatEvent(
      { type: 'fault', fault: 'modem', active: true, detail: '\x1b]0;x\x07' },
      at,
      false,
    );
    expect(fault).toBe('05:15:00.000 ⚡ fault modem on (\\x1b]0;x\\x07)');
    // JSON lines escape control characters already.
    expect(formatEvent({ type: 'sms', to: '+1', text: '\x1b', at: '' }, at, true)).toContain('\\u001b');
  });
});
