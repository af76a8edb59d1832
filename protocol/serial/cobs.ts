/**
 * Consistent Overhead Byte Stuffing (Cheshire & Baker, 1999). Removes every 0x00 from a frame so
 * that 0x00 can delimit frames on the wire: a receiver resynchronises at the next 0x00 whatever
 * garbage came before. Overhead: one byte per 254 bytes of input, plus one.
 */

/** Worst-case encoded size of `n` input bytes (without the 0x00 delimiter). */
export function cobsMaxEncodedLength(n: number): number {
  return n + Math.ceil(n / 254) + (n % 254 === 0 ? 1 : 0);
}

/** Writes the COBS encoding of `src` into `dst` at `at`; returns the number of bytes written. */
export function cobsEncodeInto(src: Uint8Array, dst: Uint8Array, at = 0): number {
  let codeAt = at;
  let out = at + 1;
  let code = 1;
  for (let i = 0; i < src.length; i++) {
    const byte = src[i]!;
    if (byte === 0) {
      dst[codeAt] = code;
      codeAt = out++;
      code = 1;
      continue;
    }
    dst[out++] = byte;
    code++;
    if (code === 0xff) {
      dst[codeAt] = code;
      codeAt = out++;
      code = 1;
    }
  }
  dst[codeAt] = code;
  return out - at;
}

/**
 * Decodes `src[start, end)` (no 0x00 inside) into `dst`. Returns the decoded length, or -1 when
 * the encoding is invalid (a code byte points past the end of the frame).
 */
export function cobsDecodeInto(src: Uint8Array, start: number, end: number, dst: Uint8Array): number {
  let out = 0;
  let i = start;
  while (i < end) {
    const code = src[i++]!;
    const stop = i + code - 1;
    if (stop > end) return -1;
    while (i < stop) dst[out++] = src[i++]!;
    if (code !== 0xff && i < end) dst[out++] = 0;
  }
  return out;
}
