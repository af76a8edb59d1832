import type { Command } from 'commander';
import { withSocketOptions } from '../../hub/socket.ts';

/** `vakt unpair DEVICE`: forget a device here and in the receiver. */
export function register(program: Command): void {
  withSocketOptions(
    program
      .command('unpair')
      .description('unpair a device (its technical alarms are cleared, the receiver forgets it)')
      .argument('<device>', 'device id, 8 hex digits as on the label')
      .option('--json', 'one JSON object'),
  )
    .addHelpText(
      'after',
      '\nExample:\n  $ vakt unpair 00A1B2C3\n\nExit codes: 0 done (also when it was not paired), 2 bad id, 3 the gateway is not running.',
    )
    .action(async (device: string, o) => {
      const { callGateway } = await import('../../../gateway/control/client.ts');
      const { socketPath } = await import('../../hub/socket.ts');
      const r = (await callGateway(socketPath(o), 'unpair', { deviceId: device })) as {
        deviceId: string;
        removed: boolean;
      };
      process.stdout.write(
        o.json
          ? `${JSON.stringify(r)}\n`
          : r.removed
            ? `unpaired ${r.deviceId}\n`
            : `${r.deviceId} was not paired\n`,
      );
    });
}
