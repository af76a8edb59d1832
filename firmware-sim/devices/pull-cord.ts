/** Fixed trigger (bathroom pull cord), SCAIP device type 0004: pull → alarm manual. */
import { DeviceType, StatusCode } from '../../protocol/codes/scaip.ts';
import { DeviceFirmware } from './firmware.ts';

export class PullCord extends DeviceFirmware {
  readonly deviceType = DeviceType.FIXED_TRIGGER;
  readonly kind = 'pull_cord';
  protected readonly defaultHeartbeatS = 600;

  pull(): void {
    if (!this.debounced()) this.raise('alarm', StatusCode.ALARM_MANUAL);
  }
}
