import type { Command } from 'commander';

/** `vakt fleet`: a load generator a platform team points at its own broker. */
export function register(program: Command): void {
  program
    .command('fleet')
    .description("simulate N hubs, each running the hub's real uplink on its own MQTT connection, and report")
    .requiredOption('--broker <url>', 'mqtts://host:8883 or mqtt://127.0.0.1:1883')
    .option('--mqtt-version <v>', "every hub's MQTT version: 5, 3.1.1, or auto (MQTT 5, else 3.1.1)", 'auto')
    .option('--hubs <n>', 'how many hubs', '100')
    .option('--id-pattern <p>', 'hub ids; {n} is the hub number, 6 digits', 'FLEET-{n}')
    .option('--username-pattern <p>', 'broker username per hub; {hub} is the hub id (e.g. {hub})')
    .option('--password-pattern-file <file>', 'file holding the password pattern; {hub} is the hub id')
    .option(
      '--threads <n>',
      'worker threads the hubs are spread over (one event loop runs out at a few thousand hubs)',
      '1',
    )
    .option('--ramp <n>', 'new connections per second while the fleet comes up', '500')
    .option('--alarms-per-hour <n>', 'alarms per hub per hour', '1')
    .option('--technical-per-hour <n>', 'technical alarms per hub per hour', '0.5')
    .option('--tests-per-hour <n>', 'test alarms per hub per hour, on top of the automatic one', '0')
    .option(
      '--test-alarm-every <d>',
      "every hub's automatic test alarm (uplink.testAlarmInterval): 1m–7d, or off",
      '24h',
    )
    .option('--heartbeat <d>', 'heartbeat interval of every hub', '60s')
    .option('--duration <d>', 'how long to run', '1m')
    .option('--outage-every <d>', 'every so often, a share of the hubs loses its network')
    .option('--outage-for <d>', 'how long each outage lasts', '30s')
    .option('--outage-share <x>', 'the share of hubs each outage takes (0–1)', '0.1')
    .option('--json', 'the final report as one JSON object')
    .addHelpText(
      'after',
      '\nExamples:\n  $ vakt fleet --broker mqtt://127.0.0.1:1883 --hubs 1000 --duration 5m\n  $ vakt fleet --broker mqtts://broker.example:8883 --hubs 10000 --username-pattern {hub} --password-pattern-file pw.txt --json\n\nA progress line goes to stderr every second; the report (connections, reconnects, raise-to-receipt\nlatency p50/p95/p99/max by lane) to stdout. Exit codes: 0 done, 2 bad options, 3 broker unreachable.',
    )
    .action(async (opts) => {
      const { runFleet } = await import('../../fleet/run-fleet.ts');
      await runFleet(opts);
    });
}
