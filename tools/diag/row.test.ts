import { describe, expect, it } from 'vitest';
import { type DiagRow, diagExitCode, fail, pass, skip, warn, worstStatus } from './row.ts';
import { progressLine, rowBlock, summary, toJson } from './table.ts';

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

  it('--json progress: one plain line per row on stderr: result, check, detail', () => {
    expect(all.map(progressLine)).toEqual([
      'PASS  config: valid',
      'WARN  daemon: not running',
      'FAIL  serial port: /dev/ttyUSB9: no such port',
      'SKIP  outbox: skipped — daemon not running',
    ]);
  });

  it('each row once: verdict and detail, the action under it', () => {
    expect(all.map((r) => rowBlock(r))).toEqual([
      'PASS  config: valid',
      'WARN  daemon: not running\n      → systemctl start vakt',
      'FAIL  serial port: /dev/ttyUSB9: no such port\n      → plug it in',
      'SKIP  outbox: skipped — daemon not running',
    ]);
  });

  it('fits 80 columns: long details and actions wrap under the row, a long word is cut', () => {
    const long = fail(
      'primary broker auth',
      `the broker refused the login ${'word '.repeat(30)}${'x'.repeat(120)}`,
      `check uplink.primary.username ${'and '.repeat(40)}`,
    );
    const lines = rowBlock(long).split('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(80);
    expect(lines[0]).toMatch(/^FAIL {2}primary broker auth: the broker refused the login word/);
    expect(lines.slice(1).every((l) => l.startsWith('      '))).toBe(true);
    expect(lines.find((l) => l.includes('→'))).toMatch(/^ {6}→ check uplink\.primary\.username( and)+$/);
  });

  it('colours the verdict only when asked', () => {
    expect(rowBlock(rows.fail, 80, true)).toMatch(/^\u001b\[31mFAIL\u001b\[0m {2}serial port/);
    expect(rowBlock(rows.fail, 80, false)).not.toContain('\u001b');
  });

  it('summary says all passed only when nothing warns or fails', () => {
    expect(summary([rows.pass, rows.skip])).toBe('All checks passed (1 pass, 0 warn, 0 fail, 1 skipped).');
    expect(summary([rows.pass, rows.warn])).toMatch(/^Warnings: /);
    expect(summary([rows.fail])).toBe(
      'FAILED: 0 pass, 0 warn, 1 fail, 0 skipped. Do the action (→) under each WARN and FAIL, then run vakt diag again.',
    );
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
