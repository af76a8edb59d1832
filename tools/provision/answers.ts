/**
 * What `vakt provision` asks, and where the answers come from. Layers, lowest first: the existing
 * config, the answers file (`--answers`, YAML or JSON), the command-line flags; interactive mode
 * then offers the result as defaults. `null` in an answers file removes an optional answer.
 * Passwords are never answers: only the name of a file or environment variable holding one.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { VaktError } from '../../protocol/errors.ts';

export interface BrokerAnswer {
  url?: string;
  ca?: string;
  cert?: string;
  key?: string;
  username?: string;
  /** Only ever carried over from an existing config that holds the password inline. */
  password?: string;
  passwordFile?: string;
  passwordEnv?: string;
}

export interface Answers {
  hubId?: string;
  primary?: BrokerAnswer;
  /** `null`: no secondary broker (remove it). */
  secondary?: BrokerAnswer | null;
  serialPort?: string;
  /** `null`: no SMS fallback (remove the sms section). */
  modemPort?: string | null;
  smsNumbers?: string[];
  /** `null`: no platform key (remove the commands section). */
  publicKey?: string | null;
  stateDir?: string;
  controlSocket?: string;
}

export const BROKER_FIELDS = [
  'url',
  'ca',
  'cert',
  'key',
  'username',
  'password',
  'passwordFile',
  'passwordEnv',
] as const;
const PASSWORD_SOURCES = ['password', 'passwordFile', 'passwordEnv'] as const;

const text = (what: string) =>
  z.string({ error: `must be text (${what})` }).min(1, { error: `is empty (${what})` });
const optionalText = (what: string) => text(what).nullable().optional();
const brokerAnswerSchema = z.strictObject({
  url: text('the broker URL, e.g. mqtts://broker.example.org:8883').optional(),
  ca: optionalText('path of the CA certificate'),
  cert: optionalText('path of the client certificate'),
  key: optionalText('path of the client key'),
  username: optionalText('broker username, usually the hub id'),
  passwordFile: optionalText('path of a file holding the password'),
  passwordEnv: optionalText('name of an environment variable holding the password'),
});
const answersSchema = z.strictObject({
  hubId: text('the hub id printed on the hub').optional(),
  primary: brokerAnswerSchema.optional(),
  secondary: brokerAnswerSchema.nullable().optional(),
  serialPort: text('the receiver port, or "auto"').optional(),
  modemPort: optionalText('the modem port'),
  smsNumbers: z.array(text('a number like +4791234567'), { error: 'must be a list of numbers' }).optional(),
  publicKey: optionalText('path of the platform public key'),
  stateDir: text('the state directory').optional(),
  controlSocket: text('the control socket path').optional(),
});

/** Reads an answers file; every problem is reported at once, named by its answer. */
export function loadAnswersFile(file: string): Answers {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw code
      ? new VaktError(
          'E_INPUT_ANSWERS_FILE',
          `cannot read answers file ${file}: ${code}`,
          'check the --answers path',
        )
      : new VaktError(
          'E_INPUT_ANSWERS',
          `${file} is not YAML or JSON: ${(err as Error).message.split('\n')[0]}`,
          'fix the syntax; docs/installer.md shows an example answers file',
        );
  }
  const problems: string[] = [];
  for (const which of ['primary', 'secondary'] as const) {
    const b = (raw as Record<string, unknown> | null)?.[which];
    if (b && typeof b === 'object' && 'password' in b)
      problems.push(
        `${which}.password: answers files must not hold passwords — put it in a file (passwordFile, mode 0600) or an environment variable (passwordEnv)`,
      );
  }
  const parsed = answersSchema.safeParse(raw ?? {});
  if (!parsed.success)
    for (const i of parsed.error.issues) {
      if (i.code === 'unrecognized_keys' && i.keys.every((k) => k === 'password')) continue;
      const at = i.path.length ? i.path.join('.') : '(top level)';
      problems.push(
        i.code === 'unrecognized_keys'
          ? `${at}: unknown answer${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')} — known answers: ${Object.keys(i.path.length ? brokerAnswerSchema.shape : answersSchema.shape).join(', ')}`
          : `${at}: ${i.message}`,
      );
    }
  if (problems.length > 0)
    throw new VaktError(
      'E_INPUT_ANSWERS',
      `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n  ${problems.join('\n  ')}`,
      'fix each answer named above; docs/installer.md describes the answers file',
    );
  // Nulls stay: inside a broker they remove that field when the layers merge.
  return parsed.data as Answers;
}

/** Later layers win; inside a broker, fields merge one by one (edit, don't replace). */
export function mergeAnswers(...layers: Answers[]): Answers {
  const out: Answers = {};
  for (const layer of layers) {
    for (const [k, v] of Object.entries(layer) as [keyof Answers, unknown][]) {
      if (v === undefined) continue;
      if ((k === 'primary' || k === 'secondary') && v !== null) {
        const below = out[k];
        out[k] = mergeBroker(below ?? {}, v as BrokerAnswer);
      } else (out as Record<string, unknown>)[k] = v;
    }
    // "No modem" takes the numbers below it along; they would have nowhere to go.
    if (layer.modemPort === null && layer.smsNumbers === undefined) delete out.smsNumbers;
  }
  return out;
}

function mergeBroker(below: BrokerAnswer, above: BrokerAnswer): BrokerAnswer {
  const out: Record<string, unknown> = { ...below };
  // A new password source replaces the old one; two would be a config error.
  if (PASSWORD_SOURCES.some((s) => above[s] !== undefined)) for (const s of PASSWORD_SOURCES) delete out[s];
  for (const f of BROKER_FIELDS) {
    const v = (above as Record<string, unknown>)[f];
    if (v === null) delete out[f];
    else if (v !== undefined) out[f] = v;
  }
  return out as BrokerAnswer;
}

/** The answers held by an existing config (raw YAML, before defaults), to pre-fill from. */
export function answersFromConfig(js: unknown): Answers {
  const c = (js ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const broker = (v: unknown): BrokerAnswer | undefined => {
    if (!v || typeof v !== 'object') return undefined;
    const b: Record<string, unknown> = {};
    for (const f of BROKER_FIELDS)
      if (typeof (v as Record<string, unknown>)[f] === 'string') b[f] = (v as Record<string, unknown>)[f];
    return b as BrokerAnswer;
  };
  const a: Answers = {};
  const set = <K extends keyof Answers>(k: K, v: unknown) => {
    if (v !== undefined && v !== null) a[k] = v as Answers[K];
  };
  set('hubId', str(c.hub?.id));
  set('primary', broker((c.uplink as Record<string, unknown> | undefined)?.primary));
  set('secondary', broker((c.uplink as Record<string, unknown> | undefined)?.secondary));
  set('serialPort', str(c.serial?.port));
  set('modemPort', str(c.sms?.modemPort));
  const numbers = c.sms?.numbers;
  if (Array.isArray(numbers)) set('smsNumbers', numbers.map(String));
  const keys = c.commands?.publicKeys;
  if (Array.isArray(keys) && keys.length > 0) set('publicKey', String(keys[0]));
  set('stateDir', str(c.storage?.dir));
  set('controlSocket', str(c.control?.socket));
  return a;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** One missing answer: what it is and how to give it on the command line or in a file. */
interface Missing {
  answer: string;
  flag: string;
  key: string;
}

/** Non-interactive mode: every required answer must be known. Lists all that are missing. */
export function requireComplete(a: Answers): void {
  const missing: Missing[] = [];
  if (!a.hubId) missing.push({ answer: 'hub id', flag: '--hub-id ID', key: 'hubId' });
  if (!a.primary?.url)
    missing.push({ answer: 'primary broker URL', flag: '--broker URL', key: 'primary.url' });
  if (a.secondary && !a.secondary.url)
    missing.push({
      answer: 'secondary broker URL',
      flag: '--secondary-broker URL (or --no-secondary)',
      key: 'secondary.url',
    });
  if (!a.serialPort)
    missing.push({ answer: 'receiver serial port', flag: '--serial-port PATH (or auto)', key: 'serialPort' });
  if (a.modemPort && !a.smsNumbers?.length)
    missing.push({ answer: 'SMS numbers for the modem', flag: '--sms-number +47…', key: 'smsNumbers' });
  if (a.modemPort === undefined && a.smsNumbers?.length)
    missing.push({ answer: 'modem port for the SMS numbers', flag: '--modem-port PATH', key: 'modemPort' });
  if (missing.length > 0)
    throw new VaktError(
      'E_INPUT_MISSING',
      `missing answer${missing.length > 1 ? 's' : ''}: ${missing.map((m) => m.answer).join(', ')} (nothing written)`,
      `give ${missing.map((m) => `${m.flag} or ${m.key}: in the answers file`).join('; ')} — or run without --yes on a terminal to be asked`,
    );
}

/** A password needs a username; the hub id is the usual one (docs/configuration.md). */
export function withDefaultUsernames(a: Answers): Answers {
  const fill = (b: BrokerAnswer | null | undefined) =>
    b && !b.username && PASSWORD_SOURCES.some((s) => b[s] !== undefined) && a.hubId
      ? { ...b, username: a.hubId }
      : b;
  return { ...a, primary: fill(a.primary) ?? undefined, secondary: fill(a.secondary) };
}
