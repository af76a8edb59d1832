/** AT commands over an open modem port, one at a time: the information lines and the final result. */
import type { SerialPort } from 'serialport';
import type { Clock } from '../../protocol/clock.ts';

export interface AtReply {
  /** "OK", "ERROR", "+CME ERROR: 10", … */
  final: string;
  lines: string[];
}

const FINAL = /^(OK|ERROR|\+CM[ES] ERROR.*)$/;

/** Sends `cmd`; resolves undefined when no final result comes within `timeoutMs`. */
export function atCommand(
  port: SerialPort,
  cmd: string,
  clock: Clock,
  timeoutMs: number,
): Promise<AtReply | undefined> {
  return new Promise((resolve) => {
    let buffer = '';
    const lines: string[] = [];
    const done = (r: AtReply | undefined) => {
      timer.cancel();
      port.off('data', onData);
      resolve(r);
    };
    const timer = clock.setTimer(timeoutMs, () => done(undefined));
    const onData = (d: Buffer) => {
      buffer += d.toString('latin1');
      let nl = buffer.search(/\r?\n/);
      while (nl !== -1) {
        const line = buffer.slice(0, nl).trim();
        buffer = buffer.slice(nl + 1).replace(/^\n/, '');
        if (line && line !== cmd) {
          if (FINAL.test(line)) return done({ final: line, lines });
          lines.push(line);
        }
        nl = buffer.search(/\r?\n/);
      }
    };
    port.on('data', onData);
    port.write(`${cmd}\r`);
  });
}
