import type { Command } from 'commander';
import { withSocketOptions } from '../../hub/socket.ts';

/** `vakt monitor`: live events. */
export function register(program: Command): void {
  withSocketOptions(
    program
      .command('monitor')
      .description('show events as they happen: device events, receipts, technical alarms (Ctrl-C stops)')
      .option('--json', 'one JSON object per event'),
  )
    .addHelpText(
      'after',
      '\nExample:\n  $ vakt monitor\n\nExit codes: 0 stopped, 3 the gateway is not running.',
    )
    .action(async (o) => {
      const { runMonitor } = await import('../../hub/monitor.ts');
      await runMonitor(o);
    });
}
