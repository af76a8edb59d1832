/**
 * Run first by `npm test` (and `npm run setup`): the tests use real serial links (socat), real
 * brokers (mosquitto), protoc, openssl and PostgreSQL. Installs what is missing where it may,
 * printing each command; otherwise stops with the exact command to run. Never a silent skip.
 */
import { spawnSync } from 'node:child_process';
import { installPlan, type Host } from './install-plan.ts';
import { findBin, missingPackages, SYSTEM_PACKAGES } from './system-packages.ts';

const say = (line: string) => process.stderr.write(`setup: ${line}\n`);

function host(): Host {
  const uid = process.getuid?.() ?? -1;
  const sudo =
    uid !== 0 &&
    findBin('sudo') !== undefined &&
    spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  return { uid, sudo, apt: findBin('apt-get') !== undefined };
}

function main(): number {
  const plan = installPlan(missingPackages(), host());
  if (plan.kind === 'nothing') {
    say(`system packages present: ${SYSTEM_PACKAGES.map((p) => p.pkg).join(', ')}.`);
    return 0;
  }
  if (plan.kind === 'note' || plan.kind === 'stop') {
    for (const line of plan.message.split('\n')) say(line);
    return plan.kind === 'stop' ? 1 : 0;
  }
  for (const step of plan.steps) {
    say(`$ ${step.argv.join(' ')}`);
    const r = spawnSync(step.argv[0]!, step.argv.slice(1), { stdio: 'inherit' });
    if (r.status !== 0 && !step.mayFail) {
      say(`that command failed (${r.error?.message ?? `exit ${r.status}`}); fix it and run npm test again.`);
      return 1;
    }
    if (r.status !== 0) say('that optional package did not install; the tests that need it will skip.');
  }
  const still = missingPackages().filter((p) => !p.optional);
  if (still.length > 0) {
    say(`installed, yet still not found: ${still.map((p) => `${p.bin} (${p.pkg})`).join(', ')}.`);
    return 1;
  }
  say('system packages ready.');
  return 0;
}

process.exitCode = main();
