/**
 * What the `vakt diag` tests share: reading its `--json` report, finding a row, and a config for
 * diag run without a daemon.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DiagRow } from '../../tools/diag/row.ts';

export const report = (stdout: string) => JSON.parse(stdout) as { result: string; rows: DiagRow[] };

export const row = (rows: DiagRow[], check: string): DiagRow => {
  const r = rows.find((x) => x.check === check);
  if (!r) throw new Error(`no row "${check}" in ${rows.map((x) => x.check).join(', ')}`);
  return r;
};

/** A config for diag run without a daemon: state dir, serial port and broker as given. */
export function hubConfig(o: { port: string; broker: string; brokerExtra?: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'vakt-diag-'));
  const config = join(dir, 'vakt.yaml');
  writeFileSync(
    config,
    `hub:\n  id: H-DIAG\nstorage:\n  dir: ${dir}\nserial:\n  port: ${o.port}\nuplink:\n  primary:\n    url: ${o.broker}\n${o.brokerExtra ?? ''}control:\n  socket: ${join(dir, 'control.sock')}\n`,
    { mode: 0o600 },
  );
  return { dir, config };
}
