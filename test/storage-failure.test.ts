/**
 * The hub's disk fills up while it runs (a real tmpfs, filled to the last byte): an alarm still
 * reaches the platform — forwarded from memory — the device is NAKed busy until the platform has
 * receipted it and then ACKed, a STORAGE technical alarm reaches the platform, and the daemon
 * keeps running. Once space is back, events are committed and ACKed as usual.
 *
 * Needs permission to mount a tmpfs (root in a container with CAP_SYS_ADMIN, as CI runs); skipped
 * with the reason otherwise.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEBOUNCE_MS } from '../firmware-sim/devices/firmware.ts';
import type { Pendant } from '../firmware-sim/devices/pendant.ts';
import { startHubWithPlatform } from './support/hub-daemon.ts';
import { runCli } from './support/run-cli.ts';
import { elapsed, waitFor } from './support/wait-for.ts';

function canMountTmpfs(): string | null {
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

const noMount = canMountTmpfs();
if (noMount) console.warn(`storage-failure test skipped: ${noMount}`);

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterAll(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** Writes zeros into `file` until the filesystem refuses: the disk is full. */
function fill(file: string): void {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(16 * 1024);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(noMount !== null)('hub storage full while running', () => {
  it('forwards the alarm from memory, ACKs the device once the platform has it, reports STORAGE, never stops', async () => {
    const { p, hub } = await startHubWithPlatform(cleanup, {
      hubId: 'H-FULL',
      prepareStateDir: (dir) => {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m,mode=0700', 'tmpfs', dir]);
        cleanup.push(() => execFileSync('umount', ['-l', dir])); // after the daemon has stopped
      },
    });
    const s = ['--socket', hub.socket];
    expect(
      (await runCli(['pair', '--allow-unauthenticated', '--device', '00A1B2C3', '--type', '3', ...s])).status,
    ).toBe(0);
    const b1 = hub.sim.device('B1') as Pendant;
    const acked = (seq: number) =>
      hub.sim.events.some((e) => e.type === 'acked' && (e as { seq?: number }).seq === seq);
    const alarmsFor = (seq: number) => p.handled().filter((e) => e.deviceSeq === seq);

    // Healthy first: a press is committed, ACKed and receipted.
    let pressedAt = Date.now();
    b1.press();
    const first = () => p.handled().at(-1)?.deviceSeq as number | undefined;
    await waitFor(() => first() !== undefined && acked(first()!), {
      ms: 15_000,
      what: 'the first press to be ACKed and reach the platform',
    });

    const filler = join(hub.stateDir, 'filler');
    fill(filler);
    await waitFor(elapsed(pressedAt, DEBOUNCE_MS), { what: "the button's debounce" });
    pressedAt = Date.now();
    b1.press();
    const seq = (first() ?? 0) + 1;
    // The alarm reaches the platform although nothing can be written…
    await waitFor(() => alarmsFor(seq).length > 0, {
      ms: 20_000,
      what: `the alarm of seq ${seq} to reach the platform`,
    });
    // …the device was NAKed busy and is ACKed only after the platform had it…
    await waitFor(() => acked(seq), { ms: 30_000, what: `the device to be ACKed for seq ${seq}` });
    const ackIndex = hub.sim.events.findIndex(
      (e) => e.type === 'acked' && (e as { seq?: number }).seq === seq,
    );
    const busyBefore = hub.sim.events
      .slice(0, ackIndex)
      .filter((e) => e.type === 'nak' && (e as { seq?: number; reason?: string }).seq === seq);
    expect(busyBefore.length).toBeGreaterThan(0);
    expect(busyBefore.every((e) => (e as { reason?: string }).reason === 'busy')).toBe(true);
    // …every retransmission kept the same event id: the platform handled it once.
    expect(new Set(alarmsFor(seq).map((e) => e.eventId)).size).toBe(1);
    // The hub says what is wrong, through the same uplink.
    await waitFor(
      () => p.events().some((e) => e.kind === 'technical' && JSON.stringify(e.event).includes('STORAGE')),
      { ms: 30_000, what: 'a STORAGE technical alarm at the platform' },
    );
    expect(hub.daemon.child.exitCode).toBeNull();

    // Space is back: the next alarm is committed and ACKed without waiting for a receipt.
    unlinkSync(filler);
    await waitFor(elapsed(pressedAt, DEBOUNCE_MS), { what: "the button's debounce" });
    b1.press();
    await waitFor(() => acked(seq + 1) && alarmsFor(seq + 1).length === 1, {
      ms: 20_000,
      what: `seq ${seq + 1} to be ACKed and handled once`,
    });
    const naks = hub.sim.events.filter((e) => e.type === 'nak' && (e as { seq?: number }).seq === seq + 1);
    expect(naks).toHaveLength(0);
    expect(hub.daemon.child.exitCode).toBeNull();
  }, 120_000);
});
