import type { Command } from 'commander';

/** `vakt sim`: simulated devices, dongle and modem on real serial ports (firmware-sim). */
export function register(program: Command): void {
  const sim = program
    .command('sim')
    .description('simulate devices, the radio dongle and the cellular modem on real serial ports');
  registerRun(sim);
  registerPress(sim);
  registerModem(sim);
}

function registerRun(sim: Command): void {
  sim
    .command('run <scenario>', { isDefault: true })
    .description('play a scenario file (YAML or JSON); see docs/simulator.md')
    .option('--port <path>', 'serial port of the dongle side (the hub opens the other end)')
    .option(
      '--pty',
      'make a PTY pair with socat and print the path for the hub (default when --port is absent)',
    )
    .option('--modem-port <path>', 'also run the AT modem on this serial port')
    .option('--modem', 'also run the AT modem on a fresh PTY')
    .option('--sms-log <file>', 'append every SMS the modem sends to this file, one JSON line each')
    .option('--speed <n>', 'time compression: 3600 = one scenario hour per second', '1')
    .option('--seq-file <file>', 'keep device sequence numbers in this file across runs')
    .option('--json', 'one JSON object per event')
    .option('--verbose', 'also print every serial frame')
    .addHelpText(
      'after',
      '\nExamples:\n  $ vakt sim firmware-sim/scenarios/demo.yaml --pty\n  $ vakt sim firmware-sim/scenarios/normal-day.yaml --speed 3600 --json\n\nWhile it runs, type a verb and Enter to act now ("press B1", "unplug", "replug", "jam"),\nor set a fault ("fault bit-error 1%", "fault loss 20% B1", "fault drop 0").\n\nExit codes: 0 scenario ended with every expectation met (or stopped by Ctrl-C), 1 an expectation failed, 2 bad scenario or options, 3 port unavailable.',
    )
    .action(async (file: string, opts) => {
      const { runScenario } = await import('../../sim/run-scenario.ts');
      process.exitCode = await runScenario(file, opts);
    });
}

function registerPress(sim: Command): void {
  sim
    .command('press <device>')
    .description("act as one device on a live hub: send its event and wait for the hub's ACK")
    .requiredOption('--port <path>', 'the serial port the hub reads (the dongle side)')
    .option('--kind <kind>', 'pendant, wrist, pull_cord, fall, smoke or door', 'pendant')
    .option('--timeout <s>', 'seconds to wait for the ACK', '60')
    .option('--json', 'one JSON object per event')
    .addHelpText(
      'after',
      '\nExample:\n  $ vakt sim press 00A1B2C3 --port /tmp/vakt-dongle/device\n\nExit codes: 0 ACKed, 1 no ACK (not paired, hub not running), 2 bad device id or options, 3 port unavailable.',
    )
    .action(async (device: string, opts) => {
      const { pressOnce } = await import('../../sim/press.ts');
      process.exitCode = await pressOnce(device, opts);
    });
}

function registerModem(sim: Command): void {
  sim
    .command('modem')
    .description('run only the simulated AT modem (for trying SMS fallback)')
    .option('--port <path>', 'serial port to answer on; a fresh PTY when absent')
    .option('--sms-log <file>', 'append every SMS to this file, one JSON line each')
    .option('--no-sim', 'behave as if no SIM card is inserted')
    .option('--no-coverage', 'behave as if there is no network')
    .option('--signal <csq>', 'signal quality 0-31 reported by AT+CSQ', '20')
    .addHelpText('after', '\nExample:\n  $ vakt sim modem --sms-log /tmp/sms.jsonl')
    .action(
      async (opts: { port?: string; smsLog?: string; sim: boolean; coverage: boolean; signal: string }) => {
        const { ModemPort } = await import('../../../firmware-sim/index.ts');
        const modem = await ModemPort.open({
          ...(opts.port ? { port: opts.port } : {}),
          ...(opts.smsLog ? { smsLog: opts.smsLog } : {}),
          onSms: (sms) => process.stdout.write(`${JSON.stringify({ sms })}\n`),
        });
        Object.assign(modem.modem.state, {
          simPresent: opts.sim,
          registration: opts.coverage ? 1 : 2,
          signal: Number(opts.signal),
        });
        process.stdout.write(`vakt sim modem: answering AT commands on ${modem.hubPath} (Ctrl-C to stop)\n`);
        const stop = async (): Promise<void> => {
          await modem.close();
          process.exit(0);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      },
    );
}
