import type { Command } from 'commander';
import type { ProvisionOptions } from '../../provision/run-provision.ts';

const EXAMPLES = `
Examples:
  Asked question by question on the hub's terminal (answers are checked live):
    $ sudo vakt provision

  Scripted, for mass roll-out (never prompts; fails naming any missing answer):
    $ sudo vakt provision --answers /media/usb/hub-000123.yaml --yes

  Flags only:
    $ sudo vakt provision --yes --hub-id NO-4630-HUB-000123 \\
        --broker mqtts://broker.example.org:8883 --ca /etc/vakt/ca.crt \\
        --username NO-4630-HUB-000123 --password-file /etc/vakt/broker.pw \\
        --serial-port /dev/serial/by-id/usb-Vakt_Receiver-if00

  Change only the broker of an already provisioned hub, while it runs (the alarm hub stays online):
    $ sudo vakt provision --yes --broker mqtts://broker2.example.org:8883

Running it again edits the existing config: earlier answers are kept unless given anew, other
sections stay as they are, and the changed fields are listed. Flags beat the answers file,
which beats the existing config. docs/installer.md describes the answers file and every check.

The receiver check sends the radio receiver a status request and needs its answer (a modem's
port opens too, so opening is not enough). When the hub's daemon is running (found on the
existing config's control socket) it holds the ports, so the checks ask it; it checks the new
config before anything is written and applies the written file: broker, credentials, heartbeat,
supervision, SMS and command keys live, without closing the serial link; a new hub id, serial
port, state directory, control socket, health or log setting by restarting the gateway in place.
Either way the outbox is kept, and the output says which fields applied live and which needed
the restart.

Exit codes: 0 written (or nothing to change), 2 missing or invalid answers (or the running hub
refuses the config), 3 a live check failed (broker, port, receiver, modem) or a file could not be
written.`;

const collect = (v: string, prev: string[] = []) => [...prev, v];

/** `vakt provision`: write the hub's config from checked answers (installer). */
export function register(program: Command): void {
  const cmd = program
    .command('provision')
    .description("write the hub's config from answers: asked interactively, or from flags / an answers file")
    .option('--config <file>', 'the config file to write or edit', '/etc/vakt/vakt.yaml')
    .option('--answers <file>', 'answers file (YAML or JSON), see docs/installer.md')
    .option('-y, --yes', 'never prompt: take the answers from flags, --answers and the existing config')
    .option('--non-interactive', 'same as --yes')
    .option('--skip-checks', 'write without the live broker / port / modem checks')
    .option('--check-timeout <s>', 'seconds each live check may take', '5')
    .option('--json', 'print a JSON summary (path, checks, changed fields; secrets redacted); never prompts');
  answerOptions(cmd).addHelpText('after', EXAMPLES).action(runProvision);
}

/** One flag per answer the dialogue would ask. */
function answerOptions(cmd: Command): Command {
  return cmd
    .option('--hub-id <id>', 'hub id printed on the hub')
    .option('--broker <url>', 'primary broker URL, mqtts://host:8883')
    .option('--ca <file>', "CA certificate that signed the primary broker's certificate")
    .option('--cert <file>', 'client certificate for the primary broker')
    .option('--key <file>', 'client private key for the primary broker')
    .option('--username <name>', 'primary broker username (default: the hub id when a password is given)')
    .option('--password-file <file>', 'file holding the primary broker password')
    .option('--password-env <NAME>', 'environment variable holding the primary broker password')
    .option('--secondary-broker <url>', 'secondary (failover) broker URL')
    .option('--secondary-ca <file>', 'CA for the secondary broker')
    .option('--secondary-cert <file>', 'client certificate for the secondary broker')
    .option('--secondary-key <file>', 'client key for the secondary broker')
    .option('--secondary-username <name>', 'secondary broker username')
    .option('--secondary-password-file <file>', 'file holding the secondary broker password')
    .option('--secondary-password-env <NAME>', 'environment variable holding the secondary broker password')
    .option('--no-secondary', 'remove the secondary broker')
    .option('--serial-port <path>', 'radio receiver port, or auto')
    .option('--modem-port <path>', 'cellular modem AT port (enables SMS fallback)')
    .option('--sms-number <e164>', 'number receiving alarm SMS, +4791234567 (repeatable)', collect)
    .option('--no-sms', 'remove SMS fallback')
    .option('--public-key <file>', 'platform public key (.pub) trusted for signed commands')
    .option('--no-public-key', 'remove the platform public key')
    .option('--state-dir <dir>', 'hub state directory (default /var/lib/vakt)')
    .option('--control-socket <path>', 'control socket (default /run/vakt/control.sock)');
}

async function runProvision(o: ProvisionOptions & { nonInteractive?: boolean }): Promise<void> {
  const { provision } = await import('../../provision/run-provision.ts');
  const { SystemClock } = await import('../../../gateway/clock/system-clock.ts');
  const { CheckFailedError } = await import('../../provision/checks/check-result.ts');
  const { exitCodeFor } = await import('../exit.ts');
  const json = !!o.json;
  const interactive = !json && !o.yes && !o.nonInteractive && !!process.stdin.isTTY && !!process.stdout.isTTY;
  try {
    const summary = await provision(o, {
      out: json ? () => undefined : (line) => process.stdout.write(`${line}\n`),
      interactive,
      env: process.env,
      devDir: process.env.VAKT_DEV_DIR || '/dev',
      clock: new SystemClock(),
    });
    if (json) process.stdout.write(`${JSON.stringify(summary)}\n`);
  } catch (err) {
    // Under --json a failed check still reports every check's result, not only the error.
    if (json && err instanceof CheckFailedError) {
      process.stdout.write(
        `${JSON.stringify({ ok: false, path: o.config, written: false, checksSkipped: false, checks: err.checks, changed: [], error: err.toJSON() })}\n`,
      );
      process.exit(exitCodeFor(err));
    }
    throw err;
  }
}
