/**
 * The outcome of one live check. A failed check carries a stable code (E_BROKER_…, E_PORT_…,
 * E_MODEM_… — exit 3), a message saying what failed and a hint saying how to fix it, and names
 * the answer to ask again in interactive mode.
 */
import { type ErrorCode, VaktError } from '../../../protocol/errors.ts';

/** Which answer a failure is about, so interactive mode re-asks just that one. */
export type AnswerStep = 'url' | 'ca' | 'credentials' | 'port';

export interface CheckResult {
  /** "primary broker", "receiver port", "modem". */
  name: string;
  /** What was checked: a URL or a port path. Never holds a secret. */
  target: string;
  ok: boolean;
  /** On success what was seen; on failure what failed. */
  detail: string;
  code?: ErrorCode;
  hint?: string;
  step?: AnswerStep;
}

export const passed = (name: string, target: string, detail: string): CheckResult => ({
  name,
  target,
  ok: true,
  detail,
});

export const failed = (
  name: string,
  target: string,
  code: ErrorCode,
  detail: string,
  hint: string,
  step: AnswerStep,
): CheckResult => ({ name, target, ok: false, detail, code, hint, step });

/** One line per check; `withFix` adds the hint under a failure (when no error follows to say it). */
export function describeCheck(r: CheckResult, withFix = true): string {
  return r.ok
    ? `ok      ${r.name} ${r.target}: ${r.detail}`
    : `FAILED  ${r.name} ${r.target}: ${r.detail}${withFix ? `\n          fix: ${r.hint}` : ''}`;
}

/** Thrown when a live check failed in scripted mode: nothing is written. */
export class CheckFailedError extends VaktError {
  constructor(readonly checks: CheckResult[]) {
    const bad = checks.filter((c) => !c.ok);
    const one = bad.length === 1 ? bad[0]! : undefined;
    super(
      bad[0]?.code ?? 'E_CHECK',
      one
        ? `${one.name} ${one.target}: ${one.detail} (nothing written)`
        : `${bad.length} checks failed (nothing written):\n  ${bad.map((c) => `${c.name} ${c.target}: ${c.detail}\n    fix: ${c.hint}`).join('\n  ')}`,
      one
        ? `${one.hint}; or pass --skip-checks to write the config without checking`
        : 'correct each answer above and run vakt provision again, or pass --skip-checks to write without checking',
    );
  }
}
