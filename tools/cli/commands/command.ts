import type { Command } from 'commander';

/** `vakt command HUB_ID NAME`: sign and send a platform command to one hub. */
export function register(program: Command): void {
  program
    .command('command <hubId> <name>')
    .description(
      'sign a command with the platform key and send it to a hub (test-alarm, set-heartbeat-interval, enter-learn-mode, reboot-link, request-inventory)',
    )
    .requiredOption('--key <file>', 'the private key from vakt keys generate')
    .requiredOption('--broker <url>', 'mqtts://host:8883 or mqtt://127.0.0.1:1883')
    .option(
      '--arg <k=v>',
      'command argument (repeatable): device=00A1B2C3, interval=300, timeout=60',
      (v: string, all: string[]) => [...all, v],
      [] as string[],
    )
    .option('--root <topic>', 'topic root', 'vakt/v1')
    .option('--wait <s>', "seconds to wait for the hub's CommandResult (0: do not wait)", '30')
    .option('--valid-for <s>', 'seconds the command stays valid', '300')
    .option('--ca <file>', 'CA certificate(s) to verify the broker with')
    .option('--tls-cert <file>', 'client certificate for the broker')
    .option('--tls-key <file>', 'client private key for the broker')
    .option('--username <name>', 'broker username')
    .option('--password-file <file>', 'file holding the broker password (or set VAKT_BROKER_PASSWORD)')
    .option('--mqtt-version <v>', '5, 3.1.1 (or 4), or auto: MQTT 5, else 3.1.1', 'auto')
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ vakt command NO-4630-HUB-000123 test-alarm --arg device=00A1B2C3 --key vakt-command.key --broker mqtt://127.0.0.1:1883\n  $ vakt command NO-4630-HUB-000123 set-heartbeat-interval --arg interval=300 --key k.key --broker mqtts://b:8883 --ca ca.crt\n\nExit codes: 0 executed (or sent with --wait 0), 1 rejected, failed or no result, 2 bad arguments, 3 broker or key unavailable.',
    )
    .action(async (hubId: string, name: string, opts) => {
      const { sendCommand } = await import('../../receiver/send-command.ts');
      const { key, tlsCert, tlsKey, ...rest } = opts;
      process.exitCode = await sendCommand(hubId, name, {
        ...rest,
        signingKey: key,
        ...(tlsCert ? { cert: tlsCert } : {}),
        ...(tlsKey ? { key: tlsKey } : {}),
      });
    });
}
