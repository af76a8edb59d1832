import { createPrivateKey } from 'node:crypto';
import {
  chmodSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.ts';
import { writeKeyPair } from './write-key-pair.ts';

const fresh = () => mkdtempSync(join(tmpdir(), 'vakt-keys-'));
const mode = (p: string) => lstatSync(p).mode & 0o777;

describe('vakt keys generate: files', () => {
  it('--force replaces a 0644 private key with a new 0600 one and leaves no temp file', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'k.key'), 'old', { mode: 0o644 });
    chmodSync(join(dir, 'k.key'), 0o644);
    const files = writeKeyPair(dir, 'k', true);
    expect(mode(files.privateKey)).toBe(0o600);
    expect(mode(files.publicKey)).toBe(0o644);
    expect(() => createPrivateKey(readFileSync(files.privateKey))).not.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['k.key', 'k.pub']);
  });

  it('--force never follows a symlink at the key path: the link is replaced, its target untouched', () => {
    const dir = fresh();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious', { mode: 0o644 });
    symlinkSync(victim, join(dir, 'k.key'));
    writeKeyPair(dir, 'k', true);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(statSync(victim).mode & 0o777).toBe(0o644);
    expect(lstatSync(join(dir, 'k.key')).isSymbolicLink()).toBe(false);
    expect(mode(join(dir, 'k.key'))).toBe(0o600);
  });

  it('without --force refuses any existing name, a dangling symlink included, and writes nothing', () => {
    const dir = fresh();
    symlinkSync(join(dir, 'nowhere'), join(dir, 'k.pub'));
    expect(() => writeKeyPair(dir, 'k', false)).toThrow(expect.objectContaining({ code: 'E_USAGE_EXISTS' }));
    expect(readdirSync(dir)).toEqual(['k.pub']);
  });

  it('the CLI: exit 2 when the file exists, 0600 after --force, exit 3 for an unwritable place', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'vakt-command.key'), 'old', { mode: 0o644 });
    chmodSync(join(dir, 'vakt-command.key'), 0o644);
    const refused = await runCli(['keys', 'generate', '--out', dir]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/vakt-command\.key already exists\n {2}fix: .*--force/);
    expect((await runCli(['keys', 'generate', '--out', dir, '--force'])).status).toBe(0);
    expect(mode(join(dir, 'vakt-command.key'))).toBe(0o600);
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const bad = await runCli(['keys', 'generate', '--out', join(file, 'sub')]);
    expect(bad.status).toBe(3);
    expect(bad.stderr).toMatch(/cannot write keys to .*: (ENOTDIR|EEXIST)/);
  });
});
