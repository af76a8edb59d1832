/**
 * Human-readable log lines for a person watching `vakt run` on a terminal: the same pino events
 * as the JSON lines journald gets, one per line, as
 * `12:03:04.512 WARN  broker connection lost  path=primary reason="connack timeout"`.
 * The hub id is left out (one hub per terminal); every other field follows the message.
 */
import type { DestinationStream } from 'pino';

const LEVELS: Record<number, [string, number]> = {
  10: ['TRACE', 2],
  20: ['DEBUG', 2],
  30: ['INFO ', 0],
  40: ['WARN ', 33],
  50: ['ERROR', 31],
  60: ['FATAL', 31],
};

export function prettyLine(json: string, colour: boolean): string {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const { level, time, msg, hub: _hub, ...fields } = o;
  const [name, sgr] = LEVELS[level as number] ?? [String(level).padEnd(5), 0];
  const label = colour && sgr ? `\u001b[${sgr}m${name}\u001b[0m` : name;
  const at =
    typeof time === 'string' ? time.slice(11, 23) : new Date(Number(time)).toISOString().slice(11, 23);
  const rest = Object.entries(fields)
    .map(([k, v]) => `${k}=${typeof v === 'string' && !/[\s"=]/.test(v) ? v : JSON.stringify(v)}`)
    .join(' ');
  return `${at} ${label} ${String(msg ?? '')}${rest ? `  ${rest}` : ''}\n`;
}

/** A pino destination writing prettyLine of each event to `out`. */
export function prettyDestination(out: NodeJS.WritableStream, colour: boolean): DestinationStream {
  return { write: (line: string) => out.write(prettyLine(line.trimEnd(), colour)) };
}
