/**
 * The interactive installer dialogue (@inquirer/prompts). Every question starts from what is
 * already known (existing config, answers file, flags), each answer is validated by the config
 * loader as it is typed, and each live check runs right after its answers: a failed check asks
 * that answer again instead of ending the run.
 */
import type { Clock } from '../../protocol/clock.ts';
import { VaktError } from '../../protocol/errors.ts';
import { answerProblem } from './answer-validation.ts';
import type { Answers } from './answers.ts';
import { askBroker } from './ask-broker.ts';
import { type CheckResult, describeCheck } from './checks/check-result.ts';
import { checkModem } from './checks/port-check.ts';
import { checkReceiver, type RunningDaemon, samePort } from './checks/receiver-check.ts';
import { heldModem } from './checks/run-checks.ts';
import { DEFAULT_CONTROL_SOCKET, DEFAULT_STATE_DIR } from './config-edit.ts';
import type { PortCandidate } from './port-candidates.ts';

export interface AskDeps {
  out(line: string): void;
  env: NodeJS.ProcessEnv;
  candidates(): Promise<PortCandidate[]>;
  skipChecks: boolean;
  clock: Clock;
  timeoutMs: number;
  baudRate: number;
  allowPlaintext: { primary: boolean; secondary: boolean };
  /** The daemon running now: the receiver check asks it about the port it holds. */
  daemon?: RunningDaemon | undefined;
}

const OTHER = '\0other';
const NONE = '-';

export async function askAnswers(
  start: Answers,
  d: AskDeps,
): Promise<{ answers: Answers; checks: CheckResult[] }> {
  try {
    return await ask(start, d);
  } catch (err) {
    if ((err as Error).name === 'ExitPromptError')
      throw new VaktError('E_ABORTED', 'provisioning stopped (Ctrl-C); nothing was written');
    throw err;
  }
}

type RecordCheck = (r: CheckResult) => void;

async function ask(start: Answers, d: AskDeps): Promise<{ answers: Answers; checks: CheckResult[] }> {
  const results = new Map<string, CheckResult>();
  const record: RecordCheck = (r) => results.set(r.name, r);
  const a: Answers = { ...start };
  await askHubAndBrokers(a, d, record);
  await askReceiver(a, d, record);
  await askModem(a, d, record);
  await askFiles(a, d);
  return { answers: a, checks: [...results.values()] };
}

async function askHubAndBrokers(a: Answers, d: AskDeps, record: RecordCheck): Promise<void> {
  const { confirm, input } = await import('@inquirer/prompts');
  const brokerDeps = (which: 'primary' | 'secondary') => ({
    ...d,
    allowPlaintext: d.allowPlaintext[which],
    record,
  });
  a.hubId = (
    await input({
      message: 'Hub id (printed on the hub)',
      ...(a.hubId ? { default: a.hubId } : {}),
      required: true,
      validate: (v) => answerProblem({ hub: { id: v.trim() } }, 'hub.id', d.env),
    })
  ).trim();
  a.primary = await askBroker('primary', a.primary ?? {}, a.hubId, brokerDeps('primary'));
  a.secondary = (await confirm({ message: 'Add a secondary broker (failover)?', default: !!a.secondary }))
    ? await askBroker('secondary', a.secondary ?? {}, a.hubId, brokerDeps('secondary'))
    : null;
}

/** The receiver's port, asked again until its check passes. */
async function askReceiver(a: Answers, d: AskDeps, record: RecordCheck): Promise<void> {
  for (;;) {
    a.serialPort = await askPort('Radio receiver port', a.serialPort, [], true, d);
    if (d.skipChecks) return;
    const r = await checkReceiver('receiver port', a.serialPort, d.baudRate, {
      candidates: d.candidates,
      clock: d.clock,
      timeoutMs: d.timeoutMs,
      daemon: d.daemon,
    });
    record(r);
    d.out(`  ${describeCheck(r)}`);
    if (r.ok) return;
  }
}

/**
 * The modem's port (asked again until it differs from the receiver's and its check passes) and
 * the SMS numbers, or no modem.
 */
async function askModem(a: Answers, d: AskDeps, record: RecordCheck): Promise<void> {
  const { confirm, input } = await import('@inquirer/prompts');
  if (!(await confirm({ message: 'Is there a cellular modem for SMS fallback?', default: !!a.modemPort }))) {
    a.modemPort = null;
    return;
  }
  const serialPort = a.serialPort!;
  for (;;) {
    a.modemPort = await askPort('Modem port (AT commands)', a.modemPort ?? undefined, [serialPort], false, d);
    if (samePort(a.modemPort, serialPort)) {
      d.out(
        `  ${a.modemPort} is the receiver's port: the modem needs its own (its AT command port); asking again`,
      );
      a.modemPort = null; // not offered again as the default
      continue;
    }
    if (d.skipChecks) break;
    const r =
      heldModem(a.modemPort, d.daemon) ??
      (await checkModem('modem', a.modemPort, {
        candidates: d.candidates,
        others: [serialPort],
        clock: d.clock,
        timeoutMs: d.timeoutMs,
      }));
    record(r);
    d.out(`  ${describeCheck(r)}`);
    if (r.ok) break;
  }
  const numbers = await input({
    message: 'Numbers that receive alarm SMS (E.164, comma-separated)',
    ...(a.smsNumbers?.length ? { default: a.smsNumbers.join(', ') } : {}),
    required: true,
    validate: (v) => answerProblem({ sms: { modemPort: 'x', numbers: split(v) } }, 'sms.numbers', d.env),
  });
  a.smsNumbers = split(numbers);
}

/** The platform key, the state directory and the control socket. */
async function askFiles(a: Answers, d: AskDeps): Promise<void> {
  const { input } = await import('@inquirer/prompts');
  const key = await input({
    message: `Platform public key file for signed commands ("${NONE}": none)`,
    default: a.publicKey ?? NONE,
    validate: (v) =>
      v.trim() === NONE ||
      answerProblem({ commands: { publicKeys: [v.trim()] } }, 'commands.publicKeys', d.env),
  });
  a.publicKey = key.trim() === NONE ? null : key.trim();
  a.stateDir = (
    await input({ message: 'State directory', default: a.stateDir ?? DEFAULT_STATE_DIR, required: true })
  ).trim();
  a.controlSocket = (
    await input({
      message: 'Control socket',
      default: a.controlSocket ?? DEFAULT_CONTROL_SOCKET,
      required: true,
    })
  ).trim();
}

/** A port from the candidates found, "auto", or a typed path. */
async function askPort(
  message: string,
  current: string | undefined,
  taken: string[],
  allowAuto: boolean,
  d: AskDeps,
): Promise<string> {
  const { input, select } = await import('@inquirer/prompts');
  const found = (await d.candidates()).filter((c) => !taken.includes(c.path));
  const choices = [
    ...(current && current !== 'auto' && !found.some((c) => c.path === current)
      ? [{ name: `${current} (in the config now)`, value: current }]
      : []),
    ...found.map((c) => ({ name: `${c.path}  ${c.description}`, value: c.path, short: c.path })),
    ...(allowAuto ? [{ name: 'auto (the first port found; the config names it)', value: 'auto' }] : []),
    { name: 'another path…', value: OTHER },
  ];
  if (found.length === 0) d.out('  no serial ports found (no /dev/serial/by-id, /dev/ttyUSB*, /dev/ttyACM*)');
  const picked = await select({ message, choices, ...(current ? { default: current } : {}) });
  if (picked !== OTHER) return picked;
  return (
    await input({
      message: 'Port path',
      ...(current && current !== 'auto' ? { default: current } : {}),
      required: true,
    })
  ).trim();
}

const split = (v: string) =>
  v
    .split(/[,\s]+/)
    .map((n) => n.trim())
    .filter(Boolean);
