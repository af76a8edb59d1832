/**
 * `applyToDaemon`: after writing the file, provision follows the daemon's reload. A daemon that
 * went back to its previous config (status `reload.lastFailure`) or refused the reload leaves the
 * file with its previous text and the installer with E_RELOAD_FAILED; a restart that comes up on
 * the new config is answered as it was. The daemon here is a real control socket whose handlers
 * play the daemon's answers, so each outcome can be forced.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReloadAnswer } from '../gateway/control/answers.ts';
import { type ControlHandlers, ControlServer } from '../gateway/control/server.ts';
import { VaktError } from '../protocol/errors.ts';
import { applyToDaemon } from '../tools/provision/live-hub.ts';

const servers: ControlServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
});

const OLD = 'hub:\n  id: H-1\nlog:\n  level: warn\n';
const NEW = 'hub:\n  id: H-1\nlog:\n  level: error\n';
const noWait = async () => {};

/** A daemon answering `reload` with `first`, dry runs with `dry()`, and status with `failure()`. */
async function daemon(o: {
  first: () => ReloadAnswer;
  dry?: () => ReloadAnswer['action'];
  failure?: () => string | null;
}) {
  const dir = mkdtempSync(join(tmpdir(), 'vakt-live-hub-'));
  const file = join(dir, 'vakt.yaml');
  writeFileSync(file, NEW, { mode: 0o600 }); // as provision leaves it before it applies
  const answer = (action: ReloadAnswer['action']): ReloadAnswer => ({ file, action, live: [], restart: [] });
  const handlers = {
    reload: (p: { dryRun: boolean }) => (p.dryRun ? answer(o.dry?.() ?? 'checked') : o.first()),
    status: () => ({ reload: { lastFailure: o.failure?.() ?? null } }),
  } as unknown as ControlHandlers;
  const socket = join(dir, 'control.sock');
  const server = new ControlServer(socket, handlers, pino({ level: 'silent' }));
  await server.start();
  servers.push(server);
  return { d: { socket, port: '/dev/ttyX', modemPort: undefined, file }, file, answer };
}

async function failure(p: Promise<unknown>): Promise<VaktError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(VaktError);
  return err as VaktError;
}

describe('applyToDaemon', () => {
  it('a restart that comes up on the new config: answered, the file keeps the new text', async () => {
    let polls = 0;
    const h = await daemon({
      first: () => ({ file: '', action: 'restarting', live: [], restart: ['log.level'] }),
      dry: () => (++polls < 3 ? 'checked' : 'unchanged'), // the old gateway answers until it stops
    });
    const a = await applyToDaemon(h.d, NEW, { file: h.file, text: OLD }, noWait);
    expect(a.action).toBe('restarting');
    expect(polls).toBe(3);
    expect(readFileSync(h.file, 'utf8')).toBe(NEW);
  });

  it('a restart the daemon rolled back: E_RELOAD_FAILED with its reason, the file given back', async () => {
    const h = await daemon({
      first: () => ({ file: '', action: 'restarting', live: [], restart: ['control.socket'] }),
      failure: () => "cannot make the control socket's directory /x: EEXIST",
    });
    const err = await failure(applyToDaemon(h.d, NEW, { file: h.file, text: OLD }, noWait));
    expect(err.code).toBe('E_RELOAD_FAILED');
    expect(err.message).toContain('EEXIST');
    expect(readFileSync(h.file, 'utf8')).toBe(OLD);
  });

  it('a live apply the daemon refused: E_RELOAD_FAILED, the file given back', async () => {
    const h = await daemon({
      first: () => {
        throw new VaktError('E_BROKER_CONNECT', 'uplink.primary: connection refused');
      },
    });
    const err = await failure(applyToDaemon(h.d, NEW, { file: h.file, text: OLD }, noWait));
    expect(err.code).toBe('E_RELOAD_FAILED');
    expect(err.message).toContain('uplink.primary: connection refused');
    expect(readFileSync(h.file, 'utf8')).toBe(OLD);
  });

  it('an applied live change is answered at once and the file keeps the new text', async () => {
    const h = await daemon({ first: () => ({ file: '', action: 'applied', live: ['uplink.primary'], restart: [] }) });
    expect((await applyToDaemon(h.d, NEW, { file: h.file, text: OLD }, noWait)).action).toBe('applied');
    expect(readFileSync(h.file, 'utf8')).toBe(NEW);
  });
});
