/** The device kinds a scenario may name, and how to build each. */
import { ActivitySensor } from './activity-sensor.ts';
import { DoorSensor } from './door-sensor.ts';
import { FallDetector } from './fall-detector.ts';
import type { DeviceConfig, DeviceFirmware, FirmwareContext } from './firmware.ts';
import { Pendant, WristButton } from './pendant.ts';
import { PullCord } from './pull-cord.ts';
import { SmokeDetector } from './smoke-detector.ts';

export interface KindOptions {
  /** Fall detector cancel window, door open-too-long limit, activity inactivity window (s). */
  windowS?: number;
}

export const DEVICE_KINDS = {
  pendant: (ctx: FirmwareContext, c: DeviceConfig) => new Pendant(ctx, c),
  wrist: (ctx: FirmwareContext, c: DeviceConfig) => new WristButton(ctx, c),
  pull_cord: (ctx: FirmwareContext, c: DeviceConfig) => new PullCord(ctx, c),
  fall: (ctx: FirmwareContext, c: DeviceConfig, o: KindOptions) => new FallDetector(ctx, c, o.windowS),
  door: (ctx: FirmwareContext, c: DeviceConfig, o: KindOptions) => new DoorSensor(ctx, c, o.windowS),
  smoke: (ctx: FirmwareContext, c: DeviceConfig) => new SmokeDetector(ctx, c),
  activity: (ctx: FirmwareContext, c: DeviceConfig, o: KindOptions) => new ActivitySensor(ctx, c, o.windowS),
} satisfies Record<string, (ctx: FirmwareContext, c: DeviceConfig, o: KindOptions) => DeviceFirmware>;

export type DeviceKind = keyof typeof DEVICE_KINDS;
export const DEVICE_KIND_NAMES = Object.keys(DEVICE_KINDS) as DeviceKind[];
