/**
 * Cuts a byte stream (a TCP connection) into DC-09 messages, `<LF>` … `<CR>`. Bytes outside a
 * message are dropped; a message longer than the 0LLL field allows is dropped whole, so the
 * buffer never exceeds MAX_FRAME characters.
 */
import { MAX_BODY } from './message.ts';

/** LF + CRC + 0LLL + body + CR. */
export const MAX_FRAME = 1 + 4 + 4 + MAX_BODY + 1;

export class MessageSplitter {
  private buf = '';
  private inFrame = false;
  /** Characters dropped because they were outside a message or in an overlong one. */
  dropped = 0;

  push(chunk: string): string[] {
    const out: string[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (c === '\n') {
        if (this.inFrame) this.dropped += this.buf.length;
        this.buf = c;
        this.inFrame = true;
      } else if (!this.inFrame) {
        this.dropped++;
      } else if (c === '\r') {
        out.push(this.buf + c);
        this.buf = '';
        this.inFrame = false;
      } else if (this.buf.length >= MAX_FRAME - 1) {
        this.dropped += this.buf.length + 1;
        this.buf = '';
        this.inFrame = false;
      } else {
        this.buf += c;
      }
    }
    return out;
  }
}
