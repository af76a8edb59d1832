/**
 * Door sensor, SCAIP device type 0014: open → "open" (status), closed → "closed" (restore); left
 * open past its limit → "open too long" once per opening.
 */

import type { Timer } from '../../protocol/clock.ts';
import { DeviceType, StatusCode } from '../../protocol/codes/scaip.ts';
import { type DeviceConfig, DeviceFirmware, type FirmwareContext } from './firmware.ts';

export const DEFAULT_OPEN_TOO_LONG_S = 600;

export class DoorSensor extends DeviceFirmware {
  readonly deviceType = DeviceType.DOOR_SENSOR;
  readonly kind = 'door';
  protected readonly defaultHeartbeatS = 600;
  isOpen = false;
  private tooLong: Timer | undefined;

  constructor(
    ctx: FirmwareContext,
    config: DeviceConfig,
    private readonly openTooLongS = DEFAULT_OPEN_TOO_LONG_S,
  ) {
    super(ctx, config);
  }

  open(): void {
    if (this.isOpen) return;
    this.isOpen = true;
    this.raise('status', StatusCode.OPEN);
    this.tooLong = this.ctx.clock.setTimer(this.openTooLongS * 1000, () => {
      this.tooLong = undefined;
      this.raise('status', StatusCode.OPEN_TOO_LONG);
    });
  }

  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.tooLong?.cancel();
    this.tooLong = undefined;
    this.raise('restore', StatusCode.CLOSED);
  }
}
