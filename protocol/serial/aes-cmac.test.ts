import { describe, expect, it } from 'vitest';
import { AesCmac } from './aes-cmac.ts';

const key = Buffer.from('2b7e151628aed2a6abf7158809cf4f3c', 'hex');
const text = Buffer.from(
  '6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710',
  'hex',
);
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('AES-128-CMAC (RFC 4493 section 4 examples)', () => {
  const cmac = new AesCmac(key);
  it.each([
    [0, 'bb1d6929e95937287fa37d129b756746'],
    [16, '070a16b46b4d4144f79bdd9dd04a287c'],
    [40, 'dfa66747de9ae63030ca32611497c827'],
    [64, '51f0bebf7e3b9d92fc49741779363cfe'],
  ])('message of %i bytes', (n, mac) => {
    expect(hex(cmac.mac(text.subarray(0, n)))).toBe(mac);
  });

  it('gives the same MAC for a slice of a larger buffer, and again on reuse', () => {
    const padded = Buffer.concat([Buffer.from([1, 2, 3]), text.subarray(0, 40), Buffer.from([9])]);
    expect(hex(cmac.mac(padded, 3, 43))).toBe('dfa66747de9ae63030ca32611497c827');
    expect(hex(cmac.mac(text.subarray(0, 40)))).toBe('dfa66747de9ae63030ca32611497c827');
  });

  it('refuses a key that is not 16 bytes, with a typed error', () => {
    expect(() => new AesCmac(new Uint8Array(15))).toThrow(expect.objectContaining({ code: 'E_KEY_LENGTH' }));
  });
});
