/** Smoke detector, SCAIP device type 0023: smoke → alarm automatic; clear → restoral. */
import { DeviceType, StatusCode } from '../../protocol/codes/scaip.ts';
import { DeviceFirmware } from './firmware.ts';

export class SmokeDetector extends DeviceFirmware {
  readonly deviceType = DeviceType.SMOKE_DETECTOR;
  readonly kind = 'smoke';
  protected readonly defaultHeartbeatS = 900;
  inAlarm = false;

  smoke(): void {
    if (this.inAlarm) return;
    this.inAlarm = true;
    this.raise('alarm', StatusCode.ALARM_AUTOMATIC);
  }

  clear(): void {
    if (!this.inAlarm) return;
    this.inAlarm = false;
    this.raise('restore', StatusCode.RESTORAL);
  }
}
