/**
 * The serial link to the radio receiver, supervised. Opens the port (from a factory, so tests can
 * use PTYs or the mock binding), and reopens it forever with capped backoff when it never
 * appeared, vanished, failed a write (EIO) or went quiet (no receiver_status for the grace
 * period). Never exits on serial trouble: it reports `down`/`up` and lets the gateway raise one
 * "receiver lost" technical alarm.
 */
import { EventEmitter } from 'node:events';
import type { Duplex } from 'node:stream';
import { SerialPort } from 'serialport';
import type { Clock, Timer } from '../../protocol/clock.ts';
import { type Decoded, encodeFrame, type Frame, FrameDecoder } from '../../protocol/serial/index.ts';
import { reopenDelay } from './backoff.ts';

export type PortFactory = (
  path: string,
  baudRate: number,
) => Promise<Duplex & { close(cb?: (err: Error | null) => void): void }>;

export const openSerialPort: PortFactory = (path, baudRate) =>
  new Promise((resolve, reject) => {
    const port = new SerialPort({ path, baudRate }, (err) => (err ? reject(err) : resolve(port)));
  });

/** Longest wait at stop for written ACKs to leave the port. */
const DRAIN_MS = 500;

export interface LinkSettings {
  path: string;
  baudRate: number;
  /** No receiver_status for this long: the link is considered lost and reopened. */
  quietAfterMs: number;
  reopenMinMs: number;
  reopenMaxMs: number;
}

export interface SerialLinkEvents {
  decoded: [Decoded];
  up: [];
  down: [reason: string];
}

export class SerialLink extends EventEmitter<SerialLinkEvents> {
  private port: Awaited<ReturnType<PortFactory>> | undefined;
  private decoder = new FrameDecoder();
  private attempts = 0;
  private reopenTimer: Timer | undefined;
  private quietTimer: Timer | undefined;
  private stopped = false;
  private isUp = false;

  constructor(
    private readonly settings: LinkSettings,
    private readonly clock: Clock,
    private readonly factory: PortFactory = openSerialPort,
  ) {
    super();
  }

  get up(): boolean {
    return this.isUp;
  }

  start(): void {
    void this.open();
  }

  /** Stops reading; ACKs already written are drained to the receiver (at most DRAIN_MS) before the port closes. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.isUp = false;
    this.reopenTimer?.cancel();
    this.quietTimer?.cancel();
    const port = this.port;
    if (port) {
      port.removeAllListeners('data');
      port.pause();
      await this.drain(port);
    }
    await this.closePort();
  }

  /** Writes a frame; a write error takes the link down (and it will be reopened). */
  send(frame: Frame): boolean {
    const port = this.port;
    if (!port || !this.isUp) return false;
    port.write(encodeFrame(frame), (err?: Error | null) => {
      if (err) this.lost(`write failed: ${err.message}`);
    });
    return true;
  }

  /** Closes and reopens the port (a remote "reboot link" command). */
  reopen(reason: string): void {
    this.lost(reason);
  }

  /** Proof of life from the receiver: restarts the quiet timer. */
  alive(): void {
    this.quietTimer?.cancel();
    this.quietTimer = this.clock.setTimer(this.settings.quietAfterMs, () =>
      this.lost(`no receiver status for ${this.settings.quietAfterMs / 1000} s`),
    );
  }

  private async open(): Promise<void> {
    if (this.stopped) return;
    try {
      const port = await this.factory(this.settings.path, this.settings.baudRate);
      if (this.stopped) {
        port.close();
        return;
      }
      this.port = port;
      this.decoder = new FrameDecoder();
      port.on('data', (chunk: Buffer) => {
        for (const d of this.decoder.push(chunk)) this.emit('decoded', d);
      });
      port.on('close', () => this.lost('port closed'));
      port.on('error', (err: Error) => this.lost(`port error: ${err.message}`));
      this.attempts = 0;
      this.isUp = true;
      this.alive();
      this.emit('up');
    } catch (err) {
      this.scheduleReopen(`cannot open ${this.settings.path}: ${(err as Error).message}`);
    }
  }

  private lost(reason: string): void {
    if (!this.isUp || this.stopped) return;
    this.isUp = false;
    this.quietTimer?.cancel();
    void this.closePort();
    this.scheduleReopen(reason);
  }

  private scheduleReopen(reason: string): void {
    if (this.stopped) return;
    this.emit('down', reason);
    const delay = reopenDelay(this.attempts++, this.settings.reopenMinMs, this.settings.reopenMaxMs);
    this.reopenTimer = this.clock.setTimer(delay, () => void this.open());
  }

  private drain(port: NonNullable<SerialLink['port']>): Promise<void> {
    const drainable = port as { drain?: (cb: (err?: Error | null) => void) => void };
    if (typeof drainable.drain !== 'function') return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = this.clock.setTimer(DRAIN_MS, resolve);
      drainable.drain!(() => {
        timer.cancel();
        resolve();
      });
    });
  }

  private async closePort(): Promise<void> {
    const port = this.port;
    this.port = undefined;
    if (!port) return;
    port.removeAllListeners('close');
    port.removeAllListeners('data');
    port.on('error', () => {});
    await new Promise<void>((resolve) => port.close(() => resolve()));
  }
}
