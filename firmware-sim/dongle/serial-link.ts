/**
 * The dongle's USB serial port. Either the simulator owns a socat PTY pair (then "unplug" kills
 * it, so the hub's port path vanishes as with a real USB unplug, and "replug" recreates it at the
 * same path), or it opens a port path it was given (then unplug only closes its own end).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { VaktError } from '../../protocol/errors.ts';
import { openPtyPair, type PtyPair } from '../link/pty-pair.ts';
import type { LinkSink } from './dongle.ts';

export interface SerialLinkOptions {
  /** Open this existing port. */
  port?: string;
  /** Or make a PTY pair, with the hub's end at `dir/hubName` (stable across replugs). */
  pty?: { dir?: string; hubName?: string };
}

export class SerialLink implements LinkSink {
  private serial: SerialPort | undefined;
  private pair: PtyPair | undefined;
  /** Owned PTY directory: kept across replugs so the hub's path stays the same. */
  private dir: string | undefined;
  private ownDir = false;

  constructor(
    private readonly options: SerialLinkOptions,
    private readonly onData: (bytes: Buffer) => void,
    private readonly onTrouble: (message: string) => void,
  ) {}

  /** The path the hub should open. */
  get hubPath(): string {
    return this.pair?.hubPath ?? this.options.port!;
  }

  async plug(): Promise<void> {
    let path = this.options.port;
    if (!path) {
      if (!this.dir) {
        this.ownDir = this.options.pty?.dir === undefined;
        this.dir = this.options.pty?.dir ?? mkdtempSync(join(tmpdir(), 'vakt-dongle-'));
      }
      this.pair = await openPtyPair({ dir: this.dir, hubName: this.options.pty?.hubName ?? 'dongle' });
      path = this.pair.devicePath;
    }
    this.serial = await new Promise<SerialPort>((resolve, reject) => {
      const p = new SerialPort({ path: path!, baudRate: 115200 }, (err) =>
        err
          ? reject(
              new VaktError(
                'E_PORT_OPEN',
                `cannot open ${path}: ${err.message}`,
                'check the path and permissions (dialout group)',
              ),
            )
          : resolve(p),
      );
    });
    this.serial.on('data', this.onData);
    this.serial.on('error', (e) => this.onTrouble(e.message));
  }

  write(bytes: Buffer): void {
    this.serial?.write(bytes, (err) => err && this.onTrouble(err.message));
  }

  async unplug(): Promise<void> {
    const s = this.serial;
    this.serial = undefined;
    if (s?.isOpen) await new Promise((r) => s.close(r));
    await this.pair?.close();
    this.pair = undefined;
  }

  /** Unplugs for good and removes the PTY directory this link made. */
  async close(): Promise<void> {
    await this.unplug();
    if (this.ownDir && this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}
