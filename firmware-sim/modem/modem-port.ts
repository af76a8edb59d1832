/**
 * The simulated modem on a serial port: a given path or a fresh PTY pair. Every SMS it sends is
 * reported to `onSms` and, when `smsLog` is set, appended as one JSON line to that file.
 */
import { appendFileSync } from 'node:fs';
import { SerialPort } from 'serialport';
import { openPtyPair, type PtyPair } from '../link/pty-pair.ts';
import { AtModem, type SentSms } from './at-modem.ts';

export interface ModemPortOptions {
  /** Open this path; otherwise a PTY pair is made and `hubPath` tells the hub where to connect. */
  port?: string;
  smsLog?: string;
  onSms?(sms: SentSms): void;
  now?: () => number;
}

export class ModemPort {
  private constructor(
    readonly modem: AtModem,
    private readonly serial: SerialPort,
    private readonly pair: PtyPair | undefined,
    readonly hubPath: string,
  ) {}

  static async open(options: ModemPortOptions): Promise<ModemPort> {
    const pair = options.port ? undefined : await openPtyPair({ deviceName: 'modem', hubName: 'modem-hub' });
    const path = options.port ?? pair!.devicePath;
    const serial = await new Promise<SerialPort>((resolve, reject) => {
      const p = new SerialPort({ path, baudRate: 115200 }, (err) => (err ? reject(err) : resolve(p)));
    });
    const modem = new AtModem(options.now ?? Date.now, (sms) => {
      if (options.smsLog) appendFileSync(options.smsLog, `${JSON.stringify({ sms })}\n`, { mode: 0o600 });
      options.onSms?.(sms);
    });
    serial.on('data', (d: Buffer) => {
      const out = modem.feed(d.toString('latin1'));
      if (out) serial.write(Buffer.from(out, 'latin1'));
    });
    return new ModemPort(modem, serial, pair, pair ? pair.hubPath : path);
  }

  async close(): Promise<void> {
    if (this.serial.isOpen) await new Promise((r) => this.serial.close(r));
    await this.pair?.close();
  }
}
