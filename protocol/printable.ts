/**
 * Text from outside (an SMS, an uplink message, a config file) made safe to print on a terminal:
 * C0 and C1 control characters, DEL and the Unicode bidi overrides could move the cursor, recolour
 * or rewrite what a technician sees (an ESC sequence can hide an alarm line). Each becomes one
 * visible `\xNN` / `\u{NNNN}` escape, so nothing is silently lost and the line stays one line.
 */

// C0 (incl. ESC, CR, LF, TAB), DEL, C1, and the bidi embedding/override/isolate controls.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const n = c.codePointAt(0)!;
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u{${n.toString(16)}}`;
  });
}
