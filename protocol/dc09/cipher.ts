/**
 * DC-09 encryption: AES-CBC with an all-zero IV and no block padding; the message itself starts
 * with random pad characters so that its length is a multiple of 16 and the first block differs
 * every time (the standard's substitute for a random IV). Key sizes 128/192/256 bit, written as
 * 32/48/64 hex digits.
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { Dc09Error, Dc09ErrorCode } from './errors.ts';

const IV = Buffer.alloc(16);
const KEY_HEX = /^(?:[0-9A-Fa-f]{32}|[0-9A-Fa-f]{48}|[0-9A-Fa-f]{64})$/;

/** Pad characters: never `|`, `[` or `]`, which delimit what follows the pad. */
const PAD_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function parseKey(hex: string): Buffer {
  if (!KEY_HEX.test(hex))
    throw new Dc09Error(
      Dc09ErrorCode.KEY,
      `an AES key must be 32, 48 or 64 hex digits (AES-128/192/256); got ${hex.length} characters`,
      'write the key the receiving centre gave you as hex, e.g. 000102030405060708090A0B0C0D0E0F',
    );
  return Buffer.from(hex, 'hex');
}

const algorithm = (key: Buffer): string => `aes-${key.length * 8}-cbc`;

/** Random pad of 1..16 characters making `plain` a whole number of AES blocks. */
export function padFor(length: number, random: (n: number) => Uint8Array): string {
  const n = 16 - (length % 16);
  const bytes = random(n);
  let pad = '';
  for (let i = 0; i < n; i++) pad += PAD_ALPHABET[bytes[i]! % PAD_ALPHABET.length];
  return pad;
}

/** ASCII whose length is a multiple of 16 → upper-case hex ciphertext. */
export function encryptBlocks(key: Buffer, plain: string): string {
  const c = createCipheriv(algorithm(key), key, IV).setAutoPadding(false);
  return Buffer.concat([c.update(plain, 'latin1'), c.final()])
    .toString('hex')
    .toUpperCase();
}

export function decryptBlocks(key: Buffer, hex: string): string {
  if (hex.length === 0 || hex.length % 32 !== 0 || !/^[0-9A-Fa-f]+$/.test(hex))
    throw new Dc09Error(
      Dc09ErrorCode.KEY,
      `encrypted part is ${hex.length} characters; it must be hex, a whole number of 16-byte blocks`,
    );
  const d = createDecipheriv(algorithm(key), key, IV).setAutoPadding(false);
  return Buffer.concat([d.update(Buffer.from(hex, 'hex')), d.final()]).toString('latin1');
}
