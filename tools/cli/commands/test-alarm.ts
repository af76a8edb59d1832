import type { Command } from 'commander';
import { withSocketOptions } from '../../hub/socket.ts';

/** `vakt test-alarm [DEVICE]`: a timed round trip to the platform. */
export function register(program: Command): void {
  withSocketOptions(
    program
      .command('test-alarm')
      .description("send a test alarm through the uplink and wait for the platform's receipt")
      .argument('[device]', 'device id (8 hex digits); omitted: a test from the hub itself')
      .option('--timeout <s>', 'how long to wait for the receipt', '30')
      .option('--json', 'one JSON object'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  $ vakt test-alarm\n  $ vakt test-alarm 00A1B2C3 --timeout 60\n\nExit codes: 0 receipted, 1 no receipt in time (a TEST_ALARM_FAILED technical notice is raised), 2 bad options, 3 the gateway is not running.',
    )
    .action(async (device: string | undefined, o) => {
      const { runTestAlarm } = await import('../../hub/test-alarm.ts');
      await runTestAlarm(device, o);
    });
}
