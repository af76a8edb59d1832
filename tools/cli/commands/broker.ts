import type { Command } from 'commander';

/** `vakt broker [--port N]`: the embedded MQTT broker on its own, for trials and the demo. */
export function register(program: Command): void {
  program
    .command('broker')
    .description('run the embedded MQTT 3.1.1 broker (aedes, in-memory) for trials')
    .option('--port <n>', 'TCP port to listen on', '1883')
    .option('--host <addr>', 'address to listen on', '127.0.0.1')
    .option('--json', 'print the listening address as one JSON line')
    .addHelpText('after', '\nExample:\n  $ vakt broker --port 1884\n\nStops on Ctrl-C (SIGINT) or SIGTERM.')
    .action(async (opts: { port: string; host: string; json?: boolean }) => {
      const { VaktError } = await import('../../../protocol/errors.ts');
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new VaktError(
          'E_USAGE_PORT',
          `--port must be an integer between 0 and 65535. Provided value is ${opts.port}`,
        );
      }
      const { startEmbeddedBroker } = await import('../../broker/embedded-broker.ts');
      let stopping = false;
      const stopEarly = (): void => {
        stopping = true;
      };
      process.once('SIGINT', stopEarly);
      process.once('SIGTERM', stopEarly);
      const broker = await startEmbeddedBroker({ port, host: opts.host });
      process.stdout.write(
        opts.json
          ? `${JSON.stringify({ url: broker.url, port: broker.port })}\n`
          : `vakt broker listening on ${broker.url} (MQTT 3.1.1, in-memory; Ctrl-C to stop)\n`,
      );
      const stop = async (): Promise<void> => {
        await broker.close();
        process.exit(0);
      };
      process.off('SIGINT', stopEarly);
      process.off('SIGTERM', stopEarly);
      if (stopping) return stop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
