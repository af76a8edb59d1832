/**
 * CRC-16/ARC as DC-09 uses it: polynomial 0x8005 reflected (0xA001), initial value 0, no final
 * XOR, over the ASCII characters from the opening `"` of the id token to the end of the message
 * (before `<CR>`). Check value over "123456789" is 0xBB3D.
 */
const TABLE = new Uint16Array(256);
for (let i = 0; i < 256; i++) {
  let c = i;
  for (let b = 0; b < 8; b++) c = c & 1 ? (c >>> 1) ^ 0xa001 : c >>> 1;
  TABLE[i] = c;
}

export function crc16Arc(text: string): number {
  let crc = 0;
  for (let i = 0; i < text.length; i++) crc = (crc >>> 8) ^ TABLE[(crc ^ text.charCodeAt(i)) & 0xff]!;
  return crc;
}

/** Four upper-case hex digits, as the CRC and length fields are written. */
export function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}
