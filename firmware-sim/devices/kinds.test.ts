import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import type { DeviceEventFrame } from '../../protocol/serial/index.ts';
import { seededRandom } from '../random.ts';
import { ActivitySensor } from './activity-sensor.ts';
import { DoorSensor } from './door-sensor.ts';
import { FallDetector } from './fall-detector.ts';
import type { DeviceFirmware, FirmwareContext } from './firmware.ts';
import { PullCord } from './pull-cord.ts';
import { MemorySeqStore } from './seq-store.ts';
import { SmokeDetector } from './smoke-detector.ts';

/** Drives one device; every event is ACKed at once so each test sees the sequence of codes. */
function drive<D extends DeviceFirmware>(make: (ctx: FirmwareContext) => D) {
  const clock = new FakeClock();
  const codes: Array<[string, number, number]> = [];
  let device: D | undefined;
  const ctx: FirmwareContext = {
    clock,
    linkClock: clock,
    random: seededRandom(9),
    seqStore: new MemorySeqStore(),
    emit: () => {},
    air: {
      transmit: (_d, f) => {
        if (f.kind !== 'device_event') return;
        const e = f as DeviceEventFrame;
        codes.push([e.eventClass, e.deviceType, e.statusCode]);
        clock.setTimer(50, () => device!.onAck(e.seq));
      },
    },
  };
  device = make(ctx);
  device.start();
  return { clock, codes, device };
}
const cfg = { id: 0x10, name: 'X', location: null };

describe('device kinds', () => {
  it('fall detector: alarm automatic after the cancel window; none when cancelled in time', () => {
    const { clock, codes, device } = drive((c) => new FallDetector(c, cfg, 30));
    device.fall();
    clock.advance(29_000);
    expect(codes).toEqual([]);
    clock.advance(2000);
    expect(codes).toEqual([['alarm', 5, 9]]);
    device.fall();
    clock.advance(10_000);
    expect(device.cancel()).toBe(true);
    clock.advance(60_000);
    expect(codes).toHaveLength(1);
    device.press();
    clock.advance(100);
    expect(codes.at(-1)).toEqual(['alarm', 5, 10]);
  });

  it('door sensor: open, open too long once, closed as a restore', () => {
    const { clock, codes, device } = drive((c) => new DoorSensor(c, cfg, 600));
    device.open();
    clock.advance(20 * 60_000);
    device.close();
    clock.advance(1000);
    expect(codes).toEqual([
      ['status', 14, 76],
      ['status', 14, 77],
      ['restore', 14, 21],
    ]);
  });

  it('door sensor closed before the limit sends no open-too-long', () => {
    const { clock, codes, device } = drive((c) => new DoorSensor(c, cfg, 600));
    device.open();
    clock.advance(5 * 60_000);
    device.close();
    clock.advance(30 * 60_000);
    expect(codes.map((c) => c[2])).toEqual([76, 21]);
  });

  it('smoke detector: alarm automatic then restoral; repeated smoke is one alarm', () => {
    const { clock, codes, device } = drive((c) => new SmokeDetector(c, cfg));
    device.smoke();
    device.smoke();
    clock.advance(1000);
    device.clear();
    clock.advance(1000);
    expect(codes).toEqual([
      ['alarm', 23, 9],
      ['restore', 23, 94],
    ]);
  });

  it('activity sensor: inactivity alarm after the window, restoral on the next activity', () => {
    const { clock, codes, device } = drive((c) => new ActivitySensor(c, cfg, 3600));
    clock.advance(50 * 60_000);
    device.activity();
    clock.advance(50 * 60_000);
    expect(codes).toEqual([]);
    clock.advance(11 * 60_000);
    expect(codes).toEqual([['alarm', 10, 9]]);
    device.activity();
    clock.advance(1000);
    expect(codes.at(-1)).toEqual(['restore', 10, 94]);
  });

  it('pull cord: alarm manual from a fixed trigger; tamper open/close on any device', () => {
    const { clock, codes, device } = drive((c) => new PullCord(c, cfg));
    device.pull();
    clock.advance(1000);
    device.setTamper(true);
    clock.advance(1000);
    device.setTamper(false);
    clock.advance(1000);
    expect(codes).toEqual([
      ['alarm', 4, 10],
      ['status', 4, 125],
      ['restore', 4, 94],
    ]);
  });
});
