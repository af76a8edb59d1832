import { type Command, Option } from 'commander';

/** `vakt run --config FILE`: the hub daemon. */
export function register(program: Command): void {
  program
    .command('run')
    .description('run the hub daemon (serial ingest, supervision, control socket)')
    .requiredOption('--config <file>', 'the hub config file', '/etc/vakt/vakt.yaml')
    .addOption(
      new Option('--log-format <format>', 'json: pino JSON lines; pretty: one readable line per event')
        .choices(['auto', 'json', 'pretty'])
        .default('auto', 'pretty on a terminal, json otherwise (journald, pipes)'),
    )
    .addHelpText(
      'after',
      '\nExample:\n  $ vakt run --config /etc/vakt/vakt.yaml\n\nLogs go to stdout: readable lines on a terminal, JSON lines otherwise (journald, a pipe);\n--log-format json|pretty chooses. NO_COLOR turns the level colours off. Stops cleanly on SIGTERM/SIGINT within 10 s.\nUnder systemd (Type=notify) it reports READY=1, STOPPING=1 and feeds WatchdogSec; see deploy/.\nExit codes: 0 stopped, 1 the stop did not finish within 10 s, 2 invalid config (every problem listed),\n3 storage or socket unavailable.',
    )
    .action(async (o: { config: string; logFormat: 'auto' | 'json' | 'pretty' }) => {
      const { loadConfigFile } = await import('../../../gateway/config/load.ts');
      const { runDaemon } = await import('../../../gateway/service/daemon.ts');
      const format = o.logFormat === 'auto' ? (process.stdout.isTTY ? 'pretty' : 'json') : o.logFormat;
      const code = await runDaemon(loadConfigFile(o.config), process.env, format);
      // Explicit: a lingering handle (a notify helper, a stuck socket) must not keep a stopped daemon alive.
      process.exit(code);
    });
}
