import type { Command } from 'commander';

/** `vakt receive`: the reference receiver a response platform can run or copy. */
export function register(program: Command): void {
  program
    .command('receive')
    .description("receive hubs' alarms over MQTT, dedupe them, show them and answer with receipts")
    .option(
      '--broker <url>',
      'mqtts://host:8883 (TLS, verified) or mqtt://127.0.0.1:1883 (the default: `vakt broker`)',
      'mqtt://127.0.0.1:1883',
    )
    .option('--root <topic>', 'topic root', 'vakt/v1')
    .option(
      '--share <group>',
      'join a shared subscription group so several receivers split the load; refused when a probe shows the broker does not honour $share',
    )
    .option(
      '--client-id <id>',
      'stable MQTT client id (keeps the session across restarts)',
      `vakt-receiver-${process.env.HOSTNAME ?? 'local'}`,
    )
    .option(
      '--store <dir|url>',
      'a directory (handled event ids, one receiver) or postgres://user@host/db (events and hub state, shared by a --share group)',
      '.vakt-receiver',
    )
    .option('--ca <file>', 'CA certificate(s) to verify the broker with')
    .option('--cert <file>', 'client certificate')
    .option('--key <file>', 'client private key')
    .option('--username <name>', 'broker username')
    .option('--password-file <file>', 'file holding the broker password (or set VAKT_BROKER_PASSWORD)')
    .option('--mqtt-version <v>', '5, 3.1.1 (or 4), or auto: MQTT 5, else 3.1.1', 'auto')
    .option(
      '--signing-key <file>',
      'the platform private key (vakt keys generate --platform): receipts are signed with it; hubs that trust its .pub act only on signed receipts',
    )
    .option('--exec <cmd>', 'run CMD per event with its JSON on stdin; the receipt waits for exit 0')
    .option('--json', 'one JSON object per event on stdout')
    .option('--metrics-port <n>', 'serve OpenMetrics at http://HOST:N/metrics (0: any free port)')
    .option('--metrics-host <host>', 'address the metrics are served on', '127.0.0.1')
    .option('--hubs', "print every hub's liveness (online, offline, silent) from --store and exit")
    .addHelpText(
      'after',
      '\nExamples:\n  $ vakt receive\n  $ vakt receive --broker mqtt://127.0.0.1:1883 --signing-key /etc/vakt-platform/vakt-platform.key\n  $ VAKT_BROKER_PASSWORD=… vakt receive --broker mqtts://broker.example:8883 --ca ca.crt --username centre --share centre --json\n  $ vakt receive --broker mqtt://127.0.0.1:1883 --exec ./page-the-night-team.sh\n  $ PGPASSWORD=… vakt receive --broker mqtts://broker.example:8883 --ca ca.crt --username centre --share centre --store postgres://centre@db.example/vakt --metrics-port 9464\n  $ vakt receive --store postgres://centre@db.example/vakt --hubs\n\nA banner (broker, group, store, receipts) then events go to stdout (with --json the banner goes to stderr);\nlogs go to stderr, readable on a terminal, JSON otherwise. Stops on Ctrl-C/SIGTERM and prints its counters.\nExit codes: 0 stopped, 2 bad options, 3 broker or database unreachable, or --share not honoured by the broker.',
    )
    .action(async (opts) => {
      const { runReceiver } = await import('../../receiver/run-receiver.ts');
      await runReceiver(opts);
    });
}
