import type { Command } from 'commander';

/** `vakt decode-sms [TEXT] [--json]`: read an alarm SMS (docs/sms-format.md). */
export function register(program: Command): void {
  program
    .command('decode-sms')
    .description('parse a Vakt alarm SMS (or one per line on standard input) and check its checksum')
    .argument('[text]', 'the SMS text; omitted: read standard input, one SMS per line')
    .option('--json', 'one JSON object per SMS')
    .addHelpText(
      'after',
      [
        '',
        'Example:',
        "  $ vakt decode-sms 'VAKT1 ALARM hub=NO-4630-HUB-000123 dev=00A1B2C3 typ=3 stc=10 t=20261125T051500Z evt=01JD… loc=bedroom #4F1C'",
        '',
        'Exit codes: 0 every SMS read, 2 an SMS is not a valid Vakt alarm SMS (the message says why).',
      ].join('\n'),
    )
    .action(async (text: string | undefined, opts: { json?: boolean }) => {
      const { runDecodeSms } = await import('../../sms/decode-sms.ts');
      await runDecodeSms(text, opts);
    });
}
