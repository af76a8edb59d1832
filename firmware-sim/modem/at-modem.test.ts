import { describe, expect, it } from 'vitest';
import { AtModem, type SentSms } from './at-modem.ts';

function modem() {
  const sent: SentSms[] = [];
  return {
    m: new AtModem(
      () => Date.UTC(2026, 10, 25),
      (s) => sent.push(s),
    ),
    sent,
  };
}

describe('AT modem', () => {
  it('answers the setup dialogue and sends an SMS in text mode', () => {
    const { m, sent } = modem();
    expect(m.feed('ATE0\r')).toBe('ATE0\r\r\nOK\r\n');
    expect(m.feed('AT+CPIN?\r')).toBe('\r\n+CPIN: READY\r\n\r\nOK\r\n');
    expect(m.feed('AT+CREG?\r')).toBe('\r\n+CREG: 0,1\r\n\r\nOK\r\n');
    expect(m.feed('AT+CSQ\r')).toBe('\r\n+CSQ: 20,99\r\n\r\nOK\r\n');
    expect(m.feed('AT+CMGF=1\r')).toBe('\r\nOK\r\n');
    expect(m.feed('AT+CMGS="+4791234567"\r')).toBe('\r\n> ');
    expect(m.feed('VAKT A1 hub\x1a')).toBe('\r\n+CMGS: 1\r\n\r\nOK\r\n');
    expect(sent).toEqual([
      { to: '+4791234567', text: 'VAKT A1 hub', reference: 1, at: '2026-11-25T00:00:00.000Z' },
    ]);
  });

  it('reports no SIM, no coverage and weak signal as the documented errors', () => {
    const { m, sent } = modem();
    m.feed('ATE0\rAT+CMGF=1\r');
    m.state.simPresent = false;
    expect(m.feed('AT+CPIN?\r')).toBe('\r\n+CME ERROR: 10\r\n');
    expect(m.feed('AT+CMGS="+4791234567"\r')).toBe('\r\n+CMS ERROR: 310\r\n');
    m.state = { simPresent: true, registration: 2, signal: 20 };
    m.feed('AT+CMGS="+4791234567"\r');
    expect(m.feed('x\x1a')).toBe('\r\n+CMS ERROR: 331\r\n');
    m.state = { simPresent: true, registration: 1, signal: 2 };
    m.feed('AT+CMGS="+4791234567"\r');
    expect(m.feed('x\x1a')).toBe('\r\n+CMS ERROR: 332\r\n');
    expect(sent).toEqual([]);
  });

  it('refuses CMGS outside text mode, cancels on Esc, and answers ERROR to unknown commands', () => {
    const { m, sent } = modem();
    m.feed('ATE0\r');
    expect(m.feed('AT+CMGS="+4791234567"\r')).toBe('\r\n+CMS ERROR: 302\r\n');
    m.feed('AT+CMGF=1\r');
    m.feed('AT+CMGS="+4791234567"\r');
    expect(m.feed('abc\x1b')).toBe('\r\nOK\r\n');
    expect(m.feed('AT+FOO\r')).toBe('\r\nERROR\r\n');
    expect(sent).toEqual([]);
  });
});
