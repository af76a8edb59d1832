import type { Command } from 'commander';
import { withSocketOptions } from '../../hub/socket.ts';

/** `vakt backup --to FILE`: a consistent copy of the hub state from the running gateway. */
export function register(program: Command): void {
  withSocketOptions(
    program
      .command('backup')
      .description('write a consistent copy of the hub state (devices, outbox, history) while the hub runs')
      .option('--to <file>', 'the copy to write (must not exist; written by the service user, mode 0600)')
      .option('--json', 'one JSON object'),
  )
    .addHelpText(
      'after',
      '\nExample:\n  $ sudo vakt backup --to /var/lib/vakt/backups/hub-2026-05-01.db\n\nThe gateway writes the file itself: under the shipped systemd unit only below /var/lib/vakt.\nRestore: docs/operations.md.\nExit codes: 0 written, 1 the copy failed, 2 bad options or the file exists, 3 the gateway is not running.',
    )
    .action(async (o) => {
      const { runBackup } = await import('../../hub/backup.ts');
      await runBackup(o);
    });
}
