import type { Command } from 'commander';

/**
 * `vakt keys generate`: the platform's Ed25519 key pair. It signs hub commands (`vakt command`)
 * and receipts (`vakt receive --signing-key`); hubs list the .pub in commands.publicKeys.
 */
export function register(program: Command): void {
  const keys = program
    .command('keys')
    .description('manage the platform key pair that signs commands and receipts (platform → hub)');
  keys
    .command('generate')
    .description(
      'write a new Ed25519 key pair: NAME.key (private, mode 0600) and NAME.pub (give this to hubs)',
    )
    .option('--out <dir>', 'directory to write to', '.')
    .option('--name <name>', 'file name stem (default vakt-platform with --platform, else vakt-command)')
    .option('--platform', 'the platform key: signs receipts and commands (name vakt-platform)')
    .option('--force', 'replace existing files')
    .option('--json', 'print paths and key id as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ vakt keys generate --platform --out /etc/vakt-platform\n  $ vakt keys generate --out /etc/vakt-platform\n\nFiles: NAME.key is PEM PKCS#8 ("BEGIN PRIVATE KEY"), NAME.pub is PEM SubjectPublicKeyInfo ("BEGIN PUBLIC KEY");\nthe key id is the first 16 hex digits of SHA-256 over the DER inside the .pub.\nThe private key is always written mode 0600 through a new file moved into place: --force replaces\nan existing file (or a symlink: never followed) instead of writing into it.\n\nExit codes: 0 written, 2 files exist (use --force), 3 directory not writable.',
    )
    .action(
      async (o: { out: string; name?: string; platform?: boolean; force?: boolean; json?: boolean }) => {
        const { writeKeyPair } = await import('../../keys/write-key-pair.ts');
        const { keyId } = await import('../../../protocol/uplink/signing.ts');
        const name = o.name ?? (o.platform ? 'vakt-platform' : 'vakt-command');
        const {
          privateKey: priv,
          publicKey: pub,
          publicKeyObject,
        } = writeKeyPair(o.out, name, o.force === true);
        const info = { privateKey: priv, publicKey: pub, keyId: keyId(publicKeyObject) };
        process.stdout.write(
          o.json
            ? `${JSON.stringify(info)}\n`
            : `wrote ${priv} (private, 0600) and ${pub} (public); key id ${info.keyId}\n`,
        );
      },
    );
}
