/** Waits until a loopback TCP port accepts connections, or the process that should open it has exited. */
import type { ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { waitFor } from './wait-for.ts';

export function accepts(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

export async function waitListening(
  child: ChildProcess,
  port: number,
  what: string,
  log: () => string,
  ms = 20_000,
): Promise<void> {
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const state = await waitFor(async () => (exited() ? 'exited' : (await accepts(port)) && 'listening'), {
    ms,
    what: `${what} to listen on ${port}`,
  }).catch((e: Error) => {
    throw new Error(`${e.message}: ${log().slice(-2000)}`);
  });
  if (state === 'exited') throw new Error(`${what} exited: ${log().slice(-2000)}`);
}
