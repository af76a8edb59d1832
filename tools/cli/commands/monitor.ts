import type { Command } from 'commander';
import { withSocketOptions } from '../../hub/socket.ts';

/** `vakt monitor`: live events. */
export function register(program: Command): void {
  withSocketOptions(
    program
      .command('monitor')
      .description('show events as they happen: device events, receipts, technical alarms (Ctrl-C stops)')
      .option('--json', 'one JSON object per event (docs/control-socket.md, "Subscribing")')
      .option('--frames', 'also every device frame heard, heartbeats included'),
  )
    .addHelpText(
      'after',
      '\nExample:\n  $ vakt monitor\n  2026-12-02T01:50:03.120Z  ALARM manual — B1 bedroom 00A1B2C3 (personal trigger, bedroom)\n\nExit codes: 0 stopped, 3 the gateway is not running or went away.',
    )
    .action(async (o) => {
      const { runMonitor } = await import('../../hub/monitor.ts');
      await runMonitor(o);
    });
}
