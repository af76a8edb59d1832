/**
 * CRC-16/IBM-3740 (a.k.a. CRC-16/CCITT-FALSE): poly 0x1021, init 0xFFFF, no reflection, no final
 * XOR. Check value over ASCII "123456789" is 0x29B1. Table-driven: the decoder's hot path.
 * Version 2 frames use the same CRC with a final XOR of 0xFFFF (CRC-16/GENIBUS, check 0xD64E):
 * without it, zero bytes appended to a frame (a trailing delimiter flipped to 0x01) keep the CRC
 * valid, because the register stays 0 once the CRC itself has been fed in.
 */
const TABLE = new Uint16Array(256);
for (let i = 0; i < 256; i++) {
  let c = i << 8;
  for (let b = 0; b < 8; b++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  TABLE[i] = c;
}

export function crc16(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let crc = 0xffff;
  for (let i = start; i < end; i++) crc = ((crc << 8) & 0xffff) ^ TABLE[((crc >> 8) ^ bytes[i]!) & 0xff]!;
  return crc;
}

/** The CRC a frame of `version` carries: IBM-3740 for version 1, GENIBUS (final XOR) for 2. */
export function frameCrc(version: number, bytes: Uint8Array, start = 0, end = bytes.length): number {
  const crc = crc16(bytes, start, end);
  return version === 1 ? crc : crc ^ 0xffff;
}
