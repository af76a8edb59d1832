/**
 * How `vakt diag` shows its rows: each row once, as it completes — the verdict, the check and
 * what was seen, then the action to take on the line(s) below — wrapped to the terminal (80
 * columns when piped), a closing summary after the last. PASS/WARN/FAIL/SKIP are coloured on a
 * terminal only (tools/term/colour.ts). With --json the rows go to stderr as one plain line each
 * while the checks run and the JSON document is the only thing on stdout.
 */
import { verdict } from '../term/colour.ts';
import { type DiagRow, worstStatus } from './row.ts';

const LABEL = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', skip: 'SKIP' } as const;
const INDENT = '      ';
export const DEFAULT_WIDTH = 80;

/** One plain line per row (stderr, under --json). */
export function progressLine(r: DiagRow): string {
  return `${LABEL[r.status]}  ${r.check}: ${r.detail}`;
}

/** A row as a block of lines no wider than `width`: verdict and detail, then the action. */
export function rowBlock(r: DiagRow, width = DEFAULT_WIDTH, colour = false): string {
  const room = Math.max(20, width - INDENT.length);
  const lines = wrap(`${r.check}: ${r.detail}`, room).map((l, i) =>
    i === 0 ? `${verdict(r.status, colour)}  ${l}` : INDENT + l,
  );
  if (r.action) lines.push(...wrap(`→ ${r.action}`, room - 2).map((l, i) => INDENT + (i ? '  ' : '') + l));
  return lines.join('\n');
}

/** Words into lines of at most `width` characters; a word longer than a line is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > width) {
      if (line) lines.push(line);
      lines.push(word.slice(0, width));
      word = word.slice(width);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

export function summary(rows: readonly DiagRow[]): string {
  const n = (s: DiagRow['status']) => rows.filter((r) => r.status === s).length;
  const counts = `${n('pass')} pass, ${n('warn')} warn, ${n('fail')} fail, ${n('skip')} skipped`;
  const worst = worstStatus(rows);
  return worst === 'pass'
    ? `All checks passed (${counts}).`
    : `${worst === 'fail' ? 'FAILED' : 'Warnings'}: ${counts}. Do the action (→) under each WARN and FAIL, then run vakt diag again.`;
}

/** The --json document. */
export function toJson(rows: readonly DiagRow[]) {
  return { result: worstStatus(rows), rows };
}
