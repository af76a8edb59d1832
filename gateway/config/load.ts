/**
 * Reads and validates the hub's config file. Every problem is collected and reported at once as
 * `field (line N): what is wrong — how to fix it`, so an installer fixes everything in one pass.
 * Secrets named by file or environment variable are resolved here; referenced files are checked.
 */

import { createPublicKey } from 'node:crypto';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { isNode, LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { VaktError } from '../../protocol/errors.ts';
import { printable } from '../../protocol/printable.ts';
import type { BrokerConfig } from './broker.ts';
import { controlGroupProblem } from './control-group.ts';
import { fix } from './fields.ts';
import { type Config, configSchema } from './schema.ts';
import {
  aliasProblem,
  depthProblem,
  isAliasExhaustion,
  MAX_CONFIG_ALIASES,
  readBounded,
  sizeProblem,
} from './yaml-limits.ts';

/** A file with thousands of syntax errors gets the first few; fixing those usually fixes the rest. */
const MAX_SYNTAX_PROBLEMS = 10;

export class ConfigError extends VaktError {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(
      'E_CONFIG',
      `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n  ${shown(problems).join('\n  ')}`,
      'fix each field named above; docs/configuration.md lists every field',
    );
  }
}

/** Every problem is listed up to a point; a file with 10,000 wrong entries gets the first of them. */
const MAX_PROBLEMS_SHOWN = 20;

function shown(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS_SHOWN) return problems;
  return [...problems.slice(0, MAX_PROBLEMS_SHOWN), `… and ${problems.length - MAX_PROBLEMS_SHOWN} more`];
}

/** A validated config plus what was resolved from elsewhere. Secrets live only here. */
export interface LoadedConfig {
  config: Config;
  file: string;
  /** Broker passwords, resolved from inline, file or environment. */
  secrets: { primary?: string; secondary?: string };
  warnings: string[];
}

export function loadConfigFile(file: string, env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  let text: string;
  try {
    const bytes = readBounded(file);
    const tooBig = sizeProblem(bytes.length);
    if (tooBig) throw new ConfigError(file, [tooBig]);
    text = bytes.toString('utf8');
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw new VaktError(
      'E_FILE_CONFIG',
      `cannot read config ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      'check the path given to --config and that the service user may read it',
    );
  }
  const loaded = parseConfig(text, file, env);
  const mode = statSync(file).mode & 0o777;
  if (mode & 0o077 && (loaded.config.uplink.primary.password || loaded.config.uplink.secondary?.password)) {
    loaded.warnings.push(
      `${file} holds a password and is readable by others (mode ${mode.toString(8)}) — chmod 600 ${file}`,
    );
  }
  return loaded;
}

export function parseConfig(
  text: string,
  file = '<config>',
  env: NodeJS.ProcessEnv = process.env,
): LoadedConfig {
  const limit = sizeProblem(Buffer.byteLength(text)) ?? depthProblem(text);
  if (limit) throw new ConfigError(file, [limit]);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0) throw new ConfigError(file, syntaxProblems(doc.errors));
  const lineOf = (p: PropertyKey[]): string => {
    for (let q = p; ; q = q.slice(0, -1)) {
      const node = q.length === 0 ? doc.contents : doc.getIn(q as (string | number)[], true);
      if (isNode(node) && node.range) return ` (line ${lines.linePos(node.range[0]).line})`;
      if (q.length === 0) return '';
    }
  };
  let plain: unknown;
  try {
    plain = doc.toJS({ maxAliasCount: MAX_CONFIG_ALIASES });
  } catch (err) {
    // yaml throws (rather than reports) for alias problems: too many, or one used before its anchor.
    if (isAliasExhaustion(err)) throw new ConfigError(file, [aliasProblem()]);
    throw new ConfigError(file, [
      `(top level): ${fix(`YAML error: ${printable((err as Error).message)}`, 'define each &anchor before its *alias, or write the value out')}`,
    ]);
  }
  const parsed = configSchema.safeParse(plain ?? {});
  if (!parsed.success)
    throw new ConfigError(
      file,
      parsed.error.issues.map((i) => `${field(i.path)}${lineOf(i.path)}: ${describe(i)}`),
    );
  const problems: string[] = [];
  const config = parsed.data;
  const secrets: LoadedConfig['secrets'] = {};
  for (const which of ['primary', 'secondary'] as const) {
    const b = config.uplink[which];
    if (!b) continue;
    const at = `uplink.${which}`;
    const secret = resolvePassword(b, env, at, problems);
    if (secret !== undefined) secrets[which] = secret;
    for (const f of ['ca', 'cert', 'key'] as const) if (b[f]) checkReadable(b[f]!, `${at}.${f}`, problems);
  }
  checkPublicKeys(config.commands?.publicKeys ?? [], problems);
  if (config.serial.reopenMin > config.serial.reopenMax)
    problems.push(
      `serial.reopenMin: ${fix('is longer than serial.reopenMax', 'make reopenMin ≤ reopenMax')}`,
    );
  if (config.control.group) {
    const groupProblem = controlGroupProblem(config.control.group);
    if (groupProblem) problems.push(groupProblem);
  }
  if (problems.length > 0) throw new ConfigError(file, problems);
  return { config, file, secrets, warnings: [] };
}

/** Each command-signing key file is readable and an Ed25519 public key. */
function checkPublicKeys(files: readonly string[], problems: string[]): void {
  for (const [i, k] of files.entries()) {
    if (!checkReadable(k, `commands.publicKeys.${i}`, problems)) continue;
    try {
      const key = createPublicKey(readFileSync(k));
      if (key.asymmetricKeyType !== 'ed25519')
        problems.push(
          `commands.publicKeys.${i}: ${fix(`${k} is a ${key.asymmetricKeyType} key`, 'give the Ed25519 .pub written by vakt keys generate')}`,
        );
    } catch {
      problems.push(
        `commands.publicKeys.${i}: ${fix(`${k} is not a public key`, 'give the .pub file written by vakt keys generate')}`,
      );
    }
  }
}

/**
 * yaml's messages end with a code frame ("… at line 3, column 7:\n\n  key: [\n      ^"); it is
 * kept, indented under the problem, with control characters made visible.
 */
function syntaxProblems(errors: YAMLError[]): string[] {
  const out = errors.slice(0, MAX_SYNTAX_PROBLEMS).map((e) => {
    const [head = '', ...frame] = e.message.split(/\r?\n/).map(printable);
    const what = head.replace(/ at line \d+, column \d+:?$/, '');
    const where = e.linePos?.[0] ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : 'line ?';
    const snippet = frame.filter((l) => l.trim() !== '').map((l) => `\n      | ${l}`);
    return `${where}: ${fix(`YAML syntax error: ${what}`, 'correct the YAML at that place')}${snippet.join('')}`;
  });
  if (errors.length > MAX_SYNTAX_PROBLEMS)
    out.push(`… and ${errors.length - MAX_SYNTAX_PROBLEMS} more YAML syntax errors after these`);
  return out;
}

function resolvePassword(
  b: BrokerConfig,
  env: NodeJS.ProcessEnv,
  at: string,
  problems: string[],
): string | undefined {
  if (b.password) return b.password;
  if (b.passwordEnv) {
    const v = env[b.passwordEnv];
    if (!v)
      problems.push(
        `${at}.passwordEnv: ${fix(`environment variable ${b.passwordEnv} is not set`, `set it for the service (systemd: Environment= or EnvironmentFile=)`)}`,
      );
    return v || undefined;
  }
  if (b.passwordFile && checkReadable(b.passwordFile, `${at}.passwordFile`, problems)) {
    const v = readFileSync(b.passwordFile, 'utf8').trim();
    if (!v)
      problems.push(
        `${at}.passwordFile: ${fix(`${b.passwordFile} is empty`, 'write the broker password into it')}`,
      );
    return v || undefined;
  }
  return undefined;
}

function checkReadable(file: string, at: string, problems: string[]): boolean {
  try {
    accessSync(file, constants.R_OK);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    problems.push(
      `${at}: ${fix(`${file} ${code === 'ENOENT' ? 'does not exist' : 'cannot be read'}`, code === 'ENOENT' ? 'check the path' : 'give the service user read access')}`,
    );
    return false;
  }
}

function field(p: PropertyKey[]): string {
  return p.length === 0 ? '(top level)' : p.map(String).join('.');
}

function describe(i: z.core.$ZodIssue): string {
  if (i.code === 'unrecognized_keys')
    return fix(
      `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`,
      'check the spelling or remove it (docs/configuration.md lists every field)',
    );
  if (i.code === 'invalid_type' && /received (undefined|null)/.test(i.message))
    return fix('is missing or empty', 'add it (docs/configuration.md)');
  if (i.code === 'invalid_key')
    return i.issues[0]
      ? describe(i.issues[0] as z.core.$ZodIssue)
      : fix('is not an allowed name', 'see docs/configuration.md');
  return i.message.includes(' — ') ? i.message : fix(i.message, 'see docs/configuration.md');
}
