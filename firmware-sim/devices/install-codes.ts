/**
 * The install code a simulated device has when its scenario does not print one: derived from the
 * device id, so a test or an installer following the demo can pair it with `vakt pair
 * --install-code` without a label. Real devices get random codes at manufacture (SPEC §8).
 */
import { createHash } from 'node:crypto';
import { hex32, parseInstallCode, printInstallCode } from '../../protocol/serial/index.ts';

/** The printed install code of simulated device `deviceId` (36 hex digits in groups of 4). */
export function simInstallCode(deviceId: number): string {
  const code = createHash('sha256')
    .update(`vakt-sim install code ${hex32(deviceId)}`)
    .digest();
  return printInstallCode(code.subarray(0, 16));
}

/** The link key of a simulated device: from its scenario's code, or from `simInstallCode`. */
export function simDeviceKey(deviceId: number, installCode?: string): Uint8Array {
  return parseInstallCode(installCode ?? simInstallCode(deviceId)).key;
}
