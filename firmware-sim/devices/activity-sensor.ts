/**
 * Bed/activity sensor, SCAIP device type 0010. No activity for the inactivity window → alarm
 * automatic (the resident may be lying helpless); the next activity → restoral.
 */

import type { Timer } from '../../protocol/clock.ts';
import { DeviceType, StatusCode } from '../../protocol/codes/scaip.ts';
import { type DeviceConfig, DeviceFirmware, type FirmwareContext } from './firmware.ts';

export const DEFAULT_INACTIVITY_S = 12 * 3600;

export class ActivitySensor extends DeviceFirmware {
  readonly deviceType = DeviceType.ACTIVITY_SENSOR;
  readonly kind = 'activity';
  protected readonly defaultHeartbeatS = 600;
  inactive = false;
  private timer: Timer | undefined;

  constructor(
    ctx: FirmwareContext,
    config: DeviceConfig,
    private readonly inactivityS = DEFAULT_INACTIVITY_S,
  ) {
    super(ctx, config);
  }

  override start(): void {
    super.start();
    this.arm();
  }

  override stop(): void {
    super.stop();
    this.timer?.cancel();
  }

  activity(): void {
    if (this.inactive) {
      this.inactive = false;
      this.raise('restore', StatusCode.RESTORAL);
    }
    this.arm();
  }

  private arm(): void {
    this.timer?.cancel();
    this.timer = this.ctx.clock.setTimer(this.inactivityS * 1000, () => {
      this.inactive = true;
      this.raise('alarm', StatusCode.ALARM_AUTOMATIC);
    });
  }
}
