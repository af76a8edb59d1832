/** The body of `vakt decode`: streams input through the decoder and prints as it goes. */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { VaktError } from '../../protocol/errors.ts';
import { type Decoded, describeFrame, FrameDecoder, frameToJson } from '../../protocol/serial/index.ts';
import { HexReader } from './hex-reader.ts';

export async function runDecode(file: string, opts: { hex?: boolean; json?: boolean }): Promise<void> {
  const input: Readable = file === '-' ? process.stdin : createReadStream(file);
  const decoder = new FrameDecoder();
  const hex = opts.hex ? new HexReader() : undefined;
  const print = (ds: Decoded[]): void => {
    if (ds.length === 0) return;
    process.stdout.write(ds.map((d) => (opts.json ? jsonLine(d) : textLine(d))).join(''));
  };
  try {
    for await (const chunk of input) {
      const bytes = hex ? hex.push((chunk as Buffer).toString('latin1')) : (chunk as Buffer);
      print(decoder.push(bytes));
    }
  } catch (err) {
    if (err instanceof VaktError) throw err;
    const e = err as NodeJS.ErrnoException;
    throw new VaktError(
      'E_FILE_READ',
      `cannot read ${file === '-' ? 'standard input' : file}: ${e.code ?? e.message}`,
      'check the path and that you may read it',
    );
  }
  hex?.end();
  print(decoder.flush());
}

function jsonLine(d: Decoded): string {
  return 'frame' in d
    ? `${JSON.stringify({ offset: d.offset, frame: frameToJson(d.frame) })}\n`
    : `${JSON.stringify({ offset: d.offset, error: { code: d.error.code, message: d.error.message } })}\n`;
}

function textLine(d: Decoded): string {
  const at = `@${d.offset}`.padEnd(8);
  return 'frame' in d
    ? `${at} ${describeFrame(d.frame)}\n`
    : `${at} ERROR ${d.error.code}: ${d.error.message}\n`;
}
