import type { Command } from 'commander';

/** `vakt bridge dc09`: forwards hubs' alarms to an alarm receiving centre over SIA DC-09. */
export function register(program: Command): void {
  const bridge = program.command('bridge').description('bridges from the uplink to other alarm protocols');
  bridge
    .command('dc09')
    .description(
      'forward alarms to a SIA DC-09 receiver (Contact ID or SIA codes); receipt each after its ACK',
    )
    .requiredOption('--config <file>', 'the bridge config (YAML; see docs/dc09.md)')
    .option('--log-level <level>', 'debug, info, warn or error', 'info')
    .addHelpText(
      'after',
      '\nExample:\n  $ vakt bridge dc09 --config /etc/vakt/dc09-bridge.yaml\n\nLogs (JSON) go to stderr. Stops on Ctrl-C/SIGTERM and prints its counters.\nExit codes: 0 stopped, 2 bad config, 3 broker unreachable.',
    )
    .action(async (opts: { config: string; logLevel: string }) => {
      const { runBridge } = await import('../../bridge/run-bridge.ts');
      await runBridge(opts.config, opts.logLevel);
    });
}
