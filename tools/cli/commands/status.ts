import type { Command } from 'commander';
import { withSocketOptions } from '../../hub/socket.ts';

/** `vakt status`: the hub on one screen. */
export function register(program: Command): void {
  withSocketOptions(
    program
      .command('status')
      .description(
        'the hub on one screen: uplink and path, outbox, receiver, devices, technical alarms, power, storage',
      )
      .option('--json', 'one JSON object'),
  )
    .addHelpText(
      'after',
      '\nExample:\n  $ vakt status\n\nExit codes: 0 shown, 3 the gateway is not running (or the socket is not reachable).',
    )
    .action(async (o) => {
      const { runStatus } = await import('../../hub/status.ts');
      await runStatus(o);
    });
}
