/**
 * Replaces a file so that a power cut leaves either the old or the new content, never half:
 * write a temporary file in the same directory, fsync it, rename it over the target, fsync the
 * directory so the rename itself is durable. The new file gets `mode` whatever umask says, and
 * keeps the old file's owner when we are allowed to set it (root provisioning for a service user).
 */
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { VaktError } from '../../protocol/errors.ts';

export function writeFileAtomic(file: string, text: string, mode: number): void {
  const dir = dirname(file);
  const tmp = join(dir, `.${basename(file)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o755 });
    const previous = statOrUndefined(file);
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
    fchmodSync(fd, mode);
    if (previous && process.getuid?.() === 0) fchownSync(fd, previous.uid, previous.gid);
    const bytes = Buffer.from(text, 'utf8');
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, file);
    const dirFd = openSync(dir, constants.O_RDONLY);
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // Already renamed or never created.
    }
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new VaktError(
      'E_FILE_WRITE',
      `cannot write ${file}: ${code} (nothing changed)`,
      code === 'EACCES' || code === 'EPERM'
        ? `run as a user allowed to write ${dir} (sudo vakt provision …)`
        : `check that ${dir} exists on a writable file system with free space`,
    );
  }
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}
