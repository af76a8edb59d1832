/**
 * `vakt keys generate`'s files. Each is written to a fresh temp file opened O_CREAT|O_EXCL|
 * O_NOFOLLOW with its final mode, synced, then moved into place: link() when nothing may be
 * replaced (atomic no-clobber, fails on any existing name, a dangling symlink included), rename()
 * with --force (replaces the name itself — a symlink there is replaced, never followed). So the
 * private key is 0600 whatever was there before, and no symlink can aim the key at another file.
 */
import { generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fchmodSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { VaktError } from '../../protocol/errors.ts';

export const PRIVATE_MODE = 0o600;
export const PUBLIC_MODE = 0o644;

export interface KeyPairFiles {
  privateKey: string;
  publicKey: string;
  publicKeyObject: KeyObject;
}

export function writeKeyPair(out: string, name: string, force: boolean): KeyPairFiles {
  const priv = join(out, `${name}.key`);
  const pub = join(out, `${name}.pub`);
  if (!force) {
    const taken = [priv, pub].find(exists);
    if (taken)
      throw new VaktError(
        'E_USAGE_EXISTS',
        `${taken} already exists`,
        'choose another --name or --out, or pass --force to replace the key (hubs must then get the new .pub)',
      );
  }
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  try {
    mkdirSync(out, { recursive: true, mode: 0o700 });
    place(priv, String(privateKey.export({ type: 'pkcs8', format: 'pem' })), PRIVATE_MODE, force);
    place(pub, String(publicKey.export({ type: 'spki', format: 'pem' })), PUBLIC_MODE, force);
  } catch (err) {
    if (err instanceof VaktError) throw err;
    throw new VaktError(
      'E_FILE_WRITE',
      `cannot write keys to ${out}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      'check the directory exists and this user may write to it',
    );
  }
  return { privateKey: priv, publicKey: pub, publicKeyObject: publicKey };
}

function exists(path: string): boolean {
  try {
    lstatSync(path); // lstat: a dangling symlink is "there" too
    return true;
  } catch {
    return false;
  }
}

function place(path: string, data: string, mode: number, replace: boolean): void {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(
    tmp,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
    mode,
  );
  try {
    try {
      writeSync(fd, data);
      fchmodSync(fd, mode); // the umask may have taken bits off; never added any
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (replace) renameSync(tmp, path);
    else {
      try {
        linkSync(tmp, path);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST')
          throw new VaktError(
            'E_USAGE_EXISTS',
            `${path} already exists`,
            'choose another --name or --out, or pass --force to replace it',
          );
        throw err;
      }
    }
  } finally {
    if (exists(tmp)) unlinkSync(tmp);
  }
}
