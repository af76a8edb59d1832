/**
 * Whatever text is given as a config, loading it ends in a valid config or a ConfigError
 * (E_CONFIG: the CLI's exit 2) — never another exception, a stack overflow or unbounded memory.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ConfigError, parseConfig } from './load.ts';
import { MAX_CONFIG_BYTES } from './yaml-limits.ts';

const valid = `hub:
  id: NO-4630-HUB-000123
  label: "Flat 3"
serial:
  port: /dev/ttyACM0
  baudRate: 115200
supervision:
  periods:
    fall_detector: 10m
uplink:
  primary:
    url: mqtt://127.0.0.1:1883
    username: hub
    password: secret
  inFlight: 64
sms:
  modemPort: /dev/ttyUSB2
  numbers: ["+4791234567"]
control:
  socket: /run/vakt/control.sock
log:
  level: info
`;

const outcome = { accepted: 0, refused: 0, byKind: {} as Record<string, number> };

const msByKind: Record<string, number> = {};

function check(kind: string, text: string): void {
  outcome.byKind[kind] = (outcome.byKind[kind] ?? 0) + 1;
  const t0 = performance.now();
  try {
    load(text);
  } finally {
    msByKind[kind] = (msByKind[kind] ?? 0) + performance.now() - t0;
  }
}

function load(text: string): void {
  try {
    parseConfig(text, 'fuzz.yaml', {});
    outcome.accepted++;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    expect(err.code).toBe('E_CONFIG');
    expect(err.problems.length).toBeGreaterThan(0);
    outcome.refused++;
  }
}

const mutation = fc.oneof(
  fc.record({ at: fc.nat(), insert: fc.string({ maxLength: 20, unit: 'binary' }) }),
  fc.record({ at: fc.nat(), cut: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ at: fc.nat(), repeat: fc.integer({ min: 1, max: 30 }), len: fc.integer({ min: 1, max: 12 }) }),
  fc.record({
    at: fc.nat(),
    char: fc.constantFrom(
      ':',
      '-',
      '[',
      '{',
      '&a ',
      '*a',
      '!!',
      '"',
      "'",
      '\t',
      '\n',
      '#',
      '|',
      '>',
      '%',
      '@',
      '\u0000',
    ),
  }),
);

function mutate(text: string, ms: Array<Record<string, unknown>>): string {
  let t = text;
  for (const m of ms) {
    const at = (m.at as number) % (t.length + 1);
    if ('insert' in m) t = t.slice(0, at) + (m.insert as string) + t.slice(at);
    else if ('cut' in m) t = t.slice(0, at) + t.slice(at + (m.cut as number));
    else if ('repeat' in m)
      t = t.slice(0, at) + t.slice(at, at + (m.len as number)).repeat(m.repeat as number) + t.slice(at);
    else t = t.slice(0, at) + (m.char as string) + t.slice(at);
  }
  return t;
}

const nesting = fc.record({
  depth: fc.integer({ min: 1, max: 800 }),
  open: fc.constantFrom('[', '{a: ', '- ', '{', '? '),
  close: fc.constantFrom(']', '}', '', ' '),
});

describe('config fuzz', () => {
  it('10,100 configs: each is accepted or refused with a ConfigError; memory stays bounded', () => {
    const before = process.memoryUsage().rss;
    let peak = before;
    const sample = () => {
      peak = Math.max(peak, process.memoryUsage().rss);
    };
    // Random YAML documents: any JSON-like value, optionally under a real top-level key.
    fc.assert(
      fc.property(fc.anything({ maxDepth: 6 }), fc.constantFrom('', 'hub', 'uplink', 'serial'), (v, key) => {
        check('random document', stringify(key ? { [key]: v } : v) ?? '');
      }),
      { numRuns: 3000 },
    );
    sample();
    // A valid config, mutated a few times.
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (ms) => {
        check('mutated valid', mutate(valid, ms as Array<Record<string, unknown>>));
      }),
      { numRuns: 3500 },
    );
    sample();
    // Random text and random bytes read as UTF-8.
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.uint8Array({ maxLength: 400 })), (v) => {
        check('random text', typeof v === 'string' ? v : Buffer.from(v).toString('utf8'));
      }),
      { numRuns: 2500 },
    );
    sample();
    // Alias bombs: levels of fan-out aliases, in block and flow style.
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 12 }), (levels, fanout) => {
        const rows = ['l0: &l0 ["x"]'];
        for (let i = 1; i < levels; i++)
          rows.push(
            `l${i}: &l${i} [${Array(fanout)
              .fill(`*l${i - 1}`)
              .join(', ')}]`,
          );
        check('alias bomb', `${valid}${rows.join('\n')}\n`);
      }),
      { numRuns: 500 },
    );
    sample();
    // Deep nesting in every bracket and block style.
    fc.assert(
      fc.property(nesting, ({ depth, open, close }) => {
        check('deep nesting', `hub: ${open.repeat(depth)}x${close.repeat(depth)}\n`);
      }),
      { numRuns: 500 },
    );
    sample();
    // Huge strings, either side of the size limit.
    fc.assert(
      fc.property(
        fc.integer({ min: MAX_CONFIG_BYTES - 2000, max: MAX_CONFIG_BYTES + 4000 }),
        fc.constantFrom('label', 'comment', 'key'),
        (n, where) => {
          const big = 'x'.repeat(n);
          const text =
            where === 'label'
              ? valid.replace('"Flat 3"', big)
              : where === 'comment'
                ? `${valid}# ${big}\n`
                : `${big}: 1\n`;
          check('huge string', text);
        },
      ),
      { numRuns: 100 },
    );
    sample();
    const total = outcome.accepted + outcome.refused;
    expect(total).toBeGreaterThanOrEqual(10_000);
    expect(outcome.refused).toBeGreaterThan(0);
    // Each input is at most 260 KiB; nothing a config does should hold on to much more than that.
    expect(peak - before).toBeLessThan(200 * 1024 * 1024);
    console.info(
      `config fuzz: ${total} configs, ${outcome.accepted} accepted, ${outcome.refused} refused (ConfigError); ` +
        `RSS ${Math.round(before / 2 ** 20)} → peak ${Math.round(peak / 2 ** 20)} MiB; ${JSON.stringify(outcome.byKind)} ms ${JSON.stringify(msByKind, (_, v) => (typeof v === 'number' ? Math.round(v) : v))}`,
    );
  }, 300_000);
});
