/**
 * A table for people and for pipes. On a terminal: cli-table3 boxes, headers uncoloured. Piped:
 * plain columns — a header line, then one line per row, cells padded and separated by two
 * spaces, no box characters — so `grep`, `awk` and `cut` read it.
 */
import Table from 'cli-table3';
import { plain } from './colour.ts';

export type Cell = string | number;

export function renderGrid(head: readonly string[], rows: readonly Cell[][], tty: boolean): string {
  if (tty) {
    const t = new Table({ head: [...head], style: { head: [], border: [] } });
    for (const r of rows) t.push(r.map(String));
    return t.toString();
  }
  const all = [head, ...rows].map((r) => r.map(String));
  const widths = head.map((_, i) => Math.max(...all.map((r) => plain(r[i] ?? '').length)));
  return all
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - plain(c).length)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
