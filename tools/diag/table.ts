/** How `vakt diag` shows its rows: a progress line per row as it comes, a table at the end. */
import Table from 'cli-table3';
import { type DiagRow, worstStatus } from './row.ts';

const LABEL = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', skip: 'skip' } as const;

/** One progress line (written to stderr while the checks run). */
export function progressLine(r: DiagRow): string {
  return `${LABEL[r.status].padEnd(4)}  ${r.check}: ${r.detail}`;
}

/**
 * The result table with a suggested action per warn and fail, and a closing summary line. On a
 * terminal `width` wraps the table to fit; piped (width undefined) each row stays on one line.
 */
export function renderTable(rows: readonly DiagRow[], width?: number): string {
  const avail = Math.max(60, width ?? 0) - 13;
  const t = new Table({
    head: ['check', 'result', 'detail', 'action'],
    ...(width
      ? {
          colWidths: [Math.floor(avail * 0.2), 8, Math.floor(avail * 0.4), Math.floor(avail * 0.4)],
          wordWrap: true,
        }
      : {}),
    style: { head: [], border: [] },
  });
  for (const r of rows) t.push([r.check, LABEL[r.status], r.detail, r.action ?? '']);
  return `${t.toString()}\n${summary(rows)}`;
}

export function summary(rows: readonly DiagRow[]): string {
  const n = (s: DiagRow['status']) => rows.filter((r) => r.status === s).length;
  const counts = `${n('pass')} pass, ${n('warn')} warn, ${n('fail')} fail, ${n('skip')} skipped`;
  const worst = worstStatus(rows);
  return worst === 'pass'
    ? `All checks passed (${counts}).`
    : `${worst === 'fail' ? 'FAILED' : 'Warnings'}: ${counts}. Do the action on each WARN and FAIL row, then run vakt diag again.`;
}

/** The --json document. */
export function toJson(rows: readonly DiagRow[]) {
  return { result: worstStatus(rows), rows };
}
