import type { Command } from 'commander';
import { withSocketOptions } from '../../hub/socket.ts';

const HELP = `
Checks, in order, each shown once as it completes: config valid; daemon running; storage
writable and free space; serial port present and receiver (dongle) answering; each paired
device's last heartbeat against its window; for the primary (and secondary) broker DNS, TCP,
TLS, auth, publish and the platform's receipt; the daemon's uplink path and a test alarm round
trip; modem SIM, registration and signal (when SMS is configured); clock; outbox not stuck.
Each WARN and FAIL has the action to take on the line below it (→; docs/technician.md lists
them); a summary closes. Lines fit the terminal (80 columns when piped); PASS/WARN/FAIL are
coloured on a terminal unless NO_COLOR is set. With --json, stdout holds only the JSON document
and the rows go to stderr, one line each, as they complete.

With the daemon running, the receiver, devices, modem and outbox are read from it (it holds the
ports). Without it, the ports and brokers are checked directly and the rows only the daemon
knows are shown as SKIP with the reason. A skipped row never changes the exit code.

Examples:
  $ sudo vakt diag
  $ vakt diag --config /etc/vakt/vakt.yaml --json
  $ vakt diag --no-test-alarm --timeout 5s

Exit codes (special to diag): 0 every row passes, 1 the worst row is a warning, 2 the worst row
is a failure (a config that cannot be read is a failure). Bad options also exit 2.`;

/** `vakt diag`: every check a technician needs on one screen, with what to do about each. */
export function register(program: Command): void {
  withSocketOptions(
    program
      .command('diag')
      .description(
        'check the hub end to end (config, storage, receiver, devices, brokers, modem, clock, outbox); exit 0 pass, 1 warn, 2 fail',
      )
      .option('--json', 'one JSON object {result, rows: [{check, status, detail, action}]} on stdout')
      .option(
        '--timeout <duration>',
        'how long each network step, receipt or receiver answer may take',
        '10s',
      )
      .option(
        '--stuck-after <duration>',
        'the outbox is stuck when its oldest event is older than this (default: sms.deadline, else 60s)',
      )
      .option('--no-test-alarm', 'do not send a test alarm through the running daemon'),
  )
    .addHelpText('after', HELP)
    .action(async (o) => {
      const { runDiag } = await import('../../diag/run-diag.ts');
      const { SystemClock } = await import('../../../gateway/clock/system-clock.ts');
      const { colourOn } = await import('../../term/colour.ts');
      process.exitCode = await runDiag(o, {
        env: process.env,
        clock: new SystemClock(),
        devDir: process.env.VAKT_DEV_DIR || '/dev',
        progress: (line) => process.stderr.write(`${line}\n`),
        out: (text) => process.stdout.write(`${text}\n`),
        ...(process.stdout.isTTY && process.stdout.columns ? { width: process.stdout.columns } : {}),
        colour: colourOn(process.stdout),
      });
    });
}
