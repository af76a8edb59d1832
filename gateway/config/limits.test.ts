import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.ts';
import { controlGroupProblem } from './control-group.ts';
import { ConfigError, parseConfig } from './load.ts';
import { MAX_CONFIG_BYTES, MAX_CONFIG_DEPTH } from './yaml-limits.ts';

const dir = mkdtempSync(join(tmpdir(), 'vakt-config-limits-'));
const minimal = `hub:
  id: NO-4630-HUB-000123
serial:
  port: /dev/ttyACM0
uplink:
  primary:
    url: mqtt://127.0.0.1:1883
`;

/** `a: &a [x × 9]`, each next level 9 aliases of the one before: 9^levels values if expanded. */
function aliasBomb(levels: number, fanout = 9): string {
  const names = 'abcdefghijklmnop';
  const rows = [`${names[0]}: &${names[0]} [${Array(fanout).fill('"lol"').join(',')}]`];
  for (let i = 1; i < levels; i++)
    rows.push(
      `${names[i]}: &${names[i]} [${Array(fanout)
        .fill(`*${names[i - 1]}`)
        .join(',')}]`,
    );
  return `${rows.join('\n')}\n`;
}

function problemsOf(text: string): string[] {
  try {
    parseConfig(text, 'vakt.yaml', {});
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('config limits', () => {
  it('refuses nesting deeper than the limit, in every YAML style, naming the line', () => {
    const depth = 5000;
    const styles = {
      flow: `hub: ${'['.repeat(depth)}1${']'.repeat(depth)}\n`,
      flowMap: `hub: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`,
      // 5000 indented levels would pass the size limit first; 500 is deep enough.
      block: `hub:\n${Array.from({ length: 500 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n')} 1\n`,
      seqLine: `hub:\n  ${'- '.repeat(depth)}x\n`,
    };
    for (const [style, text] of Object.entries(styles)) {
      const p = problemsOf(text);
      expect(p, style).toHaveLength(1);
      expect(p[0], style).toMatch(
        new RegExp(
          `^\\(top level\\) \\(line \\d+\\): values nest more than ${MAX_CONFIG_DEPTH} levels deep — `,
        ),
      );
    }
    // Just inside the limit is the schema's business, not a depth problem.
    expect(
      problemsOf(`hub: ${'['.repeat(MAX_CONFIG_DEPTH - 1)}1${']'.repeat(MAX_CONFIG_DEPTH - 1)}\n`)[0],
    ).toMatch(/^hub \(line 1\): /);
  });

  it('refuses an alias bomb but accepts a config that uses a few aliases', () => {
    expect(problemsOf(aliasBomb(9))).toEqual([
      expect.stringMatching(/^\(top level\): expands more than \d+ YAML aliases/),
    ]);
    const anchored = minimal.replace(
      '    url: mqtt://127.0.0.1:1883',
      '    url: &u mqtt://127.0.0.1:1883\n    clientId: *u',
    );
    expect(problemsOf(anchored).join()).not.toMatch(/aliases/);
  });

  it('refuses text over the size limit before parsing it', () => {
    const p = problemsOf(`${minimal}# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`);
    expect(p).toEqual([expect.stringMatching(/^\(file\): is larger than 256 KiB — /)]);
  });

  it('shows a YAML syntax error in full: what, where and the place in the file', () => {
    const p = problemsOf('hub:\n  id: a: b\n');
    expect(p[0]).toMatch(/^line 2, column \d+: YAML syntax error: .*compact mappings.* — correct the YAML/);
    expect(p[0]).toMatch(/\n\s+\| +id: a: b\n/);
    expect(p[0]).toMatch(/\|\s+\^/);
    // Control characters in the file never reach the terminal raw.
    expect(problemsOf('hub: [\x1b[31m\n').join('\n')).not.toContain('\x1b');
  });

  it('lists a bounded number of problems from a file full of them', () => {
    const many = `${minimal}${Array.from({ length: 3000 }, (_, i) => `k${i}: [`).join('\n')}\n`;
    let err: unknown;
    try {
      parseConfig(many, 'vakt.yaml', {});
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message.split('\n').length).toBeLessThan(120);
  });

  it('control.group: names a missing group and a group the user is not in, with the fix', () => {
    const ids = { uid: 1000, gids: [1000, 20], user: 'vakt' };
    const lookup = (n: string) => ({ dialout: 20, 'vakt-control': 1234 })[n];
    expect(controlGroupProblem('dialout', ids, lookup)).toBeUndefined();
    expect(controlGroupProblem('nosuch', ids, lookup)).toMatch(
      /^control\.group: group "nosuch" does not exist on this hub — create it \(groupadd nosuch\)/,
    );
    expect(controlGroupProblem('vakt-control', ids, lookup)).toMatch(
      /^control\.group: user vakt is not in group "vakt-control".* — under systemd add SupplementaryGroups=vakt-control/,
    );
    expect(controlGroupProblem('vakt-control', { ...ids, uid: 0 }, lookup)).toBeUndefined();
  });

  it('control.group is checked against the real process: its own group passes, a missing one fails', () => {
    const own = String(process.getegid?.());
    expect(problemsOf(`${minimal}control:\n  group: "${own}"\n`)).toEqual([]);
    expect(problemsOf(`${minimal}control:\n  group: no-such-group-vakt\n`)).toEqual([
      expect.stringMatching(/^control\.group: group "no-such-group-vakt" does not exist/),
    ]);
  });

  it('vakt config check exits 2 naming the limit for a bomb, deep nesting and a 20 MiB file', async () => {
    const cases: Array<[string, string | Buffer, RegExp]> = [
      ['bomb.yaml', aliasBomb(9), /expands more than \d+ YAML aliases/],
      ['deep.yaml', `hub: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, /nest more than \d+ levels deep/],
      ['huge.yaml', Buffer.alloc(20 * 1024 * 1024, 0x61), /is larger than 256 KiB/],
      ['syntax.yaml', 'hub:\n  id: [unclosed\n', /YAML syntax error: .+\n\s+\| /],
      [
        'group.yaml',
        `${minimal}control:\n  group: no-such-group-vakt\n`,
        /control\.group: group "no-such-group-vakt"/,
      ],
    ];
    for (const [name, text, expected] of cases) {
      const f = join(dir, name);
      writeFileSync(f, text, { mode: 0o600 });
      const r = await runCli(['config', 'check', '--config', f]);
      expect(r.status, `${name}: ${r.stderr}`).toBe(2);
      expect(r.stderr, name).toMatch(expected);
      expect(r.stderr, name).not.toMatch(/internal error|stack size/);
    }
  }, 60_000);
});
