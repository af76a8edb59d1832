/**
 * Live checks of the serial answers with node-serialport: ports are opened with the reasons they
 * cannot be explained, and the modem's port answers `AT` with `OK` (the receiver's check, which
 * asks the dongle for its status, is receiver-check.ts). A port that does not exist is
 * reported with the ports that do, so the installer can pick the right one.
 */
import { statSync } from 'node:fs';
import type { SerialPort } from 'serialport';
import type { Clock } from '../../../protocol/clock.ts';
import type { ErrorCode } from '../../../protocol/errors.ts';
import { describeCandidates, type PortCandidate } from '../port-candidates.ts';
import { type CheckResult, failed, passed } from './check-result.ts';

export interface PortCheckOptions {
  candidates(): Promise<PortCandidate[]>;
  /** Ports taken by other answers, left out of the suggestions. */
  others?: string[];
}

export type Opened = { port: SerialPort } | { fail: CheckResult };

/** The port an answer names: itself, or for `auto` the first candidate not taken by another answer. */
export async function resolvePort(
  name: string,
  answer: string,
  o: PortCheckOptions,
): Promise<{ path: string } | { fail: CheckResult }> {
  if (answer !== 'auto') return { path: answer };
  const found = (await o.candidates()).filter((c) => !o.others?.includes(c.path));
  if (found.length > 0) return { path: found[0]!.path };
  return {
    fail: failed(
      name,
      answer,
      'E_PORT_NONE',
      'no serial port found to pick automatically',
      'plug in the radio receiver (USB) and check dmesg | tail; or give its path',
      'port',
    ),
  };
}

export interface ModemCheckOptions extends PortCheckOptions {
  clock: Clock;
  timeoutMs: number;
}

export async function checkModem(name: string, path: string, o: ModemCheckOptions): Promise<CheckResult> {
  const opened = await openPort(name, path, 115200, o);
  if ('fail' in opened) return opened.fail;
  const { port } = opened;
  const reply = await new Promise<string | undefined>((resolve) => {
    let text = '';
    const timer = o.clock.setTimer(o.timeoutMs, () => resolve(undefined));
    port.on('data', (d: Buffer) => {
      text += d.toString('latin1');
      if (/(^|[\r\n])(OK|ERROR|\+CM[ES] ERROR[^\r\n]*)\r?\n/.test(text)) {
        timer.cancel();
        resolve(text);
      }
    });
    port.write('AT\r');
  });
  await closePort(port);
  if (reply === undefined)
    return failed(
      name,
      path,
      'E_MODEM_SILENT',
      `no answer to AT within ${o.timeoutMs / 1000} s`,
      `check that this is the modem's AT command port (modems show several; other ports: ${describeCandidates(await o.candidates(), [path, ...(o.others ?? [])])}) and that the modem has power`,
      'port',
    );
  if (!/(^|[\r\n])OK\r?\n/.test(reply))
    return failed(
      name,
      path,
      'E_MODEM_ERROR',
      `answered "${reply.trim().split(/\r?\n/).pop()}" to AT instead of OK`,
      "this port is not the modem's AT command port, or the modem is in a data call: try the other ports or power-cycle it",
      'port',
    );
  return passed(name, path, 'answered AT with OK');
}

/** Opens a port, or explains why it cannot be opened (missing, busy, permission, not serial). */
export async function openPort(
  name: string,
  path: string,
  baudRate: number,
  o: PortCheckOptions,
): Promise<Opened> {
  const fail = (code: ErrorCode, detail: string, hint: string): Opened => ({
    fail: failed(name, path, code, detail, hint, 'port'),
  });
  try {
    if (!statSync(path).isCharacterDevice())
      return fail('E_PORT_NOT_SERIAL', 'is not a serial device', 'give a device such as /dev/ttyUSB0');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      const found = await o.candidates();
      return fail(
        'E_PORT_MISSING',
        'no such port',
        `plugged in? candidates: ${describeCandidates(found, o.others)}`,
      );
    }
    if (code !== 'EACCES') return fail('E_PORT_OPEN', `cannot be read: ${code}`, 'check the path');
  }
  const { SerialPort } = await import('serialport');
  return new Promise<Opened>((resolve) => {
    const port = new SerialPort({ path, baudRate }, (err) => {
      if (!err) return resolve({ port });
      const m = err.message;
      if (/permission denied/i.test(m))
        resolve(
          fail(
            'E_PORT_ACCESS',
            'permission denied',
            'run as root, or add the user to the group owning the port (usually dialout: usermod -aG dialout vakt)',
          ),
        );
      else if (/cannot lock|resource temporarily unavailable|busy/i.test(m))
        resolve(
          fail(
            'E_PORT_BUSY',
            'another program has the port open',
            'stop it first (systemctl stop vakt; ModemManager often grabs modems: systemctl stop ModemManager)',
          ),
        );
      else if (/inappropriate ioctl/i.test(m))
        resolve(fail('E_PORT_NOT_SERIAL', 'is not a serial port', 'give a device such as /dev/ttyUSB0'));
      else if (/no such file/i.test(m))
        resolve(
          fail(
            'E_PORT_MISSING',
            'no such port (it vanished while opening)',
            'check the cable and plug it in again',
          ),
        );
      else resolve(fail('E_PORT_OPEN', `cannot be opened: ${m}`, 'check the port and its cable'));
    });
  });
}

export function closePort(port: SerialPort): Promise<void> {
  return new Promise((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve()));
}
