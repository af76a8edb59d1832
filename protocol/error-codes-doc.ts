/**
 * The table of every error code in docs/error-codes.md, made from the registry; the test in
 * error-codes.test.ts fails when the doc and the registry disagree. Regenerate with
 * `npx tsx protocol/error-codes-doc.ts > docs/error-codes.md`.
 */
import { ERROR_CATEGORIES, ERROR_CODES, EXIT_FOR_CATEGORY, type ErrorCode } from './error-codes.ts';

export function errorCodesMarkdown(): string {
  const categories = ERROR_CATEGORIES.map((c) => `| \`${c}\` | ${EXIT_FOR_CATEGORY[c]} |`);
  const rows = (Object.keys(ERROR_CODES) as ErrorCode[]).sort().map((code) => {
    const [category, meaning] = ERROR_CODES[code];
    return `| \`${code}\` | ${category} | ${EXIT_FOR_CATEGORY[category]} | ${meaning} |`;
  });
  return [
    '# Error codes',
    '',
    'Every error Vakt reports carries one of these stable codes: in `--json` output',
    '(`{"error": {"code", "message", "hint"}}`), in control-socket answers and in logs. Each code has a',
    "category, and the `vakt` CLI exits with the category's code (see",
    '[technician.md](technician.md#exit-codes)). This table is generated from',
    '`protocol/error-codes.ts`; a test fails when they disagree.',
    '',
    '| category | exit code |',
    '|---|---|',
    ...categories,
    '',
    '| code | category | exit | meaning |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(errorCodesMarkdown());
