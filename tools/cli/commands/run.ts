import type { Command } from 'commander';

/** `vakt run --config FILE`: the hub daemon. */
export function register(program: Command): void {
  program
    .command('run')
    .description('run the hub daemon (serial ingest, supervision, control socket)')
    .requiredOption('--config <file>', 'the hub config file', '/etc/vakt/vakt.yaml')
    .addHelpText(
      'after',
      '\nExample:\n  $ vakt run --config /etc/vakt/vakt.yaml\n\nLogs are JSON lines on stdout. Stops cleanly on SIGTERM/SIGINT within 10 s.\nUnder systemd (Type=notify) it reports READY=1, STOPPING=1 and feeds WatchdogSec; see deploy/.\nExit codes: 0 stopped, 1 the stop did not finish within 10 s, 2 invalid config (every problem listed),\n3 storage or socket unavailable.',
    )
    .action(async (o: { config: string }) => {
      const { loadConfigFile } = await import('../../../gateway/config/load.ts');
      const { runDaemon } = await import('../../../gateway/service/daemon.ts');
      const code = await runDaemon(loadConfigFile(o.config));
      // Explicit: a lingering handle (a notify helper, a stuck socket) must not keep a stopped daemon alive.
      process.exit(code);
    });
}
