/**
 * A real small ext4 disk for storage tests: an image file on a loop device, mounted with
 * errors=remount-ro like a hub's SD card. `fail()` makes the kernel take it read-only the way a
 * failing card does (ext4's trigger_fs_error: open files and all); `repair()` is what a
 * technician does (unmount, fsck, mount again). Needs root with loop devices; `unavailable()`
 * says why not, for a skip.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: 'pipe' }).toString().trim();

export class LoopDisk {
  private readonly image: string;
  private device = '';

  constructor(
    readonly dir: string,
    private readonly sizeMiB = 16,
  ) {
    this.image = join(mkdtempSync(join(tmpdir(), 'vakt-disk-')), 'disk.img');
  }

  create(): this {
    run('truncate', ['-s', `${this.sizeMiB}M`, this.image]);
    run('mkfs.ext4', ['-q', '-F', this.image]);
    this.device = run('losetup', ['-f', '--show', this.image]);
    this.mount();
    return this;
  }

  /** The kernel remounts it read-only, as on an I/O error. */
  fail(): void {
    writeFileSync(`/sys/fs/ext4/${basename(this.device)}/trigger_fs_error`, 'vakt test: disk failing\n');
  }

  /** Unmount, fsck, mount read-write again (nothing may have files open on it). */
  repair(): void {
    run('umount', [this.dir]);
    try {
      run('e2fsck', ['-fy', this.device]);
    } catch (err) {
      // Exit 1 = errors corrected: what a repair is for.
      if ((err as { status?: number }).status !== 1) throw err;
    }
    this.mount();
  }

  destroy(): void {
    try {
      run('umount', ['-l', this.dir]);
    } catch {
      // not mounted
    }
    if (this.device) run('losetup', ['-d', this.device]);
    rmSync(this.image, { force: true });
  }

  private mount(): void {
    run('mount', ['-o', 'errors=remount-ro', this.device, this.dir]);
    run('chmod', ['0700', this.dir]);
  }

  /** null when this machine can do all of the above; else why not. */
  static unavailable(): string | null {
    const dir = mkdtempSync(join(tmpdir(), 'vakt-disk-probe-'));
    const disk = new LoopDisk(dir, 8);
    try {
      disk.create();
      disk.fail();
      disk.repair();
      return null;
    } catch (err) {
      return `cannot make and fail a loop-device ext4 disk here (${(err as Error).message.split('\n')[0]})`;
    } finally {
      disk.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
