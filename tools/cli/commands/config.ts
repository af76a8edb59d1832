import type { Command } from 'commander';

/** `vakt config check|show --config FILE`: validate the hub's config; print it with secrets redacted. */
export function register(program: Command): void {
  const config = program.command('config').description("check or show the hub's configuration file");
  config
    .command('check')
    .description('validate the config file; list every problem as "field: what is wrong — how to fix"')
    .requiredOption('--config <file>', 'the config file', '/etc/vakt/vakt.yaml')
    .option('--json', 'print {"ok":…,"problems":[…],"warnings":[…]}')
    .addHelpText(
      'after',
      '\nExample:\n  $ vakt config check --config /etc/vakt/vakt.yaml\n\nExit codes: 0 valid, 2 invalid (problems listed), 3 file unreadable.',
    )
    .action(async (o: { config: string; json?: boolean }) => {
      const { loadConfigFile } = await import('../../../gateway/config/load.ts');
      const loaded = loadConfigFile(o.config);
      if (o.json)
        process.stdout.write(`${JSON.stringify({ ok: true, problems: [], warnings: loaded.warnings })}\n`);
      else
        process.stdout.write(
          `${o.config}: valid${loaded.warnings.map((w) => `\n  warning: ${w}`).join('')}\n`,
        );
    });
  config
    .command('show')
    .description('print the effective config (defaults filled in, secrets redacted)')
    .requiredOption('--config <file>', 'the config file', '/etc/vakt/vakt.yaml')
    .option('--json', 'print JSON instead of YAML (durations in milliseconds)')
    .addHelpText(
      'after',
      '\nExample:\n  $ vakt config show --config /etc/vakt/vakt.yaml\n\nDurations are shown as the file writes them (defaults as docs/configuration.md writes them);\n--json gives them in milliseconds. Exit codes: 0 shown, 2 invalid, 3 unreadable.',
    )
    .action(async (o: { config: string; json?: boolean }) => {
      const { loadConfigFile } = await import('../../../gateway/config/load.ts');
      const { redactConfig } = await import('../../../gateway/config/secrets.ts');
      const safe = redactConfig(loadConfigFile(o.config).config);
      if (o.json) return void process.stdout.write(`${JSON.stringify(safe, null, 2)}\n`);
      const { parse, stringify } = await import('yaml');
      const { readFileSync } = await import('node:fs');
      const { durationsAsWritten } = await import('../../config/as-written.ts');
      process.stdout.write(stringify(durationsAsWritten(safe, parse(readFileSync(o.config, 'utf8')))));
    });
}
