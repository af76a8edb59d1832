/**
 * Reads a scenario file (YAML or JSON) and validates it. Every problem is reported with file,
 * line, column and field, e.g. `normal-day.yaml:14:9: timeline.2.do: must be "<verb> [device]" …`.
 */
import { readFileSync } from 'node:fs';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { VaktError } from '../../protocol/errors.ts';
import { checkReferences } from './references.ts';
import { type Scenario, scenarioSchema } from './schema.ts';

export class ScenarioError extends VaktError {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(
      'E_SCENARIO',
      `${file}: invalid scenario\n  ${problems.join('\n  ')}`,
      'fix the fields named above; see docs/simulator.md for the format',
    );
  }
}

export function loadScenarioFile(path: string): Scenario {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new VaktError(
      'E_FILE_SCENARIO',
      `cannot read scenario ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      'check the path',
    );
  }
  return parseScenario(text, path);
}

export function parseScenario(text: string, file = '<scenario>'): Scenario {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    throw new ScenarioError(
      file,
      doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        return `${pos ? `${pos.line}:${pos.col}: ` : ''}${e.message.split('\n')[0]}`;
      }),
    );
  }
  const where = (path: PropertyKey[]): string => {
    for (let p = path; p.length >= 0; p = p.slice(0, -1)) {
      const node = p.length === 0 ? doc.contents : doc.getIn(p as (string | number)[], true);
      if (isNode(node) && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return `${line}:${col}`;
      }
      if (p.length === 0) break;
    }
    return '1:1';
  };
  const result = scenarioSchema.safeParse(doc.toJS());
  if (!result.success) throw new ScenarioError(file, describe(result.error, where));
  const problems = checkReferences(result.data).map(
    ({ path, message }) => `${where(path)}: ${path.join('.')}: ${message}`,
  );
  if (problems.length > 0) throw new ScenarioError(file, problems);
  return result.data;
}

function describe(error: z.ZodError, where: (path: PropertyKey[]) => string): string[] {
  return error.issues.map(
    (i) => `${where(i.path)}: ${i.path.length ? i.path.map(String).join('.') : '(top level)'}: ${i.message}`,
  );
}
