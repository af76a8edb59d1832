/**
 * Provisioning a hub whose daemon is running. The daemon holds the serial ports, so the port
 * checks ask it; before anything is written it checks the new config itself (its own file path
 * and environment: a `reload` dry run), and once the file is written it applies it (`reload`):
 * live where it can — the serial link stays open and the outbox is kept — or by restarting the
 * gateway in place. What it did is printed: which fields applied live, which needed the restart.
 */
import { resolve } from 'node:path';
import type { ReloadAnswer } from '../../gateway/control/answers.ts';
import { callGateway } from '../../gateway/control/client.ts';
import { VaktError } from '../../protocol/errors.ts';
import type { RunningDaemon } from './checks/receiver-check.ts';
import { DEFAULT_CONTROL_SOCKET } from './config-edit.ts';

interface RawConfig {
  control?: { socket?: unknown };
  sms?: { modemPort?: unknown };
}

/** The daemon answering on the existing config's control socket, or undefined when none runs. */
export async function findRunningDaemon(before: unknown, file: string): Promise<RunningDaemon | undefined> {
  const raw = (before ?? {}) as RawConfig;
  const socket = typeof raw.control?.socket === 'string' ? raw.control.socket : DEFAULT_CONTROL_SOCKET;
  let status: { receiver: { port: string } };
  try {
    status = (await callGateway(socket, 'status', {}, 5000)) as typeof status;
  } catch (err) {
    if (err instanceof VaktError && err.code === 'E_NOT_RUNNING') return undefined;
    throw err;
  }
  const modemPort = typeof raw.sms?.modemPort === 'string' ? raw.sms.modemPort : undefined;
  // The daemon says which file it reads in its reload answer; until then, the one being edited.
  return { socket, port: status.receiver.port, modemPort, file };
}

/** The daemon's verdict on the new config text, changing nothing (throws its loader's errors). */
export async function checkWithDaemon(d: RunningDaemon, text: string): Promise<ReloadAnswer> {
  const answer = (await callGateway(d.socket, 'reload', { dryRun: true, config: text })) as ReloadAnswer;
  d.file = answer.file;
  return answer;
}

/** Whether the daemon reads the file being written (else it is not asked to apply it). */
export function readsFile(d: RunningDaemon, file: string): boolean {
  return resolve(d.file) === resolve(file);
}

/** Has the daemon read its file again and apply it. */
export async function applyToDaemon(d: RunningDaemon): Promise<ReloadAnswer> {
  return (await callGateway(d.socket, 'reload', {}, 30_000)) as ReloadAnswer;
}

/** What the daemon did, for the installer. */
export function describeReload(a: ReloadAnswer): string[] {
  switch (a.action) {
    case 'unchanged':
      return ['the running hub already runs this config'];
    case 'checked':
      return [`the running hub would apply: ${describePlan(a)}`];
    case 'applied':
      return [`applied to the running hub without a restart (serial link kept): ${a.live.join(', ')}`];
    case 'restarting':
      return [
        `the running hub restarts in place for: ${a.restart.join(', ')} (the outbox is kept; check with vakt status)`,
        ...(a.live.length ? [`  also applied by the restart: ${a.live.join(', ')}`] : []),
      ];
  }
}

function describePlan(a: ReloadAnswer): string {
  const live = a.live.length ? `live: ${a.live.join(', ')}` : '';
  const restart = a.restart.length ? `after a restart in place: ${a.restart.join(', ')}` : '';
  return [live, restart].filter(Boolean).join('; ') || 'nothing';
}
