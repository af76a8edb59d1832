/**
 * What `npm test` does about missing system packages, as pure logic: install them with apt-get
 * when it may (root, or sudo without a password), else stop with the exact command to run. A
 * missing optional package never stops the run: the tests that need it skip, naming it.
 */
import type { SystemPackage } from './system-packages.ts';

export interface Host {
  /** Effective uid; 0 is root. */
  uid: number;
  /** `sudo -n true` succeeded: sudo works without a password. */
  sudo: boolean;
  /** apt-get is there (Debian, Ubuntu and their derivatives). */
  apt: boolean;
}

export interface Step {
  argv: string[];
  /** An optional package that fails to install is reported, and the run goes on. */
  mayFail: boolean;
}

export type InstallPlan =
  | { kind: 'nothing' }
  | { kind: 'install'; steps: Step[] }
  /** Only optional packages are missing and none can be installed: say so and go on. */
  | { kind: 'note'; message: string }
  | { kind: 'stop'; message: string };

const APT = ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get'];

const describe = (p: SystemPackage) => `  ${p.pkg} (${p.bin}): ${p.why}${p.optional ? ' — optional' : ''}`;

export function installPlan(missing: readonly SystemPackage[], host: Host): InstallPlan {
  if (missing.length === 0) return { kind: 'nothing' };
  const required = missing.filter((p) => !p.optional).map((p) => p.pkg);
  const optional = missing.filter((p) => p.optional).map((p) => p.pkg);
  const all = [...required, ...optional].join(' ');
  const sudo = host.uid === 0 ? [] : host.sudo ? ['sudo', '-n'] : undefined;
  if (host.apt && sudo !== undefined) {
    const install = (pkgs: string[]) => [
      ...sudo,
      ...APT,
      'install',
      '-y',
      '--no-install-recommends',
      ...pkgs,
    ];
    return {
      kind: 'install',
      steps: [
        { argv: [...sudo, ...APT, 'update'], mayFail: false },
        ...(required.length > 0 ? [{ argv: install(required), mayFail: false }] : []),
        ...optional.map((p) => ({ argv: install([p]), mayFail: true })),
      ],
    };
  }
  const why = host.apt
    ? 'This user cannot install them (not root, and sudo asks for a password). Run:'
    : 'This machine has no apt-get. Install them with its package manager; on Debian/Ubuntu:';
  const lines = [...missing.map(describe), why, `  sudo apt-get update && sudo apt-get install -y ${all}`];
  if (required.length === 0) {
    return {
      kind: 'note',
      message: ['Optional system packages are missing; the tests that need them skip:', ...lines].join('\n'),
    };
  }
  return {
    kind: 'stop',
    message: ['The tests need these system packages:', ...lines, 'then npm test again.'].join('\n'),
  };
}
