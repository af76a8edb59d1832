import type { Command } from 'commander';

/**
 * `vakt decode [FILE|-] [--hex] [--json] [--key HEX | --install-code CODE]`: read a device-link
 * capture and print each frame or error; secured frames say whether their MIC is ok.
 */
export function register(program: Command): void {
  program
    .command('decode')
    .description('decode device-link bytes (a capture from the dongle) into frames and typed errors')
    .argument('[file]', "file to read, or '-' for standard input", '-')
    .option('--hex', 'input is hex text (whitespace, 0x prefixes and : , - separators ignored)')
    .option(
      '--json',
      'one JSON object per line: {"offset":N,"frame":{…},"mic":…} or {"offset":N,"error":{…}}',
    )
    .option(
      '--key <hex>',
      "a device's 128-bit key (32 hex digits): check each secured frame's MIC and counter",
    )
    .option('--install-code <code>', 'the install code printed on the device, instead of --key')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ vakt decode capture.bin',
        '  $ cat /dev/ttyACM0 | vakt decode -',
        '  $ echo "00 04 01 01 14 04 A1 B2 C3 02 03 03 07 01 04 0A 57 C2 01 03 0E 10 01 04 0C 30 A8 00" | vakt decode --hex',
        '  $ vakt decode capture.bin --install-code "83FE D340 7A93 9723 A5C6 39B2 6916 D505 C3B5"',
        '',
        'Secured (version 2) frames end with "MIC ok", "MIC BAD", "MIC ok, REPLAYED COUNTER" or',
        '"MIC not checked" (no key given). The key never appears in the output.',
        '',
        'Exit codes: 0 input read (even if it held bad frames), 2 unreadable hex, 3 file cannot be opened.',
      ].join('\n'),
    )
    .action(
      async (file: string, opts: { hex?: boolean; json?: boolean; key?: string; installCode?: string }) => {
        const { runDecode } = await import('../../decode/run-decode.ts');
        await runDecode(file, opts);
      },
    );
}
