import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CATEGORIES, ERROR_CODES, EXIT_FOR_CATEGORY, isErrorCode } from './error-codes.ts';
import { errorCodesMarkdown } from './error-codes-doc.ts';

describe('error-code registry', () => {
  it('docs/error-codes.md is the table of the registry (regenerate: npx tsx protocol/error-codes-doc.ts)', () => {
    const doc = readFileSync(new URL('../docs/error-codes.md', import.meta.url), 'utf8');
    const want = errorCodesMarkdown().split('\n');
    const got = doc.split('\n');
    const differs = want.find((line, i) => got[i] !== line);
    expect(differs, 'first line of the table that differs').toBeUndefined();
    expect(got.length).toBe(want.length);
  });

  it('every code has a known category, an exit code and a one-line meaning', () => {
    for (const [code, [category, meaning]] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^E_[A-Z0-9_]+$/);
      expect(ERROR_CATEGORIES).toContain(category);
      expect(meaning.length, code).toBeGreaterThan(10);
      expect(meaning).not.toContain('\n');
    }
    expect(EXIT_FOR_CATEGORY).toMatchObject({ usage: 2, input: 2, config: 2, failed: 1, internal: 70 });
  });

  it('input errors such as E_HUB_ID exit 2, not 1', () => {
    expect(EXIT_FOR_CATEGORY[ERROR_CODES.E_HUB_ID[0]]).toBe(2);
    expect(isErrorCode('E_HUB_ID')).toBe(true);
    expect(isErrorCode('E_NOT_A_CODE')).toBe(false);
    expect(isErrorCode('toString')).toBe(false);
  });
});

/** Source files (not tests) of every room, for the literal-code check. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

it('every E_ code written in the source is registered', () => {
  const root = new URL('..', import.meta.url).pathname;
  const unregistered = new Set<string>();
  for (const room of ['protocol', 'gateway', 'firmware-sim', 'tools'])
    for (const file of sources(join(root, room)))
      for (const [, code] of readFileSync(file, 'utf8').matchAll(/'(E_[A-Z0-9_]*[A-Z0-9])'/g))
        if (!isErrorCode(code)) unregistered.add(`${code} (${file.slice(root.length)})`);
  expect([...unregistered]).toEqual([]);
});
