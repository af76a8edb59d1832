/**
 * For tests that use an optional system package (tools/setup/system-packages.ts): why the test
 * cannot run here, or null. Required packages never skip — `npm test` installs them or stops.
 *
 *   const noRabbit = toolMissing('rabbitmq-server');
 *   describe.skipIf(noRabbit !== null)(`fleet over AMQP ${noRabbit ?? ''}`, () => { … });
 */
import { findBin, SYSTEM_PACKAGES } from '../../tools/setup/system-packages.ts';

export function toolMissing(bin: string): string | null {
  const p = SYSTEM_PACKAGES.find((x) => x.bin === bin);
  if (p === undefined) throw new Error(`${bin} is not in tools/setup/system-packages.ts: add it there first`);
  return findBin(bin) === undefined ? `(skipped: ${bin} not found; apt-get install -y ${p.pkg})` : null;
}
