/**
 * Install codes (SPEC §8), as Zigbee 3.0 defines them: 16 random bytes printed on the device
 * with a CRC-16/X-25 (stored little-endian) so a mistyped code is caught at once; the device's
 * 128-bit link key is the AES-MMO hash (Matyas–Meyer–Oseas, Zigbee padding) of code ‖ CRC.
 */
import { createCipheriv } from 'node:crypto';
import { VaktError } from '../errors.ts';

export const INSTALL_CODE_BYTES = 16;

/** CRC-16/X-25 (IBM-SDLC): poly 0x1021 reflected, init 0xFFFF, final XOR 0xFFFF; check 0x906E. */
export function crc16x25(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const b of bytes) {
    crc ^= b;
    for (let i = 0; i < 8; i++) crc = crc & 1 ? (crc >>> 1) ^ 0x8408 : crc >>> 1;
  }
  return (crc ^ 0xffff) & 0xffff;
}

/** AES-MMO hash of `m` (Zigbee spec B.6): h₀ = 0; hᵢ = AES(hᵢ₋₁, Mᵢ) ⊕ Mᵢ. For inputs < 8 KiB. */
export function aesMmo(m: Uint8Array): Uint8Array {
  const bits = m.length * 8;
  const total = Math.ceil((m.length + 3) / 16) * 16;
  const padded = new Uint8Array(total);
  padded.set(m);
  padded[m.length] = 0x80;
  padded[total - 2] = (bits >>> 8) & 0xff;
  padded[total - 1] = bits & 0xff;
  let h: Uint8Array = new Uint8Array(16);
  for (let at = 0; at < total; at += 16) {
    const block = padded.subarray(at, at + 16);
    const aes = createCipheriv('aes-128-ecb', h, null);
    aes.setAutoPadding(false);
    const e = aes.update(block);
    h = e.map((x, i) => x ^ block[i]!);
  }
  return h;
}

export interface InstallCode {
  /** The 16 code bytes, without the CRC. */
  code: Uint8Array;
  /** The 128-bit link key the device and the hub share. */
  key: Uint8Array;
  /** As printed: 9 groups of 4 hex digits, CRC last. */
  printed: string;
}

/**
 * Reads an install code as printed or scanned: 36 hex digits (code then CRC), spaces, dashes or
 * colons anywhere. Throws `E_INSTALL_CODE` for a bad form and `E_INSTALL_CODE_CRC` for a typo.
 */
export function parseInstallCode(text: string): InstallCode {
  const digits = text.replace(/[\s:-]/g, '');
  if (!/^[0-9A-Fa-f]{36}$/.test(digits)) {
    throw new VaktError(
      'E_INSTALL_CODE',
      `install code must be 36 hex digits (16 code bytes and a 2-byte CRC), got ${digits.length} characters`,
      'type the code exactly as printed on the device label, e.g. 83FE D340 7A93 9723 A5C6 39B2 6916 D505 C3B5',
    );
  }
  const all = Buffer.from(digits, 'hex');
  const code = all.subarray(0, INSTALL_CODE_BYTES);
  const stated = all[16]! | (all[17]! << 8);
  const crc = crc16x25(code);
  if (stated !== crc) {
    throw new VaktError(
      'E_INSTALL_CODE_CRC',
      'install code check digits do not match: a digit is mistyped',
      'compare every group with the label and type it again',
    );
  }
  return { code: Uint8Array.from(code), key: aesMmo(all), printed: printInstallCode(code) };
}

/** The printed form of a code: its CRC appended little-endian, in groups of 4 hex digits. */
export function printInstallCode(code: Uint8Array): string {
  if (code.length !== INSTALL_CODE_BYTES) {
    throw new VaktError('E_INSTALL_CODE', `an install code is 16 bytes, got ${code.length}`);
  }
  const crc = crc16x25(code);
  const hex = Buffer.concat([Buffer.from(code), Buffer.from([crc & 0xff, crc >>> 8])])
    .toString('hex')
    .toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}
