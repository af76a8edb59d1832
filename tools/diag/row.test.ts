import { describe, expect, it } from 'vitest';
import { type DiagRow, diagExitCode, fail, pass, skip, warn, worstStatus } from './row.ts';
import { progressLine, renderTable, summary, toJson } from './table.ts';

const rows = {
  pass: pass('config', 'valid'),
  warn: warn('daemon', 'not running', 'systemctl start vakt'),
  fail: fail('serial port', '/dev/ttyUSB9: no such port', 'plug it in'),
  skip: skip('outbox', 'skipped — daemon not running'),
};

describe('diag rows → exit code', () => {
  it.each<[string, DiagRow[], 'pass' | 'warn' | 'fail', number]>([
    ['no rows', [], 'pass', 0],
    ['all pass', [rows.pass, rows.pass], 'pass', 0],
    ['a skip never counts', [rows.pass, rows.skip], 'pass', 0],
    ['worst is a warning', [rows.pass, rows.warn, rows.skip], 'warn', 1],
    ['worst is a failure', [rows.warn, rows.fail, rows.pass], 'fail', 2],
    ['a failure first', [rows.fail, rows.warn], 'fail', 2],
  ])('%s', (_, list, worst, code) => {
    expect(worstStatus(list)).toBe(worst);
    expect(diagExitCode(list)).toBe(code);
  });
});

describe('diag table', () => {
  const all = [rows.pass, rows.warn, rows.fail, rows.skip];

  it('one progress line per row: result, check, detail', () => {
    expect(all.map(progressLine)).toEqual([
      'PASS  config: valid',
      'WARN  daemon: not running',
      'FAIL  serial port: /dev/ttyUSB9: no such port',
      'skip  outbox: skipped — daemon not running',
    ]);
  });

  it('piped: one line per row with its action; a closing summary', () => {
    const lines = renderTable(all).split('\n');
    expect(lines.find((l) => l.includes('serial port'))).toMatch(
      /│ serial port\s+│ FAIL\s+│ \/dev\/ttyUSB9: no such port\s+│ plug it in\s+│/,
    );
    expect(lines.find((l) => l.includes('daemon'))).toMatch(
      /│ WARN\s+│ not running\s+│ systemctl start vakt\s+│/,
    );
    expect(lines.at(-1)).toBe(
      'FAILED: 1 pass, 1 warn, 1 fail, 1 skipped. Do the action on each WARN and FAIL row, then run vakt diag again.',
    );
  });

  it('on a terminal the table fits the width given', () => {
    const long = fail('primary broker auth', 'x '.repeat(80), 'y '.repeat(80));
    const text = renderTable([long], 100);
    for (const l of text.split('\n').slice(0, -1)) expect(l.length).toBeLessThanOrEqual(100);
    expect(text.split('\n').length).toBeGreaterThan(6);
  });

  it('summary says all passed only when nothing warns or fails', () => {
    expect(summary([rows.pass, rows.skip])).toBe('All checks passed (1 pass, 0 warn, 0 fail, 1 skipped).');
    expect(summary([rows.pass, rows.warn])).toMatch(/^Warnings: /);
  });

  it('--json: the worst result and every row', () => {
    expect(JSON.parse(JSON.stringify(toJson(all)))).toEqual({
      result: 'fail',
      rows: [
        { check: 'config', status: 'pass', detail: 'valid' },
        { check: 'daemon', status: 'warn', detail: 'not running', action: 'systemctl start vakt' },
        { check: 'serial port', status: 'fail', detail: '/dev/ttyUSB9: no such port', action: 'plug it in' },
        { check: 'outbox', status: 'skip', detail: 'skipped — daemon not running' },
      ],
    });
  });
});
