import { describe, expect, it } from 'vitest';
import { aesMmo, crc16x25, parseInstallCode, printInstallCode } from './install-code.ts';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex').toUpperCase();

describe('install codes (SPEC §9)', () => {
  it('CRC-16/X-25 has the published check value 0x906E', () => {
    expect(crc16x25(Buffer.from('123456789', 'ascii'))).toBe(0x906e);
  });

  // The Zigbee 3.0 install-code example published by silicon vendors (code, CRC C3B5, key).
  it('derives the published Zigbee example key from its install code', () => {
    const ic = parseInstallCode('83FE D340 7A93 9723 A5C6 39B2 6916 D505 C3B5');
    expect(hex(ic.key)).toBe('66B6900981E1EE3CA4206B6B861C02BB');
    expect(ic.printed).toBe('83FE D340 7A93 9723 A5C6 39B2 6916 D505 C3B5');
  });

  it('AES-MMO pads to whole blocks with 0x80 and the bit length (one- and two-block inputs)', () => {
    expect(hex(aesMmo(new Uint8Array(0)))).toHaveLength(32);
    expect(hex(aesMmo(new Uint8Array(13)))).not.toBe(hex(aesMmo(new Uint8Array(14))));
  });

  it('accepts dashes, colons, lower case and no spaces', () => {
    expect(hex(parseInstallCode('83fed3407a939723-a5c639b26916d505:c3b5').key)).toBe(
      '66B6900981E1EE3CA4206B6B861C02BB',
    );
  });

  it('refuses a mistyped digit (E_INSTALL_CODE_CRC) and a wrong length (E_INSTALL_CODE)', () => {
    expect(() => parseInstallCode('83FE D340 7A93 9723 A5C6 39B2 6916 D506 C3B5')).toThrow(
      expect.objectContaining({ code: 'E_INSTALL_CODE_CRC' }),
    );
    expect(() => parseInstallCode('83FE D340')).toThrow(expect.objectContaining({ code: 'E_INSTALL_CODE' }));
    expect(() => parseInstallCode('83FE D340 7A93 9723 A5C6 39B2 6916 D505 C3BG')).toThrow(
      expect.objectContaining({ code: 'E_INSTALL_CODE' }),
    );
  });

  it('prints a code with its CRC so that it parses back', () => {
    const code = Uint8Array.from({ length: 16 }, (_, i) => i * 17);
    expect(parseInstallCode(printInstallCode(code)).code).toEqual(code);
  });
});
