/**
 * AES-128-CMAC (RFC 4493, NIST SP 800-38B): the device link's message authentication code. One
 * `AesCmac` per key holds the key's subkeys and one running AES-CBC cipher, so a frame's MIC is
 * one call into the cipher and no key schedule: CMAC is CBC-MAC with the last block masked by a
 * subkey, and the cipher's chaining value left by the previous MAC is XORed out of the first block.
 */
import { type Cipher, createCipheriv } from 'node:crypto';
import { VaktError } from '../errors.ts';

const BLOCK = 16;

export class AesCmac {
  private readonly aes: Cipher;
  private readonly k1: Uint8Array;
  private readonly k2: Uint8Array;
  /** The CBC cipher's chaining value: the last ciphertext block it produced. */
  private chain: Uint8Array = new Uint8Array(BLOCK);

  constructor(key: Uint8Array) {
    if (key.length !== BLOCK) {
      throw new VaktError(
        'E_KEY_LENGTH',
        `an AES-128 key is 16 bytes, got ${key.length}`,
        'give the key as 32 hex digits',
      );
    }
    this.aes = createCipheriv('aes-128-cbc', key, new Uint8Array(BLOCK));
    this.aes.setAutoPadding(false);
    this.k1 = double(this.cbc(new Uint8Array(BLOCK)));
    this.k2 = double(this.k1);
  }

  /** The full 16-byte CMAC of `message[start, end)`. */
  mac(message: Uint8Array, start = 0, end = message.length): Uint8Array {
    const n = end - start;
    const blocks = Math.max(1, Math.ceil(n / BLOCK));
    const m = new Uint8Array(blocks * BLOCK);
    m.set(message.subarray(start, end));
    const complete = n > 0 && n % BLOCK === 0;
    if (!complete) m[n] = 0x80;
    const sub = complete ? this.k1 : this.k2;
    const last = (blocks - 1) * BLOCK;
    for (let i = 0; i < BLOCK; i++) m[last + i]! ^= sub[i]!;
    return this.cbc(m).subarray(last);
  }

  /** CBC-encrypts `m` (whole blocks) from a zero IV, however the cipher was left by the last call. */
  private cbc(m: Uint8Array): Uint8Array {
    for (let i = 0; i < BLOCK; i++) m[i]! ^= this.chain[i]!;
    const out = this.aes.update(m);
    this.chain = out.subarray(out.length - BLOCK);
    return out;
  }
}

/** Doubling in GF(2^128) with the CMAC polynomial: shift left one bit, XOR 0x87 on carry. */
function double(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(BLOCK);
  for (let i = 0; i < BLOCK; i++) out[i] = ((b[i]! << 1) | (i + 1 < BLOCK ? b[i + 1]! >>> 7 : 0)) & 0xff;
  if (b[0]! & 0x80) out[BLOCK - 1]! ^= 0x87;
  return out;
}
