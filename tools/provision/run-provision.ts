/**
 * `vakt provision`: from answers to a written config. Order matters: gather the answers, build
 * the edited config, validate it with the daemon's own loader (field-named errors, exit 2), run
 * the live checks (exit 3), and only then replace the file atomically (0600). Nothing is written
 * unless every step passed; secrets never reach the output. With the hub's daemon running, it
 * checks the ports it holds and the new config, and applies the written file (live-hub.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { ConfigError, type LoadedConfig, parseConfig } from '../../gateway/config/load.ts';
import type { ReloadAnswer } from '../../gateway/control/answers.ts';
import type { Clock } from '../../protocol/clock.ts';
import { VaktError } from '../../protocol/errors.ts';
import { problemForAnswers } from './answer-validation.ts';
import {
  type Answers,
  answersFromConfig,
  loadAnswersFile,
  mergeAnswers,
  requireComplete,
  withDefaultUsernames,
} from './answers.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { CheckFailedError, type CheckResult, describeCheck } from './checks/check-result.ts';
import type { RunningDaemon } from './checks/receiver-check.ts';
import { pickAutoPort } from './auto-port.ts';
import { candidateLister, runChecks } from './checks/run-checks.ts';
import { applyAnswers, type Change, changes, configDocument, describeChange } from './config-edit.ts';
import { answersFromFlags, type ProvisionFlags } from './flag-answers.ts';
import { applyToDaemon, checkWithDaemon, describeReload, findRunningDaemon, readsFile } from './live-hub.ts';

export interface ProvisionOptions extends ProvisionFlags {
  config: string;
  answers?: string;
  yes?: boolean;
  skipChecks?: boolean;
  json?: boolean;
  checkTimeout?: string;
}

export interface ProvisionIo {
  /** Human-readable progress; a no-op under --json. */
  out(line: string): void;
  interactive: boolean;
  env: NodeJS.ProcessEnv;
  /** Scanned for serial ports instead of /dev (VAKT_DEV_DIR). */
  devDir: string;
  clock: Clock;
}

export interface ProvisionSummary {
  ok: boolean;
  path: string;
  written: boolean;
  checksSkipped: boolean;
  checks: CheckResult[];
  changed: Change[];
  /** What the running daemon did with the written config; absent when none runs. */
  reload?: ReloadAnswer;
}

const CONFIG_MODE = 0o600;

export async function provision(o: ProvisionOptions, io: ProvisionIo): Promise<ProvisionSummary> {
  const timeoutMs = checkTimeout(o.checkTimeout);
  const existing = readExisting(o.config);
  const doc = configDocument(existing, o.config);
  const before = doc.toJS() ?? {};
  const daemon = existing === undefined ? undefined : await findRunningDaemon(before, o.config);
  if (daemon) io.out(`the hub's daemon is running (${daemon.socket}): it checks and applies the new config`);
  let answers = mergeAnswers(
    answersFromConfig(before),
    o.answers ? loadAnswersFile(o.answers) : {},
    answersFromFlags(o),
  );
  let checks: CheckResult[] = [];
  if (io.interactive)
    ({ answers, checks } = await askInteractively(answers, before, o, io, { timeoutMs, daemon }));
  else requireComplete(answers);
  answers = withDefaultUsernames(answers);
  checkPortsDiffer(answers);
  answers = await pickAutoPort(answers, candidateLister(io.devDir), io.out);

  applyAnswers(doc, answers);
  const text = doc.toString();
  const loaded = validate(text, o.config, io.env);
  const changed = changes(before, doc.toJS());

  if (o.skipChecks) io.out('live checks skipped (--skip-checks): brokers, ports and modem were NOT tried');
  else if (!io.interactive) {
    checks = await runChecks(loaded, { clock: io.clock, timeoutMs, devDir: io.devDir, daemon });
    io.out('checks:');
    for (const c of checks) io.out(`  ${describeCheck(c, false)}`);
    if (checks.some((c) => !c.ok)) throw new CheckFailedError(checks);
  }

  if (daemon) for (const line of describeReload(await checkWithDaemon(daemon, text))) io.out(line);
  const summary = await write(o, io, existing, text, {
    path: o.config,
    checksSkipped: !!o.skipChecks,
    checks,
    changed,
  });
  if (!daemon || !summary.written || existing === undefined) return summary;
  if (!readsFile(daemon, o.config)) {
    io.out(`the running daemon reads ${daemon.file}, not ${o.config}: it was not asked to apply it`);
    return summary;
  }
  const reload = await applyToDaemon(daemon, text, { file: o.config, text: existing });
  for (const line of describeReload(reload)) io.out(line);
  return { ...summary, reload };
}

/** The installer's dialogue, starting from what the config, the answers file and the flags say. */
async function askInteractively(
  answers: Answers,
  before: unknown,
  o: ProvisionOptions,
  io: ProvisionIo,
  live: { timeoutMs: number; daemon: RunningDaemon | undefined },
): Promise<{ answers: Answers; checks: CheckResult[] }> {
  const { askAnswers } = await import('./interactive.ts');
  const raw = before as {
    uplink?: Record<string, { allowPlaintext?: unknown } | undefined>;
    serial?: { baudRate?: unknown };
  };
  return askAnswers(answers, {
    out: io.out,
    env: io.env,
    candidates: candidateLister(io.devDir),
    skipChecks: !!o.skipChecks,
    clock: io.clock,
    ...live,
    baudRate: Number(raw.serial?.baudRate) || 115200,
    allowPlaintext: {
      primary: raw.uplink?.primary?.allowPlaintext === true,
      secondary: raw.uplink?.secondary?.allowPlaintext === true,
    },
  });
}

/** Says what changes, asks before writing when interactive, and writes the file 0600 atomically. */
async function write(
  o: ProvisionOptions,
  io: ProvisionIo,
  existing: string | undefined,
  text: string,
  summary: Omit<ProvisionSummary, 'ok' | 'written'>,
): Promise<ProvisionSummary> {
  const { changed } = summary;
  io.out(changed.length ? 'changes:' : `no changes to ${o.config}`);
  for (const c of changed) io.out(`  ${describeChange(c)}`);
  // Unchanged content is left alone (the YAML library may re-space flow lists when it renders).
  if (existing !== undefined && changed.length === 0 && modeOf(o.config) === CONFIG_MODE)
    return { ok: true, written: false, ...summary };
  if (io.interactive) {
    const { confirm } = await import('@inquirer/prompts');
    const go = await confirm({ message: `Write ${o.config}?`, default: true }).catch((err: Error) => {
      if (err.name === 'ExitPromptError') return false;
      throw err;
    });
    if (!go) throw new VaktError('E_ABORTED', `not written; ${o.config} is as it was`);
  }
  writeFileAtomic(o.config, text, CONFIG_MODE);
  io.out(`wrote ${o.config} (mode 0600)`);
  return { ok: true, written: true, ...summary };
}

function readExisting(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new VaktError(
      'E_FILE_CONFIG',
      `cannot read the existing config ${file}: ${code ?? (err as Error).message}`,
      'run as a user who may read it (sudo), or give another --config',
    );
  }
}

/** The loader's verdict on the would-be file, told in terms of the answers. */
function validate(text: string, file: string, env: NodeJS.ProcessEnv): LoadedConfig {
  try {
    return parseConfig(text, file, env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    const problems = err.problems.map(problemForAnswers);
    throw new VaktError(
      'E_CONFIG_ANSWERS',
      `the answers would make ${file} invalid, so nothing was written: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n  ${problems.join('\n  ')}`,
      'correct each answer named above (docs/installer.md lists the answers)',
    );
  }
}

function checkPortsDiffer(a: Answers): void {
  if (a.modemPort && a.serialPort && a.modemPort === a.serialPort)
    throw new VaktError(
      'E_INPUT_PORTS',
      `the receiver and the modem are both given as ${a.serialPort}`,
      'each needs its own port: give the modem its AT command port (--modem-port)',
    );
}

function checkTimeout(text: string | undefined): number {
  if (text === undefined) return 5000;
  const s = Number(text);
  if (!(s > 0 && s <= 120))
    throw new VaktError(
      'E_USAGE_TIMEOUT',
      `--check-timeout must be between 0 and 120 seconds. Provided value is ${text}`,
      'e.g. --check-timeout 10',
    );
  return s * 1000;
}

function modeOf(file: string): number | undefined {
  try {
    return statSync(file).mode & 0o777;
  } catch {
    return undefined;
  }
}
