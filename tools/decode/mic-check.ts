/**
 * `vakt decode --key`: what a capture's secured frames say about themselves (SPEC §4.5). With a
 * key, each secured frame's MIC is checked and its counter compared with the highest seen earlier
 * in the same capture; without one the MIC is "not checked". Unsecured frames get no verdict.
 */
import { VaktError } from '../../protocol/errors.ts';
import {
  type Decoded,
  DeviceKey,
  MemoryCounterState,
  parseInstallCode,
  verifyFrame,
} from '../../protocol/serial/index.ts';

export type MicVerdict = 'ok' | 'bad' | 'replay' | 'not checked';

export class MicCheck {
  private readonly counters = new MemoryCounterState();

  private constructor(private readonly key: DeviceKey | undefined) {}

  /** From `--key HEX` or `--install-code CODE` (at most one); typed errors for bad input. */
  static from(opts: { key?: string; installCode?: string }): MicCheck {
    if (opts.key !== undefined && opts.installCode !== undefined) {
      throw new VaktError('E_INPUT_KEY', 'give --key or --install-code, not both');
    }
    if (opts.installCode !== undefined)
      return new MicCheck(new DeviceKey(parseInstallCode(opts.installCode).key));
    if (opts.key === undefined) return new MicCheck(undefined);
    const hex = opts.key.replace(/[\s:-]/g, '');
    if (!/^[0-9A-Fa-f]{32}$/.test(hex)) {
      throw new VaktError(
        'E_INPUT_KEY',
        `--key must be 32 hex digits (a 128-bit device key), got ${hex.length} characters`,
        'or give the install code printed on the device with --install-code',
      );
    }
    return new MicCheck(DeviceKey.fromHex(hex));
  }

  /** The verdict on one decoded frame, or undefined when the frame is not secured. */
  verdict(d: Decoded): MicVerdict | undefined {
    if (!('frame' in d) || !d.frame.security) return undefined;
    if (!this.key) return 'not checked';
    const key = this.key;
    const r = verifyFrame(d, () => key, this.counters);
    if (r.ok) {
      this.counters.accept(r.deviceId, r.counter);
      return 'ok';
    }
    return r.error.code === 'E_FRAME_REPLAY' ? 'replay' : 'bad';
  }
}
