import type { Command } from 'commander';

/** `vakt keys generate`: the platform's Ed25519 key pair for signing hub commands. */
export function register(program: Command): void {
  const keys = program.command('keys').description('manage the key pair that signs platform → hub commands');
  keys
    .command('generate')
    .description(
      'write a new Ed25519 key pair: NAME.key (private, mode 0600) and NAME.pub (give this to hubs)',
    )
    .option('--out <dir>', 'directory to write to', '.')
    .option('--name <name>', 'file name stem', 'vakt-command')
    .option('--force', 'overwrite existing files')
    .option('--json', 'print paths and key id as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  $ vakt keys generate --out /etc/vakt-platform\n\nThe private key is always written mode 0600 through a new file moved into place: --force replaces\nan existing file (or a symlink: never followed) instead of writing into it.\nExit codes: 0 written, 2 files exist (use --force), 3 directory not writable.',
    )
    .action(async (o: { out: string; name: string; force?: boolean; json?: boolean }) => {
      const { writeKeyPair } = await import('../../keys/write-key-pair.ts');
      const { keyId } = await import('../../../protocol/uplink/signing.ts');
      const {
        privateKey: priv,
        publicKey: pub,
        publicKeyObject,
      } = writeKeyPair(o.out, o.name, o.force === true);
      const info = { privateKey: priv, publicKey: pub, keyId: keyId(publicKeyObject) };
      process.stdout.write(
        o.json
          ? `${JSON.stringify(info)}\n`
          : `wrote ${priv} (private, 0600) and ${pub} (public); key id ${info.keyId}\n`,
      );
    });
}
