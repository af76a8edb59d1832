/**
 * The receiver check: the answer names the radio receiver only if a receiver answers on it. An
 * open port is not enough (the modem's port opens too), so a status_request is sent (device link
 * SPEC §5.6) and a receiver_status awaited. When the running daemon holds that port it cannot be
 * opened here, so the daemon is asked to send the request (control socket `receiver`).
 */
import { randomInt } from 'node:crypto';
import { realpathSync } from 'node:fs';
import type { SerialPort } from 'serialport';
import type { ReceiverAnswer } from '../../../gateway/control/answers.ts';
import { callGateway } from '../../../gateway/control/client.ts';
import type { Clock } from '../../../protocol/clock.ts';
import { encodeFrame, FrameDecoder, type ReceiverStatusFrame } from '../../../protocol/serial/index.ts';
import { type CheckResult, failed, passed } from './check-result.ts';
import { closePort, openPort, type PortCheckOptions, resolvePort } from './port-check.ts';

/** The daemon running now: its control socket and the ports it holds. */
export interface RunningDaemon {
  socket: string;
  /** Its receiver port, as its status says. */
  port: string;
  /** Its modem port, from the config it runs on. */
  modemPort: string | undefined;
  /** The config file it reads. */
  file: string;
}

export interface ReceiverCheckOptions extends PortCheckOptions {
  clock: Clock;
  timeoutMs: number;
  daemon?: RunningDaemon | undefined;
}

export async function checkReceiver(
  name: string,
  answer: string,
  baudRate: number,
  o: ReceiverCheckOptions,
): Promise<CheckResult> {
  const resolved = await resolvePort(name, answer, o);
  if ('fail' in resolved) return resolved.fail;
  const { path } = resolved;
  const auto = answer === 'auto' ? `auto picks ${path}; ` : '';
  if (o.daemon && samePort(o.daemon.port, path)) return askDaemon(name, answer, o.daemon, o.timeoutMs);
  const opened = await openPort(name, path, baudRate, o);
  if ('fail' in opened) return opened.fail;
  const status = await awaitReceiverStatus(opened.port, o.clock, o.timeoutMs);
  await closePort(opened.port);
  if (!status) return silent(name, answer, `${auto}it opened, but`, o.timeoutMs);
  return passed(name, answer, `${auto}${describeStatus(status)}`);
}

async function askDaemon(
  name: string,
  answer: string,
  daemon: RunningDaemon,
  timeoutMs: number,
): Promise<CheckResult> {
  const r = (await callGateway(daemon.socket, 'receiver', { timeoutMs }, timeoutMs + 5000)) as ReceiverAnswer;
  if (!r.answered) return silent(name, answer, 'held by the running daemon, and', timeoutMs);
  return passed(name, answer, `held by the running daemon, which asked it: ${describeStatus(r)}`);
}

function silent(name: string, answer: string, prefix: string, timeoutMs: number): CheckResult {
  return failed(
    name,
    answer,
    'E_RECEIVER_SILENT',
    `${prefix} no radio receiver answered a status request within ${timeoutMs / 1000} s`,
    "this is not the radio receiver's port (a modem's port opens too): pick the receiver (vakt decode on its port shows its frames), or unplug and replug it",
    'port',
  );
}

function describeStatus(s: { firmware: string; pairedCount: number; jamming: boolean }): string {
  return `receiver answered: firmware ${s.firmware}, ${s.pairedCount} devices in its table${s.jamming ? ', REPORTS JAMMING' : ''}`;
}

/** Two names for one port (a /dev/serial/by-id link and its /dev/ttyUSB0) are the same port. */
export function samePort(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** Sends a status_request and resolves with the next receiver_status, or undefined after `timeoutMs`. */
export function awaitReceiverStatus(
  port: SerialPort,
  clock: Clock,
  timeoutMs: number,
): Promise<ReceiverStatusFrame | undefined> {
  const decoder = new FrameDecoder();
  return new Promise((resolve) => {
    const done = (s: ReceiverStatusFrame | undefined) => {
      timer.cancel();
      port.off('data', onData);
      resolve(s);
    };
    const timer = clock.setTimer(timeoutMs, () => done(undefined));
    const onData = (chunk: Buffer) => {
      for (const d of decoder.push(chunk))
        if ('frame' in d && d.frame.kind === 'receiver_status') return done(d.frame);
    };
    port.on('data', onData);
    // A seq the dongle just executed is a retry it only ACKs (SPEC §6.7): each probe takes a fresh one.
    const seq = randomInt(1, 0x10000);
    port.write(encodeFrame({ kind: 'receiver_command', seq, command: 'status_request' }));
  });
}
