/**
 * deploy/vakt.service: `systemd-analyze verify` accepts it without a single warning, and it
 * agrees with the code: the writable paths are the config's default state and socket
 * directories, systemd waits longer than the daemon's own stop bound, and the daemon is run
 * the way deploy/README.md installs it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../gateway/config/load.ts';
import { findExecutable } from '../gateway/service/sd-notify.ts';
import { SHUTDOWN_BOUND_MS } from '../gateway/service/shutdown.ts';

const UNIT = readFileSync('deploy/vakt.service', 'utf8');

/** Every value of `key=` in the unit, in order. */
const values = (key: string) =>
  UNIT.split('\n')
    .filter((l) => l.startsWith(`${key}=`))
    .map((l) => l.slice(key.length + 1));

const seconds = (v: string | undefined) => Number(/^(\d+)s$/.exec(v ?? '')?.[1]);

const analyze = findExecutable('systemd-analyze');

describe('deploy/vakt.service', () => {
  it('writes only where the default config keeps its state and socket; stops after the daemon bound', () => {
    const defaults = parseConfig(
      'hub:\n  id: H-1\nserial:\n  port: /dev/ttyUSB0\nuplink:\n  primary:\n    url: mqtt://127.0.0.1:1883\n',
    ).config;
    const writable = values('ReadWritePaths').flatMap((v) => v.split(' '));
    expect(writable).toEqual([defaults.storage.dir, dirname(defaults.control.socket)]);
    expect(values('StateDirectory')).toEqual(['vakt']);
    expect(values('RuntimeDirectory')).toEqual(['vakt']);
    expect(seconds(values('TimeoutStopSec')[0]) * 1000).toBeGreaterThan(SHUTDOWN_BOUND_MS);
    expect(values('Type')).toEqual(['notify']);
    expect(values('NotifyAccess')).toEqual(['all']);
    expect(seconds(values('WatchdogSec')[0])).toBeGreaterThanOrEqual(10);
    expect(values('ProtectSystem')).toEqual(['strict']);
    expect(values('NoNewPrivileges')).toEqual(['yes']);
    expect(values('Restart')).toEqual(['always']);
    expect(values('User')).toEqual(['vakt']);
    expect(values('ExecStart')).toEqual([
      '/usr/bin/node --max-semi-space-size=1 --lite-mode --no-expose-wasm /opt/vakt/tools/cli/vakt.js run --config /etc/vakt/vakt.yaml',
    ]);
  });

  it.skipIf(!analyze)(
    `systemd-analyze verify finds nothing to complain about${analyze ? '' : ' (skipped: systemd-analyze is not installed on this machine)'}`,
    () => {
      // The unit as installed, pointed at this checkout so verify can check the command exists.
      const dir = mkdtempSync(join(tmpdir(), 'vakt-unit-'));
      const unit = join(dir, 'vakt.service');
      writeFileSync(
        unit,
        UNIT.replace('/usr/bin/node', process.execPath).replace(
          '/opt/vakt/tools/cli/vakt.js',
          resolve('tools/cli/vakt.js'),
        ),
      );
      const r = spawnSync(analyze!, ['verify', unit], { encoding: 'utf8', cwd: dir });
      expect(r.stderr + r.stdout).toBe('');
      expect(r.status).toBe(0);
    },
  );
});
