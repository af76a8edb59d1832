/**
 * The cellular modem over its serial port: AT commands (3GPP TS 27.005/27.007), one at a time,
 * each with a timeout on the injected clock. Unsolicited lines (RING, +CMTI, …) are ignored.
 * The port is opened on demand and reopened after it vanished; nothing here throws past a
 * rejected promise with a typed ModemError.
 */
import type { Logger } from 'pino';
import { SerialPort } from 'serialport';
import type { Clock } from '../../protocol/clock.ts';
import { VaktError } from '../../protocol/errors.ts';

export class ModemError extends VaktError {
  constructor(
    code: 'E_MODEM_PORT' | 'E_MODEM_TIMEOUT' | 'E_MODEM_SIM' | 'E_MODEM_NETWORK' | 'E_MODEM_REFUSED',
    message: string,
    hint: string,
  ) {
    super(code, message, hint);
  }
}

export interface ModemHealth {
  sim: boolean;
  registered: boolean;
  /** +CSQ 0..31, 99 unknown. */
  csq: number;
  problem?: { message: string; action: string };
}

const CMS_MEANING: Record<number, [string, string]> = {
  310: ['no SIM card in the modem', 'insert the SIM card'],
  330: ['SMS service centre unknown', 'check the SIM subscription allows SMS'],
  331: ['no network service', 'check mobile coverage at the hub; move the hub or fit an external antenna'],
  332: [
    'network timeout (signal too weak)',
    'improve reception: external antenna or another place for the hub',
  ],
  302: ['operation not allowed', 'check the SIM subscription allows SMS'],
};

const COMMAND_TIMEOUT_MS = 5_000;
const SEND_TIMEOUT_MS = 60_000;

export class Modem {
  private port: SerialPort | undefined;
  private buffer = '';
  private waiter: ((line: string) => void) | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly path: string,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  async close(): Promise<void> {
    const p = this.port;
    this.port = undefined;
    if (p?.isOpen) await new Promise((r) => p.close(r));
  }

  /** SIM, registration and signal, with the problem a technician should fix (if any). */
  probe(): Promise<ModemHealth> {
    return this.serial(async () => {
      await this.command('ATE0');
      const cpin = await this.command('AT+CPIN?').catch(() => 'ERROR');
      const sim = /\+CPIN: READY/.test(cpin);
      const creg = /\+CREG: \d,(\d)/.exec(await this.command('AT+CREG?'));
      const registered = creg?.[1] === '1' || creg?.[1] === '5';
      const csq = Number(/\+CSQ: (\d+)/.exec(await this.command('AT+CSQ'))?.[1] ?? 99);
      const problem = !sim
        ? { message: 'no SIM card (or SIM locked)', action: 'insert or unlock the SIM card' }
        : !registered
          ? {
              message: 'the modem is not registered on a mobile network',
              action: 'check mobile coverage and that the SIM is active',
            }
          : csq === 99 || csq < 5
            ? {
                message: `mobile signal too weak (CSQ ${csq})`,
                action: 'fit an external antenna or move the hub',
              }
            : undefined;
      return { sim, registered, csq, ...(problem ? { problem } : {}) };
    });
  }

  /** Sends one SMS in text mode; resolves with the message reference. */
  sendSms(number: string, text: string): Promise<number> {
    return this.serial(async () => {
      await this.command('ATE0');
      await this.command('AT+CMGF=1');
      const prompt = await this.exchange(
        `AT+CMGS="${number}"\r`,
        (l) => l.startsWith('>') || isFinal(l),
        COMMAND_TIMEOUT_MS,
      );
      if (!prompt.startsWith('>')) throw refused(prompt);
      const done = await this.exchange(
        `${text.replace(/[\x1a\x1b]/g, '')}\x1a`,
        (l) => /^\+CMGS:/.test(l) || isFinal(l),
        SEND_TIMEOUT_MS,
      );
      if (!/^\+CMGS:/.test(done)) throw refused(done);
      this.log.info({ to: `${number.slice(0, 4)}…`, reference: done }, 'SMS sent');
      return Number(/\d+/.exec(done)?.[0] ?? 0);
    });
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      await this.open();
      return fn();
    });
    this.queue = run.catch(() => {});
    return run;
  }

  private async open(): Promise<void> {
    if (this.port?.isOpen) return;
    this.port = await new Promise<SerialPort>((resolve, reject) => {
      const p = new SerialPort({ path: this.path, baudRate: 115200 }, (err) =>
        err
          ? reject(
              new ModemError(
                'E_MODEM_PORT',
                `cannot open modem port ${this.path}: ${err.message}`,
                'check the modem is plugged in and sms.modemPort',
              ),
            )
          : resolve(p),
      );
    });
    this.buffer = '';
    this.port.on('data', (d: Buffer) => this.onData(d.toString('latin1')));
    this.port.on('close', () => (this.port = undefined));
    this.port.on('error', () => {});
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    // The SMS prompt has no line end.
    if (/(^|\r\n)> ?$/.test(this.buffer)) {
      this.buffer = '';
      this.waiter?.('>');
      return;
    }
    let nl = this.buffer.indexOf('\r\n');
    while (nl !== -1) {
      const line = this.buffer.slice(0, nl).trim();
      this.buffer = this.buffer.slice(nl + 2);
      if (line) this.waiter?.(line);
      nl = this.buffer.indexOf('\r\n');
    }
  }

  /** Sends a command; resolves with the information lines, rejects on ERROR. */
  private async command(cmd: string): Promise<string> {
    const lines: string[] = [];
    const final = await this.exchange(
      `${cmd}\r`,
      (l) => {
        if (isFinal(l)) return true;
        lines.push(l);
        return false;
      },
      COMMAND_TIMEOUT_MS,
    );
    if (final !== 'OK') throw refused(final);
    return lines.join('\n');
  }

  private exchange(out: string, done: (line: string) => boolean, timeoutMs: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const port = this.port;
      if (!port)
        return reject(
          new ModemError(
            'E_MODEM_PORT',
            `modem port ${this.path} is closed`,
            'check the modem is plugged in',
          ),
        );
      const timer = this.clock.setTimer(timeoutMs, () => {
        this.waiter = undefined;
        reject(
          new ModemError(
            'E_MODEM_TIMEOUT',
            `modem did not answer ${out.trim().slice(0, 20)} within ${timeoutMs / 1000} s`,
            'power-cycle the modem; check sms.modemPort',
          ),
        );
      });
      this.waiter = (line) => {
        if (line !== '>' && /^(RING|\+CMTI|\+CREG: \d$|\+CRING)/.test(line)) return; // unsolicited
        if (!done(line)) return;
        timer.cancel();
        this.waiter = undefined;
        resolve(line);
      };
      port.write(Buffer.from(out, 'latin1'), (err) => {
        if (!err) return;
        timer.cancel();
        this.waiter = undefined;
        reject(
          new ModemError(
            'E_MODEM_PORT',
            `cannot write to modem port ${this.path}: ${err.message}`,
            'check the modem is plugged in',
          ),
        );
      });
    });
  }
}

function isFinal(l: string): boolean {
  return l === 'OK' || l === 'ERROR' || /^\+CM[SE] ERROR/.test(l);
}

function refused(line: string): ModemError {
  const code = Number(/\+CM[SE] ERROR: (\d+)/.exec(line)?.[1] ?? Number.NaN);
  const [what, fix] = CMS_MEANING[code] ?? [`modem answered ${line}`, 'run vakt diag; power-cycle the modem'];
  const kind =
    code === 310 ? 'E_MODEM_SIM' : code === 331 || code === 332 ? 'E_MODEM_NETWORK' : 'E_MODEM_REFUSED';
  return new ModemError(kind, `SMS refused: ${what} (${line})`, fix);
}
