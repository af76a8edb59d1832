import type { Command } from 'commander';
import { withSocketOptions } from '../../hub/socket.ts';

/** `vakt devices`: paired devices as a table. */
export function register(program: Command): void {
  withSocketOptions(
    program
      .command('devices')
      .description(
        'list paired devices: id, type, label, location, battery, RSSI, last seen, supervision state',
      )
      .option('--json', 'one JSON object'),
  )
    .addHelpText(
      'after',
      '\nExample:\n  $ vakt devices --json\n\nExit codes: 0 listed, 3 the gateway is not running.',
    )
    .action(async (o) => {
      const { runDevices } = await import('../../hub/devices.ts');
      await runDevices(o);
    });
}
