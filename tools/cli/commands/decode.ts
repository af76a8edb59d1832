import type { Command } from 'commander';

/** `vakt decode [FILE|-] [--hex] [--json]`: read a device-link capture and print each frame or error. */
export function register(program: Command): void {
  program
    .command('decode')
    .description('decode device-link bytes (a capture from the dongle) into frames and typed errors')
    .argument('[file]', "file to read, or '-' for standard input", '-')
    .option('--hex', 'input is hex text (whitespace, 0x prefixes and : , - separators ignored)')
    .option('--json', 'one JSON object per line: {"offset":N,"frame":{…}} or {"offset":N,"error":{…}}')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ vakt decode capture.bin',
        '  $ cat /dev/ttyACM0 | vakt decode -',
        '  $ echo "00 04 01 01 14 04 A1 B2 C3 02 03 03 07 01 04 0A 57 C2 01 03 0E 10 01 04 0C 30 A8 00" | vakt decode --hex',
        '',
        'Exit codes: 0 input read (even if it held bad frames), 2 unreadable hex, 3 file cannot be opened.',
      ].join('\n'),
    )
    .action(async (file: string, opts: { hex?: boolean; json?: boolean }) => {
      const { runDecode } = await import('../../decode/run-decode.ts');
      await runDecode(file, opts);
    });
}
