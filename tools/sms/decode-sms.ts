/** `vakt decode-sms`: each SMS parsed and printed; the first invalid one ends with its typed error. */
import { StringDecoder } from 'node:string_decoder';
import { hex32 } from '../../protocol/serial/index.ts';
import { printable } from '../../protocol/printable.ts';
import { parseSms, SMS_MAX, type SmsAlarm, SmsFormatError } from '../../protocol/sms/format.ts';

/** A line longer than this cannot be an SMS; it is refused without being held whole in memory. */
const MAX_LINE = 4 * SMS_MAX;

export async function runDecodeSms(text: string | undefined, opts: { json?: boolean }): Promise<void> {
  const lines = text !== undefined ? [text] : boundedLines(process.stdin, MAX_LINE);
  for await (const line of lines) {
    if (!line.trim()) continue;
    process.stdout.write(`${describeSms(parseSms(line), opts.json === true)}\n`);
  }
}

export function describeSms(a: SmsAlarm, json: boolean): string {
  if (json) return JSON.stringify({ ...a, deviceId: hex32(a.deviceId), at: new Date(a.atMs).toISOString() });
  // parseSms admits printable ASCII only; printable() keeps that true should the parser ever widen.
  return printable(
    `${new Date(a.atMs).toISOString()} hub ${a.hubId} device ${hex32(a.deviceId)} (type ${a.deviceType}) code ${a.statusCode} class ${a.eventClass} event ${a.eventId}${a.location ? ` at "${a.location}"` : ''}`,
  );
}

/** Lines of `input` (LF or CRLF); a line over `max` characters throws E_SMS_TOO_LONG at once. */
export async function* boundedLines(
  input: AsyncIterable<Buffer | string>,
  max: number,
): AsyncGenerator<string> {
  let partial = '';
  const utf8 = new StringDecoder('utf8'); // a character split across two reads stays whole
  for await (const chunk of input) {
    const parts = (partial + (typeof chunk === 'string' ? chunk : utf8.write(chunk))).split('\n');
    partial = parts.pop() ?? '';
    for (const p of parts) yield tooLong(p.replace(/\r$/, ''), max);
    tooLong(partial, max);
  }
  if (partial) yield tooLong(partial.replace(/\r$/, ''), max);
}

function tooLong(line: string, max: number): string {
  if (line.length <= max) return line;
  throw new SmsFormatError(
    `a line of standard input is over ${max} characters; a Vakt alarm SMS is at most ${SMS_MAX}`,
    'give one SMS per line, as received',
    'E_SMS_TOO_LONG',
  );
}
