/** Personal trigger (pendant or wrist button), SCAIP device type 0003: press → alarm manual. */
import { DeviceType, StatusCode } from '../../protocol/codes/scaip.ts';
import { DeviceFirmware } from './firmware.ts';

export class Pendant extends DeviceFirmware {
  readonly deviceType = DeviceType.PERSONAL_TRIGGER;
  readonly kind: string = 'pendant';
  protected readonly defaultHeartbeatS = 600;

  press(): void {
    if (!this.debounced()) this.raise('alarm', StatusCode.ALARM_MANUAL);
  }

  /** The monthly test press a resident is asked to make. */
  test(): void {
    if (!this.debounced()) this.raise('test', StatusCode.TEST_TRANSMISSION);
  }
}

/** The same firmware in a wrist strap. */
export class WristButton extends Pendant {
  override readonly kind = 'wrist';
}
