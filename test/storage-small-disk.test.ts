/**
 * A 2 MiB state disk (a real tmpfs) filled to the last byte under a running hub, then freed:
 * STORAGE is raised (forwarded from memory), the WAL does not take the space back for itself,
 * STORAGE clears once space returns, and writes resume — the next alarm is committed and ACKed
 * without a NAK. The timeline is printed. Skipped with the reason where mounts are refused.
 */

import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmdirSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEBOUNCE_MS } from '../firmware-sim/devices/firmware.ts';
import type { Pendant } from '../firmware-sim/devices/pendant.ts';
import { startHubWithPlatform } from './support/hub-daemon.ts';
import { pairPendantByCli } from './support/run-cli.ts';
import { elapsed, waitFor } from './support/wait-for.ts';

function cannotMount(): string | null {
  const probe = mkdtempSync(join(tmpdir(), 'vakt-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'pipe' });
    execFileSync('umount', [probe]);
    return null;
  } catch (err) {
    return `cannot mount a tmpfs here (${(err as Error).message.split('\n')[0]})`;
  } finally {
    rmdirSync(probe);
  }
}
const noMount = cannotMount();
if (noMount) console.warn(`storage-small-disk test skipped: ${noMount}`);

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterAll(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

function fill(file: string): number {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(4096);
  let n = 0;
  try {
    for (;;) n += writeSync(fd, chunk);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
  } finally {
    closeSync(fd);
  }
  return n;
}

const size = (f: string) => {
  try {
    return statSync(f).size;
  } catch {
    return 0;
  }
};

describe.skipIf(noMount !== null)('a 2 MiB state disk filled and freed', () => {
  it('STORAGE raised, then cleared when space returns; writes resume', async () => {
    const { p, hub } = await startHubWithPlatform(cleanup, {
      hubId: 'H-SMALL',
      storageConfig: '  minFreeMb: 1\n',
      prepareStateDir: (dir) => {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m,mode=0700', 'tmpfs', dir]);
        cleanup.push(() => execFileSync('umount', ['-l', dir]));
      },
    });
    const t0 = Date.now();
    const timeline: string[] = [];
    const mark = (what: string) =>
      timeline.push(
        `${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s  ${what} (WAL ${size(join(hub.stateDir, 'hub.db-wal'))} B, db ${size(join(hub.stateDir, 'hub.db'))} B)`,
      );
    await pairPendantByCli(hub.socket);
    const b1 = hub.sim.device('B1') as Pendant;
    const acked = (seq: number) =>
      hub.sim.events.some((e) => e.type === 'acked' && (e as { seq?: number }).seq === seq);
    const nakked = (seq: number) =>
      hub.sim.events.some((e) => e.type === 'nak' && (e as { seq?: number }).seq === seq);
    const storage = (state: string) =>
      p
        .events()
        .some(
          (e) =>
            e.kind === 'technical' && e.event.kind === 'TECHNICAL_KIND_STORAGE' && e.event.state === state,
        );
    const press = async () => {
      await waitFor(elapsed(Date.now(), DEBOUNCE_MS + 200), { what: "the button's debounce to pass" });
      b1.press();
    };
    try {
      await sequence();
    } finally {
      console.info(`2 MiB state disk timeline:\n  ${timeline.join('\n  ')}`);
    }
    async function sequence() {
      b1.press();
      await waitFor(() => p.handled().length === 1, { what: 'the first alarm at the platform', ms: 20_000 });
      mark('healthy: first alarm delivered');

      const filler = join(hub.stateDir, 'filler');
      mark(`disk filled (${fill(filler)} B of filler)`);
      await press();
      await waitFor(() => p.handled().length === 2, {
        what: 'the alarm forwarded from memory at the platform',
        ms: 20_000,
      });
      mark('alarm delivered from memory');
      await waitFor(() => storage('TECHNICAL_STATE_RAISED'), {
        what: 'STORAGE raised at the platform',
        ms: 30_000,
      });
      mark('STORAGE raised at the platform');

      unlinkSync(filler);
      mark('filler removed');
      await waitFor(() => storage('TECHNICAL_STATE_CLEARED'), {
        what: 'STORAGE cleared at the platform',
        ms: 40_000,
      });
      mark('STORAGE cleared at the platform');
      await press();
      const seq = (p.handled().at(-1)!.deviceSeq as number) + 1;
      await waitFor(() => acked(seq) && p.handled().some((e) => e.deviceSeq === seq), {
        what: 'the next alarm ACKed and delivered',
        ms: 20_000,
      });
      expect(nakked(seq)).toBe(false);
      mark('next alarm committed and ACKed at once');
      expect(hub.daemon.child.exitCode).toBeNull();
    }
  }, 150_000);
});
