/**
 * Incremental hex-text → bytes for `vakt decode --hex`. Tolerates what captures look like:
 * whitespace, newlines, `0x` prefixes, `:` `,` `-` separators. Anything else is an error that
 * names the character and its position in the text.
 */
import { VaktError } from '../../protocol/errors.ts';

export class HexReader {
  private position = 0;
  private nibble = -1;
  private afterZero = false;

  /** Bytes completed by this chunk of text. Throws E_INPUT_HEX on a character that is not hex. */
  push(text: string): Buffer {
    const out: number[] = [];
    for (const ch of text) {
      const at = this.position++;
      if (ch === 'x' || ch === 'X') {
        // "0x" prefix: the 0 we just read was not data.
        if (this.afterZero && this.nibble === 0) {
          this.nibble = -1;
          this.afterZero = false;
          continue;
        }
        throw badChar(ch, at);
      }
      const v = Number.parseInt(ch, 16);
      if (Number.isNaN(v)) {
        if (/[\s:,-]/.test(ch)) {
          this.afterZero = false;
          continue;
        }
        throw badChar(ch, at);
      }
      if (this.nibble < 0) {
        this.nibble = v;
        this.afterZero = v === 0;
      } else {
        out.push((this.nibble << 4) | v);
        this.nibble = -1;
        this.afterZero = false;
      }
    }
    return Buffer.from(out);
  }

  /** End of text: an odd number of hex digits is an error. */
  end(): void {
    if (this.nibble >= 0) {
      throw new VaktError(
        'E_INPUT_HEX',
        `hex input has an odd number of digits (a lone digit before position ${this.position})`,
        'each byte is two hex digits',
      );
    }
  }
}

function badChar(ch: string, at: number): VaktError {
  return new VaktError(
    'E_INPUT_HEX',
    `"${ch}" at position ${at} is not a hex digit`,
    'hex input may hold 0-9, a-f, whitespace, 0x prefixes and : , - separators',
  );
}
