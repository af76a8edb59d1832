/**
 * The air between devices and the dongle: per-device loss, out of range, collisions, jamming and
 * duplicate receptions. A frame that survives reaches the dongle after its airtime with the RSSI
 * the dongle measured.
 */
import type { Clock } from '../../protocol/clock.ts';
import type { DeviceEventFrame, DeviceHeartbeatFrame } from '../../protocol/serial/index.ts';
import type { Air, DeviceFirmware } from '../devices/firmware.ts';
import type { SimEvent } from '../events.ts';
import { chance, type Random } from '../random.ts';

export type RadioFrame = DeviceEventFrame | DeviceHeartbeatFrame;
export const AIRTIME_MS = 10;

export interface RadioContext {
  linkClock: Clock;
  random: Random;
  emit(event: SimEvent): void;
}

export class Radio implements Air {
  jamming = false;
  collisionRate = 0;
  duplicateRate = 0;
  private readonly loss = new Map<number, number>();
  private readonly outOfRange = new Set<number>();

  constructor(
    private readonly ctx: RadioContext,
    private readonly deliver: (frame: RadioFrame, device: DeviceFirmware) => void,
  ) {}

  setLoss(deviceId: number, rate: number): void {
    if (rate > 0) this.loss.set(deviceId, rate);
    else this.loss.delete(deviceId);
  }

  setOutOfRange(deviceId: number, out: boolean): void {
    if (out) this.outOfRange.add(deviceId);
    else this.outOfRange.delete(deviceId);
  }

  transmit(device: DeviceFirmware, frame: RadioFrame): void {
    const lost = this.jamming
      ? 'jamming'
      : this.outOfRange.has(device.id)
        ? 'out of range'
        : chance(this.ctx.random, this.loss.get(device.id) ?? 0)
          ? 'radio loss'
          : chance(this.ctx.random, this.collisionRate)
            ? 'collision'
            : undefined;
    if (lost) {
      this.ctx.emit({ type: 'radio_lost', deviceId: device.id, reason: lost });
      return;
    }
    const rssi = Math.max(-127, Math.min(0, Math.round(device.rssi + (this.ctx.random.next() - 0.5) * 6)));
    const received = { ...frame, rssi };
    this.ctx.linkClock.setTimer(AIRTIME_MS, () => this.deliver(received, device));
    if (chance(this.ctx.random, this.duplicateRate))
      this.ctx.linkClock.setTimer(AIRTIME_MS * 3, () => this.deliver(received, device));
  }
}
