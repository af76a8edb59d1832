/**
 * The body of `vakt decode`: streams input through the decoder and prints as it goes; secured
 * frames get a MIC verdict (ok, bad, replay, or not checked without `--key`).
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { VaktError } from '../../protocol/errors.ts';
import { type Decoded, describeFrame, FrameDecoder, frameToJson } from '../../protocol/serial/index.ts';
import { HexReader } from './hex-reader.ts';
import { MicCheck, type MicVerdict } from './mic-check.ts';

export interface DecodeOptions {
  hex?: boolean;
  json?: boolean;
  key?: string;
  installCode?: string;
}

export async function runDecode(file: string, opts: DecodeOptions): Promise<void> {
  const mic = MicCheck.from(opts);
  const input: Readable = file === '-' ? process.stdin : createReadStream(file);
  const decoder = new FrameDecoder();
  const hex = opts.hex ? new HexReader() : undefined;
  const print = (ds: Decoded[]): void => {
    if (ds.length === 0) return;
    const line = (d: Decoded) => (opts.json ? jsonLine(d, mic.verdict(d)) : textLine(d, mic.verdict(d)));
    process.stdout.write(ds.map(line).join(''));
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

function jsonLine(d: Decoded, mic: MicVerdict | undefined): string {
  if (!('frame' in d))
    return `${JSON.stringify({ offset: d.offset, error: { code: d.error.code, message: d.error.message } })}\n`;
  return `${JSON.stringify({ offset: d.offset, frame: frameToJson(d.frame), ...(mic ? { mic } : {}) })}\n`;
}

function textLine(d: Decoded, mic: MicVerdict | undefined): string {
  const at = `@${d.offset}`.padEnd(8);
  if (!('frame' in d)) return `${at} ERROR ${d.error.code}: ${d.error.message}\n`;
  const verdict =
    mic === undefined
      ? ''
      : mic === 'ok'
        ? ' MIC ok'
        : mic === 'bad'
          ? ' MIC BAD'
          : mic === 'replay'
            ? ' MIC ok, REPLAYED COUNTER'
            : ' MIC not checked';
  return `${at} ${describeFrame(d.frame)}${verdict}\n`;
}
