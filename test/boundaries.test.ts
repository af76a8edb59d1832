/**
 * The rooms' import rules (STYLE.md, "House rules that follow"), checked on every .ts file:
 * static, type-only and dynamic imports alike, as TypeScript's own pre-processor reads them.
 *
 * - `protocol/` imports no other room and no module that does I/O.
 * - `firmware-sim/` and `gateway/` import only `protocol/` (never each other, never tools/).
 * - `tools/` reaches a running gateway through its control socket; of the gateway's files it
 *   imports only the run/demo wiring in TOOLS_MAY_IMPORT, each entry with its reason.
 * - `test/` may import anything. A unit test beside its code (`*.test.ts`) may also use
 *   `test/support/` and do I/O; the room rules hold for it otherwise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const ROOMS = ['protocol', 'firmware-sim', 'gateway', 'tools', 'test'] as const;
type Room = (typeof ROOMS)[number];

/** Modules that do I/O or keep processes: never in protocol/ code. node:crypto and node:buffer are fine. */
const IO_MODULES = [
  /^(node:)?(fs|fs\/promises|net|tls|dgram|dns|http|https|http2|child_process|cluster|worker_threads|readline)$/,
  /^serialport$/,
  /^@serialport\//,
  /^mqtt$/,
  /^better-sqlite3$/,
  /^aedes$/,
  /^pino$/,
];

/** Files under protocol/ that are build-time scripts, not protocol code: they may write files. */
const PROTOCOL_SCRIPTS: Record<string, string> = {
  'protocol/serial/vectors/generate.ts': 'writes the SPEC test vectors; run by hand, imported by nothing',
};

/** The gateway files tools/ may import, with why: anything else goes through the control socket. */
const TOOLS_MAY_IMPORT: Record<string, string> = {
  'gateway/control/client.ts': 'the control-socket client: how every hub command reaches the running daemon',
  'gateway/control/subscribe-client.ts':
    "the control socket's `subscribe` client: how vakt monitor and the demo follow the running daemon",
  'gateway/log-pretty.ts': 'readable log lines on a terminal, the same for vakt run and vakt receive',
  'gateway/control/answers.ts': 'the types of control-socket answers tools read (the wire contract)',
  'gateway/config/': '`vakt.yaml` schema, loading and secret redaction for provision, config show, diag, run',
  'gateway/service/daemon.ts': '`vakt run` starts the daemon: the run wiring',
  'gateway/gateway.ts': 'the demo wires a whole gateway in one process beside the simulator',
  'gateway/clock/system-clock.ts': 'the real-time Clock diag and provision wait with',
  'gateway/uplink/':
    "`vakt fleet` runs the hub's real uplink stage (delivery, receipts, heartbeats, birth/death, backoff, the automatic test alarm) per simulated hub",
  'gateway/store/memory-outbox.ts':
    '`vakt fleet`: the in-memory Outbox each simulated hub sends from (no SQLite per hub)',
  'gateway/store/outbox.ts': '`vakt fleet`: the UplinkState contract its simulated hubs implement',
  'gateway/store/rows.ts': '`vakt fleet`: outbox rows and priorities, built as ingest builds them',
  'gateway/store/store-events.ts': '`vakt fleet`: the outbox signal the uplink listens to',
  'gateway/store/event-id.ts': '`vakt fleet`: event ids made as the hub makes them',
  'gateway/events.ts': "`vakt fleet`: the typed bus its simulated hubs' uplinks listen on",
  'gateway/supervision/windows.ts':
    'pure window arithmetic diag uses to explain a silent device (debt: belongs in the `devices` answer)',
};

interface Import {
  file: string;
  spec: string;
  /** The imported file relative to the root, for a relative import. */
  target?: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'generated' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

function importsOf(file: string, source: string): Import[] {
  return ts.preProcessFile(source, true, true).importedFiles.map(({ fileName: spec }) =>
    spec.startsWith('.')
      ? {
          file,
          spec,
          target: relative(ROOT, resolve(ROOT, dirname(file), spec))
            .split(sep)
            .join('/'),
        }
      : { file, spec },
  );
}

const roomOf = (path: string): Room | undefined => ROOMS.find((r) => path.startsWith(`${r}/`));
const isUnitTest = (file: string) => file.endsWith('.test.ts') && roomOf(file) !== 'test';

/** Why `imp` breaks a rule, or null. */
function violation(imp: Import): string | null {
  const from = roomOf(imp.file);
  const to = imp.target === undefined ? undefined : roomOf(imp.target);
  if (from === undefined || from === 'test') return null;
  if (to === 'test' && isUnitTest(imp.file) && imp.target?.startsWith('test/support/')) return null;
  if (from === 'protocol') {
    if (to !== undefined && to !== 'protocol') return `protocol/ imports ${to}/ (${imp.spec})`;
    if (imp.target === undefined && !isUnitTest(imp.file) && !(imp.file in PROTOCOL_SCRIPTS)) {
      if (IO_MODULES.some((m) => m.test(imp.spec))) return `protocol/ does I/O through ${imp.spec}`;
    }
    return null;
  }
  if (from === 'firmware-sim' || from === 'gateway') {
    return to !== undefined && to !== from && to !== 'protocol'
      ? `${from}/ imports ${to}/ (${imp.spec})`
      : null;
  }
  // tools/
  if (to === 'test') return `tools/ imports test/ (${imp.spec})`;
  if (to !== 'gateway') return null;
  const allowed = Object.keys(TOOLS_MAY_IMPORT).some((a) =>
    a.endsWith('/') ? imp.target!.startsWith(a) : imp.target === a,
  );
  return allowed ? null : `tools/ reaches gateway internals: ${imp.target} (go through the control socket)`;
}

describe('room boundaries', () => {
  const files = ROOMS.flatMap((r) => sourceFiles(r));
  const imports = files.flatMap((f) => importsOf(f, readFileSync(join(ROOT, f), 'utf8')));

  it('reads the imports of every room', () => {
    for (const room of ROOMS)
      expect(
        files.some((f) => roomOf(f) === room),
        room,
      ).toBe(true);
    expect(imports.length).toBeGreaterThan(files.length);
  });

  it('no file imports across a boundary', () => {
    const broken = imports.flatMap((i) => {
      const why = violation(i);
      return why === null ? [] : [`${i.file}: ${why}`];
    });
    expect(broken).toEqual([]);
  });

  it('every allow-list entry is still used (a stale entry would hide a new import)', () => {
    const used = (entry: string) =>
      imports.some(
        (i) =>
          roomOf(i.file) === 'tools' &&
          i.target !== undefined &&
          (entry.endsWith('/') ? i.target.startsWith(entry) : i.target === entry),
      );
    const stale = Object.keys(TOOLS_MAY_IMPORT).filter((e) => !used(e));
    expect(stale).toEqual([]);
  });

  it('catches each kind of break', () => {
    const check = (file: string, spec: string) => violation(importsOf(file, `import x from '${spec}';`)[0]!);
    expect(check('protocol/serial/decoder.ts', '../../gateway/gateway.ts')).toMatch(
      /protocol\/ imports gateway/,
    );
    expect(check('protocol/serial/decoder.ts', 'node:fs')).toMatch(/protocol\/ does I\/O through node:fs/);
    expect(check('protocol/uplink/messages.ts', 'mqtt')).toMatch(/I\/O through mqtt/);
    expect(check('protocol/uplink/signing.ts', 'node:crypto')).toBeNull();
    expect(check('gateway/ingest/ingest.ts', '../../firmware-sim/simulation.ts')).toMatch(
      /gateway\/ imports firmware-sim/,
    );
    expect(check('firmware-sim/simulation.ts', '../gateway/gateway.ts')).toMatch(
      /firmware-sim\/ imports gateway/,
    );
    expect(check('tools/hub/status.ts', '../../gateway/store/hub-store.ts')).toMatch(/gateway internals/);
    expect(check('tools/hub/status.ts', '../../gateway/control/client.ts')).toBeNull();
    expect(check('tools/cli/commands/run.ts', '../../../gateway/config/load.ts')).toBeNull();
    expect(
      violation(importsOf('tools/x.ts', "const m = await import('../gateway/ingest/ingest.ts');")[0]!),
    ).toMatch(/gateway internals/);
  });
});
