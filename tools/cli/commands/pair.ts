import type { Command } from 'commander';
import { withSocketOptions } from '../../hub/socket.ts';

/** `vakt pair`: learn mode with a countdown, or pair a heard device by id. */
export function register(program: Command): void {
  withSocketOptions(
    program
      .command('pair')
      .description('pair a device: learn mode (press the button on the device) or --device ID')
      .option('--label <text>', 'what the device is called in this home, e.g. "bedroom pendant"')
      .option(
        '--location <code>',
        'SCAIP location code: 11 bathroom, 12 bedroom, 21 kitchen, 38 door, 39 front door',
      )
      .option('--timeout <s>', 'learn mode length in seconds (10-600)', '60')
      .option('--device <id>', 'pair this device id (8 hex digits) without learn mode')
      .option('--type <n>', 'SCAIP device type, with --device for a device not heard yet')
      .option(
        '--install-code <code>',
        'the install code printed on the device (36 hex digits): its frames are then verified',
      )
      .option(
        '--allow-unauthenticated',
        'pair a version-1 device that has no install code: its frames cannot be verified, and the platform is told',
      )
      .option('--json', 'one JSON object'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  $ vakt pair --install-code "83FE D340 7A93 9723 A5C6 39B2 6916 D505 C3B5" --label "bedroom pendant" --location 12\n  $ vakt pair --allow-unauthenticated --label "old pull cord" --location 11\n  $ vakt pair --device 00A1B2C3 --label "front door" --location 39\n\nExit codes: 0 paired, 1 no device heard in time, 2 bad options, 3 the gateway is not running.',
    )
    .action(async (o) => {
      const { runPair } = await import('../../hub/pair.ts');
      await runPair(o);
    });
}
