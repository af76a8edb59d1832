/**
 * AES-128-CMAC (RFC 4493, NIST SP 800-38B): the device link's message authentication code. One
 * `AesCmac` per key holds the key's subkeys and a reusable AES block cipher, so a frame's MIC costs
 * two or three block encryptions and no key schedule.
 */
import { type Cipher, createCipheriv } from 'node:crypto';
import { VaktError } from '../errors.ts';

const BLOCK = 16;

export class AesCmac {
  private readonly aes: Cipher;
  private readonly k1: Uint8Array;
  private readonly k2: Uint8Array;

  constructor(key: Uint8Array) {
    if (key.length !== BLOCK) {
      throw new VaktError(
        'E_KEY_LENGTH',
        `an AES-128 key is 16 bytes, got ${key.length}`,
        'give the key as 32 hex digits',
      );
    }
    this.aes = createCipheriv('aes-128-ecb', key, null);
    this.aes.setAutoPadding(false);
    this.k1 = double(this.block(new Uint8Array(BLOCK)));
    this.k2 = double(this.k1);
  }

  /** The full 16-byte CMAC of `message[start, end)`. */
  mac(message: Uint8Array, start = 0, end = message.length): Uint8Array {
    const n = end - start;
    const blocks = Math.max(1, Math.ceil(n / BLOCK));
    const complete = n > 0 && n % BLOCK === 0;
    const x = new Uint8Array(BLOCK);
    for (let b = 0; b < blocks - 1; b++) {
      for (let i = 0; i < BLOCK; i++) x[i]! ^= message[start + b * BLOCK + i]!;
      x.set(this.block(x));
    }
    const last = start + (blocks - 1) * BLOCK;
    const sub = complete ? this.k1 : this.k2;
    for (let i = 0; i < BLOCK; i++) {
      const at = last + i;
      const m = at < end ? message[at]! : at === end ? 0x80 : 0;
      x[i]! ^= m ^ sub[i]!;
    }
    return this.block(x);
  }

  private block(input: Uint8Array): Uint8Array {
    return this.aes.update(input);
  }
}

/** Doubling in GF(2^128) with the CMAC polynomial: shift left one bit, XOR 0x87 on carry. */
function double(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(BLOCK);
  for (let i = 0; i < BLOCK; i++) out[i] = ((b[i]! << 1) | (i + 1 < BLOCK ? b[i + 1]! >>> 7 : 0)) & 0xff;
  if (b[0]! & 0x80) out[BLOCK - 1]! ^= 0x87;
  return out;
}
