/**
 * Fall detector, SCAIP device type 0005. A detected fall starts a cancel window (the wearer may
 * press "I'm OK"); if not cancelled, alarm automatic. Its button gives alarm manual at once.
 */

import type { Timer } from '../../protocol/clock.ts';
import { DeviceType, StatusCode } from '../../protocol/codes/scaip.ts';
import { type DeviceConfig, DeviceFirmware, type FirmwareContext } from './firmware.ts';

export const DEFAULT_CANCEL_WINDOW_S = 30;

export class FallDetector extends DeviceFirmware {
  readonly deviceType = DeviceType.FALL_DETECTOR;
  readonly kind = 'fall';
  protected readonly defaultHeartbeatS = 600;
  private window: Timer | undefined;

  constructor(
    ctx: FirmwareContext,
    config: DeviceConfig,
    private readonly cancelWindowS = DEFAULT_CANCEL_WINDOW_S,
  ) {
    super(ctx, config);
  }

  get fallPending(): boolean {
    return this.window !== undefined;
  }

  fall(): void {
    if (this.window) return; // already counting down for this fall
    this.window = this.ctx.clock.setTimer(this.cancelWindowS * 1000, () => {
      this.window = undefined;
      this.raise('alarm', StatusCode.ALARM_AUTOMATIC);
    });
  }

  /** The wearer cancels within the window: no alarm. Returns whether there was one to cancel. */
  cancel(): boolean {
    if (!this.window) return false;
    this.window.cancel();
    this.window = undefined;
    return true;
  }

  press(): void {
    if (!this.debounced()) this.raise('alarm', StatusCode.ALARM_MANUAL);
  }
}
