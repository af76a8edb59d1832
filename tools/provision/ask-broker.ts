/**
 * Interactive questions for one broker: URL, CA, how the hub logs in, then a live connection
 * check. When the check fails, only the answer it is about is asked again (the URL for a refused
 * connection, the CA for an untrusted certificate, the credentials for a refused login).
 * Passwords are never typed here: the installer names a file or an environment variable.
 */
import { readFileSync } from 'node:fs';
import { type BrokerConfig, brokerSchema } from '../../gateway/config/broker.ts';
import type { Clock } from '../../protocol/clock.ts';
import { answerProblem } from './answer-validation.ts';
import type { BrokerAnswer } from './answers.ts';
import { checkBroker } from './checks/broker-check.ts';
import { type AnswerStep, type CheckResult, describeCheck } from './checks/check-result.ts';

export interface AskBrokerDeps {
  out(line: string): void;
  env: NodeJS.ProcessEnv;
  skipChecks: boolean;
  clock: Clock;
  timeoutMs: number;
  /** The existing config's allowPlaintext for this broker (provision does not ask it). */
  allowPlaintext: boolean;
  record(result: CheckResult): void;
}

type Login = 'password' | 'cert' | 'both' | 'none';
const NONE = '-';

export async function askBroker(
  which: 'primary' | 'secondary',
  start: BrokerAnswer,
  hubId: string,
  d: AskBrokerDeps,
): Promise<BrokerAnswer> {
  const { input, select } = await import('@inquirer/prompts');
  const label = `${which} broker`;
  const field = `uplink.${which}`;
  const valid = (patch: BrokerAnswer, f: string) =>
    answerProblem(
      { uplink: { [which]: { allowPlaintext: d.allowPlaintext, ...patch } } },
      `${field}.${f}`,
      d.env,
    );
  const b: BrokerAnswer = { ...start };
  let step: AnswerStep = 'url';
  for (;;) {
    if (step === 'url')
      b.url = await input({
        message: `${cap(label)} URL (mqtts://host:8883)`,
        ...(b.url ? { default: b.url } : {}),
        required: true,
        validate: (v) => valid({ url: v.trim() }, 'url'),
      });
    const tls = b.url!.startsWith('mqtts:');
    if (!tls) for (const f of ['ca', 'cert', 'key'] as const) delete b[f];
    if (tls && (step === 'url' || step === 'ca')) {
      const ca = await input({
        message: `CA certificate that signed the broker's certificate ("${NONE}": the system's trust store)`,
        default: b.ca ?? NONE,
        validate: (v) => v.trim() === NONE || valid({ url: b.url!, ca: v.trim() }, 'ca'),
      });
      setOptional(b, 'ca', ca);
    }
    if (step !== 'port') await askLogin(b, tls, hubId, valid, { input, select });
    const parsed = brokerSchema.safeParse({ ...b, allowPlaintext: d.allowPlaintext });
    if (!parsed.success) {
      d.out(
        `  ${parsed.error.issues.map((i) => `${[field, ...i.path].join('.')}: ${i.message}`).join('\n  ')}`,
      );
      step = 'url';
      continue;
    }
    if (d.skipChecks) return b;
    d.out(`  checking ${label} ${b.url} …`);
    const result = await checkBroker(label, parsed.data as BrokerConfig, password(b, d.env), {
      clientId: hubId,
      clock: d.clock,
      timeoutMs: d.timeoutMs,
    });
    d.record(result);
    d.out(`  ${describeCheck(result)}`);
    if (result.ok) return b;
    step = result.step === 'ca' && !tls ? 'url' : (result.step ?? 'url');
    d.out(
      `  asking again${step === 'credentials' ? ' how the hub logs in' : step === 'ca' ? ' for the CA' : ' for the URL'}.`,
    );
  }
}

type Prompts = Pick<typeof import('@inquirer/prompts'), 'input' | 'select'>;

async function askLogin(
  b: BrokerAnswer,
  tls: boolean,
  hubId: string,
  valid: (patch: BrokerAnswer, f: string) => true | string,
  { input, select }: Prompts,
): Promise<void> {
  const hasPassword = !!(b.password || b.passwordFile || b.passwordEnv);
  const current: Login = b.cert ? (hasPassword ? 'both' : 'cert') : hasPassword ? 'password' : 'none';
  const login = await select<Login>({
    message: 'How does the hub log in to the broker?',
    choices: [
      { name: 'username and password', value: 'password' },
      ...(tls
        ? [
            { name: 'client certificate and key', value: 'cert' as const },
            { name: 'client certificate and a password', value: 'both' as const },
          ]
        : []),
      { name: 'no login (anonymous)', value: 'none' },
    ],
    default: tls || (current !== 'cert' && current !== 'both') ? current : 'password',
  });
  await askCertificate(b, login, valid, input);
  if (login === 'cert' || login === 'none') {
    for (const f of ['username', 'password', 'passwordFile', 'passwordEnv'] as const) delete b[f];
    return;
  }
  b.username = await input({ message: 'Username', default: b.username ?? hubId, required: true });
  await askPasswordSource(b, valid, { input, select });
}

/** The client certificate and key for a certificate login; none for the others. */
async function askCertificate(
  b: BrokerAnswer,
  login: Login,
  valid: (patch: BrokerAnswer, f: string) => true | string,
  input: Prompts['input'],
): Promise<void> {
  if (login === 'cert' || login === 'both') {
    b.cert = await input({
      message: 'Client certificate file',
      ...(b.cert ? { default: b.cert } : {}),
      required: true,
      validate: (v) => valid({ url: b.url!, cert: v.trim(), key: v.trim() }, 'cert'),
    });
    b.key = await input({
      message: 'Client private key file',
      ...(b.key ? { default: b.key } : {}),
      required: true,
      validate: (v) => valid({ url: b.url!, cert: b.cert!, key: v.trim() }, 'key'),
    });
  } else {
    delete b.cert;
    delete b.key;
  }
}

/** Where the password is kept: a file, an environment variable, or (kept) the config itself. */
async function askPasswordSource(
  b: BrokerAnswer,
  valid: (patch: BrokerAnswer, f: string) => true | string,
  { input, select }: Prompts,
): Promise<void> {
  const source = await select<'file' | 'env' | 'inline'>({
    message: 'Where is the password? (it is never typed here or shown)',
    choices: [
      { name: 'in a file (mode 0600)', value: 'file' },
      { name: 'in an environment variable (systemd EnvironmentFile=)', value: 'env' },
      ...(b.password ? [{ name: 'keep the password written in the config', value: 'inline' as const }] : []),
    ],
    default: b.passwordEnv ? 'env' : b.password ? 'inline' : 'file',
  });
  if (source === 'inline') return;
  const user = { url: b.url!, username: b.username! };
  if (source === 'file') {
    const file = await input({
      message: 'Password file',
      ...(b.passwordFile ? { default: b.passwordFile } : {}),
      required: true,
      validate: (v) => valid({ ...user, passwordFile: v.trim() }, 'passwordFile'),
    });
    setPasswordSource(b, 'passwordFile', file.trim());
  } else {
    const name = await input({
      message: 'Environment variable holding the password',
      default: b.passwordEnv ?? 'VAKT_BROKER_PASSWORD',
      validate: (v) => valid({ ...user, passwordEnv: v.trim() }, 'passwordEnv'),
    });
    setPasswordSource(b, 'passwordEnv', name.trim());
  }
}

function setPasswordSource(b: BrokerAnswer, f: 'passwordFile' | 'passwordEnv', v: string): void {
  delete b.password;
  delete b.passwordFile;
  delete b.passwordEnv;
  b[f] = v;
}

function setOptional(b: BrokerAnswer, f: 'ca', v: string): void {
  if (v.trim() === NONE || v.trim() === '') delete b[f];
  else b[f] = v.trim();
}

/** The password the answer points at, for the live check only. */
export function password(b: BrokerAnswer, env: NodeJS.ProcessEnv): string | undefined {
  if (b.password) return b.password;
  if (b.passwordEnv) return env[b.passwordEnv] || undefined;
  if (b.passwordFile) {
    try {
      return readFileSync(b.passwordFile, 'utf8').trim() || undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
