/**
 * Validates one answer with the config loader itself (gateway/config/load.ts), by placing it in
 * an otherwise minimal config: prompts then show exactly the message `vakt config check` would,
 * and no rule is written twice.
 */
import { stringify } from 'yaml';
import { ConfigError, parseConfig } from '../../gateway/config/load.ts';

const BASE = {
  hub: { id: 'provision-check' },
  serial: { port: '/dev/null' },
  uplink: { primary: { url: 'mqtt://127.0.0.1' } },
};

/**
 * `true` when the loader finds nothing wrong under `field`, else its message for the first
 * problem there (without the field name, which the prompt already shows).
 */
export function answerProblem(patch: object, field: string, env: NodeJS.ProcessEnv): true | string {
  try {
    parseConfig(stringify(deepMerge(BASE, patch)), 'answer', env);
    return true;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    const mine = err.problems.find(
      (p) => p.startsWith(`${field}:`) || p.startsWith(`${field}.`) || p.startsWith(`${field} `),
    );
    if (!mine) return true;
    return mine.replace(/^[^:]*:\s*/, '');
  }
}

function deepMerge(a: object, b: object): object {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const below = out[k];
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && below && typeof below === 'object'
        ? deepMerge(below, v)
        : v;
  }
  return out;
}

/** Where each config field comes from in provision's answers, for error messages. */
const ANSWER_OF: [prefix: string, answer: string][] = [
  ['hub.id', 'hubId, --hub-id'],
  ['uplink.primary', 'primary, --broker/--ca/--cert/--key/--username/--password-file/--password-env'],
  ['uplink.secondary', 'secondary, --secondary-*'],
  ['serial.port', 'serialPort, --serial-port'],
  ['sms.modemPort', 'modemPort, --modem-port'],
  ['sms.numbers', 'smsNumbers, --sms-number'],
  ['commands.publicKeys', 'publicKey, --public-key'],
  ['storage.dir', 'stateDir, --state-dir'],
  ['control.socket', 'controlSocket, --control-socket'],
];

/**
 * A loader problem about the would-be config, told in terms of the answer that caused it. Line
 * numbers are dropped: they point into a file that was not written.
 */
export function problemForAnswers(problem: string): string {
  const p = problem.replace(/ \(line \d+\)/, '');
  const field = p.slice(0, p.indexOf(':'));
  const hit = ANSWER_OF.find(([prefix]) => field === prefix || field.startsWith(`${prefix}.`));
  return hit
    ? `${field} (answer ${hit[1]})${p.slice(field.length)}`
    : `${field} (set in the existing config, not asked by provision — fix it by hand)${p.slice(field.length)}`;
}
