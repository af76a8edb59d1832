import type { Command } from 'commander';

/** `vakt run --config FILE`: the hub daemon. */
export function register(program: Command): void {
  program
    .command('run')
    .description('run the hub daemon (serial ingest, supervision, control socket)')
    .requiredOption('--config <file>', 'the hub config file', '/etc/vakt/vakt.yaml')
    .addHelpText(
      'after',
      '\nExample:\n  $ vakt run --config /etc/vakt/vakt.yaml\n\nLogs are JSON lines on stdout. Stops cleanly on SIGTERM/SIGINT.\nExit codes: 0 stopped, 2 invalid config (every problem listed), 3 storage or socket unavailable.',
    )
    .action(async (o: { config: string }) => {
      const { loadConfigFile } = await import('../../../gateway/config/load.ts');
      const { Gateway } = await import('../../../gateway/gateway.ts');
      const loaded = loadConfigFile(o.config);
      const gateway = new Gateway(loaded);
      for (const w of loaded.warnings) gateway.log.warn(w);
      const stopped = new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      await gateway.start();
      await stopped;
      await gateway.stop();
    });
}
