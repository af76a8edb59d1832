import { describe, expect, it } from 'vitest';
import { installPlan } from './install-plan.ts';
import { SYSTEM_PACKAGES, type SystemPackage } from './system-packages.ts';

const pkg = (name: string, optional = false): SystemPackage => ({
  pkg: name,
  bin: name,
  why: 'tests',
  optional,
});
const root = { uid: 0, sudo: false, apt: true };
const user = { uid: 1000, sudo: false, apt: true };
const sudoer = { uid: 1000, sudo: true, apt: true };
const APT = ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get'];

describe('installPlan', () => {
  it('nothing missing: nothing to do, whoever runs it', () => {
    for (const host of [root, user, sudoer, { ...user, apt: false }])
      expect(installPlan([], host)).toEqual({ kind: 'nothing' });
  });

  it('root: apt-get update, then one non-interactive install of every missing package', () => {
    expect(installPlan([pkg('socat'), pkg('postgresql')], root)).toEqual({
      kind: 'install',
      steps: [
        { argv: [...APT, 'update'], mayFail: false },
        { argv: [...APT, 'install', '-y', '--no-install-recommends', 'socat', 'postgresql'], mayFail: false },
      ],
    });
  });

  it('sudo without a password: the same commands through sudo -n', () => {
    const plan = installPlan([pkg('mosquitto')], sudoer);
    expect(plan).toMatchObject({ kind: 'install' });
    if (plan.kind !== 'install') return;
    expect(plan.steps.map((s) => s.argv.slice(0, 3))).toEqual([
      ['sudo', '-n', 'env'],
      ['sudo', '-n', 'env'],
    ]);
    expect(plan.steps[1]!.argv.at(-1)).toBe('mosquitto');
  });

  it('optional packages install one by one and may fail; required ones together and may not', () => {
    const plan = installPlan([pkg('socat'), pkg('rabbitmq-server', true), pkg('nats-server', true)], root);
    expect(plan.kind === 'install' && plan.steps.map((s) => [s.argv.slice(6).join(' '), s.mayFail])).toEqual([
      ['', false],
      ['socat', false],
      ['rabbitmq-server', true],
      ['nats-server', true],
    ]);
  });

  it('no root and no passwordless sudo: stops with the exact command, naming each package and why', () => {
    const plan = installPlan([pkg('socat'), pkg('protobuf-compiler')], user);
    expect(plan.kind).toBe('stop');
    expect(plan.kind === 'stop' && plan.message).toContain(
      'sudo apt-get update && sudo apt-get install -y socat protobuf-compiler',
    );
    expect(plan.kind === 'stop' && plan.message).toMatch(/socat \(socat\): tests/);
    expect(plan.kind === 'stop' && plan.message).toMatch(/sudo asks for a password/);
  });

  it('no apt-get: stops, even as root, and names the Debian command as the example', () => {
    const plan = installPlan([pkg('socat')], { ...root, apt: false });
    expect(plan.kind).toBe('stop');
    expect(plan.kind === 'stop' && plan.message).toMatch(/no apt-get.*\n.*apt-get install -y socat/s);
  });

  it('only optional packages missing and no way to install: a note, and the run goes on', () => {
    const plan = installPlan([pkg('rabbitmq-server', true)], user);
    expect(plan.kind).toBe('note');
    expect(plan.kind === 'note' && plan.message).toMatch(/skip.*rabbitmq-server/s);
  });

  it('the list names every package the tests need, each once', () => {
    const names = SYSTEM_PACKAGES.map((p) => p.pkg);
    expect(names).toEqual(
      expect.arrayContaining(['socat', 'mosquitto', 'protobuf-compiler', 'openssl', 'postgresql']),
    );
    expect(new Set(names).size).toBe(names.length);
  });
});
