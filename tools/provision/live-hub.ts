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
import { writeFileAtomic } from './atomic-write.ts';
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

/**
 * Has the daemon read its file again (now `text`) and apply it. A restart is followed until the
 * daemon answers on the new config. If the daemon did not take it (a live start or the restart
 * failed, and it went back to the config before; or it refused the reload) the file is given back
 * its `previous` text too, so the next start runs what runs now, and E_RELOAD_FAILED says why.
 */
export async function applyToDaemon(
  d: RunningDaemon,
  text: string,
  previous: { file: string; text: string },
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<ReloadAnswer> {
  let answer: ReloadAnswer;
  try {
    answer = (await callGateway(d.socket, 'reload', {}, 30_000)) as ReloadAnswer;
  } catch (err) {
    throw rolledBack(previous, err instanceof Error ? err.message : String(err));
  }
  if (answer.action !== 'restarting') return answer;
  const failure = await followRestart(d.socket, text, wait);
  if (failure !== undefined) throw rolledBack(previous, failure);
  return answer;
}

/** Polls until the daemon runs `text` (undefined) or says why it went back (the reason). */
async function followRestart(
  socket: string,
  text: string,
  wait: (ms: number) => Promise<void>,
): Promise<string | undefined> {
  for (let waited = 0; waited < RESTART_WAIT_MS; waited += RESTART_POLL_MS) {
    await wait(RESTART_POLL_MS);
    try {
      const a = (await callGateway(socket, 'reload', { dryRun: true, config: text }, 5000)) as ReloadAnswer;
      if (a.action === 'unchanged') return undefined;
      const s = (await callGateway(socket, 'status', {}, 5000)) as { reload?: { lastFailure: string | null } };
      if (s.reload?.lastFailure) return s.reload.lastFailure;
    } catch (err) {
      // Between the stop and the new start the socket is gone, or busy with the reload itself.
      if (!(err instanceof VaktError) || !RESTARTING_CODES.has(err.code)) throw err;
    }
  }
  throw new VaktError(
    'E_RELOAD_UNCONFIRMED',
    `the hub's daemon did not answer on the new config within ${RESTART_WAIT_MS / 1000} s of its restart`,
    'check vakt status and journalctl -u vakt; the new config is in the file',
  );
}

const RESTART_WAIT_MS = 60_000;
const RESTART_POLL_MS = 250;
const RESTARTING_CODES = new Set<string>(['E_NOT_RUNNING', 'E_RELOAD_BUSY', 'E_SOCKET_TIMEOUT']);

function rolledBack(previous: { file: string; text: string }, reason: string): VaktError {
  writeFileAtomic(previous.file, previous.text, 0o600);
  return new VaktError(
    'E_RELOAD_FAILED',
    `the running hub did not take the new config (${reason}); it runs on the config before, and ${previous.file} was given back its previous text`,
    'correct what the reason names and run vakt provision again',
  );
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
        `the running hub restarted in place for: ${a.restart.join(', ')} and runs the new config (the outbox was kept)`,
        ...(a.live.length ? [`  also applied by the restart: ${a.live.join(', ')}`] : []),
      ];
  }
}

function describePlan(a: ReloadAnswer): string {
  const live = a.live.length ? `live: ${a.live.join(', ')}` : '';
  const restart = a.restart.length ? `after a restart in place: ${a.restart.join(', ')}` : '';
  return [live, restart].filter(Boolean).join('; ') || 'nothing';
}
