/**
 * One line of the `vakt diag` report and how the lines add up to an exit code. `skip` marks a
 * check that could not be made (the daemon is not running, an earlier stage failed); it is
 * shown but never changes the exit code. Exit codes: 0 every row passes, 1 the worst is a
 * warning, 2 the worst is a failure.
 */
export type DiagStatus = 'pass' | 'warn' | 'fail' | 'skip';

export interface DiagRow {
  /** What was checked, e.g. "config", "primary broker auth", "device 00A1B2C3". */
  check: string;
  status: DiagStatus;
  /** What was seen: on a pass the facts, otherwise what is wrong. Never holds a secret. */
  detail: string;
  /** What the technician should do; on every warn and fail. */
  action?: string;
}

export const pass = (check: string, detail: string): DiagRow => ({ check, status: 'pass', detail });
export const warn = (check: string, detail: string, action: string): DiagRow => ({
  check,
  status: 'warn',
  detail,
  action,
});
export const fail = (check: string, detail: string, action: string): DiagRow => ({
  check,
  status: 'fail',
  detail,
  action,
});
export const skip = (check: string, detail: string): DiagRow => ({ check, status: 'skip', detail });

const RANK: Record<DiagStatus, number> = { skip: 0, pass: 0, warn: 1, fail: 2 };

/** The worst result among rows; `skip` counts as `pass`. */
export function worstStatus(rows: readonly DiagRow[]): 'pass' | 'warn' | 'fail' {
  const worst = Math.max(0, ...rows.map((r) => RANK[r.status]));
  return worst === 2 ? 'fail' : worst === 1 ? 'warn' : 'pass';
}

export const DIAG_EXIT = { pass: 0, warn: 1, fail: 2 } as const;

export function diagExitCode(rows: readonly DiagRow[]): 0 | 1 | 2 {
  return DIAG_EXIT[worstStatus(rows)];
}
