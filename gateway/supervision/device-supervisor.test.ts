import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { DeviceType } from '../../protocol/codes/scaip.ts';
import type { TechnicalAlarmInput } from '../store/hub-store.ts';
import { DeviceSupervisor, type SupervisedDevice } from './device-supervisor.ts';
import { missingAfterMs } from './windows.ts';

const H = 3_600_000;
const MIN = 60_000;
const settings = {
  missedHeartbeats: 3,
  jitterTolerance: 0.2,
  periods: {},
  bootGraceMs: 15 * MIN,
  restoreAfterHeartbeats: 2,
};

function rig() {
  const clock = new FakeClock();
  const raised: Array<TechnicalAlarmInput & { at: number }> = [];
  const cleared: Array<{ key: string; at: number }> = [];
  const sup = new DeviceSupervisor(clock, settings, {
    raise: (t) => raised.push({ ...t, at: clock.now() }),
    clear: (key) => cleared.push({ key, at: clock.now() }),
  });
  return { clock, raised, cleared, sup };
}

/** Deterministic pseudo-random numbers for jitter and loss. */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/**
 * Drives heartbeats for each device on the fake clock: period ±10 %, a loss rate, optional
 * vanishing time and battery drain per hour.
 */
function heartbeats(
  r: ReturnType<typeof rig>,
  devices: Array<
    SupervisedDevice & { periodS: number; vanishAt?: number; battery?: number; drainPerH?: number }
  >,
  loss: number,
  seed = 1,
) {
  const rand = lcg(seed);
  const t0 = r.clock.now();
  for (const d of devices) {
    const beat = (): void => {
      const now = r.clock.now() - t0;
      const battery = d.battery === undefined ? 90 : Math.max(0, d.battery - ((d.drainPerH ?? 0) * now) / H);
      if ((d.vanishAt !== undefined && now >= d.vanishAt) || battery <= 0) return; // silent from now on
      if (rand() >= loss) r.sup.heard(d.deviceId, { battery: Math.ceil(battery), statedPeriodS: d.periodS });
      r.clock.setTimer(d.periodS * 1000 * (0.9 + 0.2 * rand()), beat);
    };
    r.clock.setTimer(rand() * d.periodS * 1000, beat);
  }
}

function fleet(): Array<SupervisedDevice & { periodS: number }> {
  return Array.from({ length: 16 }, (_, i) => {
    const type =
      i < 12 ? DeviceType.PERSONAL_TRIGGER : i < 14 ? DeviceType.SMOKE_DETECTOR : DeviceType.DOOR_SENSOR;
    return {
      deviceId: 0x1000 + i,
      deviceType: type,
      label: `d${i}`,
      periodS: type === DeviceType.SMOKE_DETECTOR ? 900 : 600,
    };
  });
}

describe('device supervision', () => {
  it('24 h soak: 16 healthy devices with 1 % heartbeat loss raise no technical alarm', () => {
    const r = rig();
    const devices = fleet();
    r.sup.start(devices);
    heartbeats(r, devices, 0.01);
    r.clock.advance(24 * H);
    expect(r.raised).toEqual([]);
  });

  it('24 h soak with one vanished and one dying device raises alarms for exactly those two, within their deadlines', () => {
    const r = rig();
    const devices = fleet().map(
      (d) =>
        ({ ...d }) as ReturnType<typeof fleet>[number] & {
          vanishAt?: number;
          battery?: number;
          drainPerH?: number;
        },
    );
    const vanished = devices[3]!;
    vanished.vanishAt = 6 * H;
    const dying = devices[12]!; // a smoke detector, 900 s period
    dying.battery = 30;
    dying.drainPerH = 2.5; // empty after 12 h
    r.sup.start(devices);
    heartbeats(r, devices, 0.01, 7);
    const t0 = r.clock.now();
    r.clock.advance(24 * H);
    for (const t of r.raised) t.at -= t0;
    expect(new Set(r.raised.flatMap((t) => t.devices))).toEqual(new Set([vanished.deviceId, dying.deviceId]));
    const missing = (id: number) =>
      r.raised.filter((t) => t.kind === 'DEVICE_MISSING' && t.devices[0] === id);
    // Deadline: the missing window after the last heartbeat (≤ one period before vanishing), plus one check.
    const deadline = (d: (typeof devices)[number], silentFrom: number) =>
      silentFrom + missingAfterMs(d.deviceType, d.periodS, settings) + 60_000;
    expect(missing(vanished.deviceId)).toHaveLength(1);
    expect(missing(vanished.deviceId)[0]!.at).toBeGreaterThan(6 * H);
    expect(missing(vanished.deviceId)[0]!.at).toBeLessThanOrEqual(deadline(vanished, 6 * H));
    expect(missing(dying.deviceId)).toHaveLength(1);
    expect(missing(dying.deviceId)[0]!.at).toBeLessThanOrEqual(deadline(dying, 12 * H));
    const battery = r.raised.filter((t) => t.kind === 'DEVICE_BATTERY_LOW').map((t) => t.details?.threshold);
    expect(battery).toEqual(['25', '15', '5']); // once per threshold, before it fell silent
    expect(
      r.raised
        .filter((t) => t.kind === 'DEVICE_BATTERY_LOW')
        .every((t) => t.at < missing(dying.deviceId)[0]!.at),
    ).toBe(true);
  });

  it('gives a post-boot grace, then declares a silent device missing after 3 periods + 20 %', () => {
    const r = rig();
    r.sup.start([{ deviceId: 1, deviceType: DeviceType.PERSONAL_TRIGGER, label: 'pendant' }]);
    r.clock.advance(35 * MIN);
    expect(r.raised).toEqual([]); // 3 × 10 min × 1.2 = 36 min
    r.clock.advance(2 * MIN);
    expect(r.raised).toMatchObject([
      { kind: 'DEVICE_MISSING', key: 'device_missing:00000001', devices: [1] },
    ]);
    expect(r.raised[0]!.rootCause).toContain('personal trigger 00000001 (pendant)');
  });

  it('needs two heartbeats before "restored" (hysteresis)', () => {
    const r = rig();
    r.sup.start([{ deviceId: 1, deviceType: DeviceType.PERSONAL_TRIGGER, label: '' }]);
    r.clock.advance(40 * MIN);
    r.sup.heard(1, { battery: 80 });
    expect(r.cleared).toEqual([]);
    r.sup.heard(1, { battery: 80 });
    expect(r.cleared.map((c) => c.key)).toEqual(['device_missing:00000001']);
  });

  it('receiver lost: no device is declared missing meanwhile; its windows are extended by the loss, not restarted', () => {
    const r = rig();
    const devices = fleet();
    r.sup.start(devices);
    r.clock.advance(20 * MIN);
    r.sup.setReceiverUp(false);
    r.clock.advance(2 * H);
    expect(r.raised).toEqual([]);
    r.sup.setReceiverUp(true);
    // 20 min of silence before the loss count: 10-min devices (36 min window) are missing 16 min
    // after it, smoke detectors (54 min) later.
    r.clock.advance(15 * MIN);
    expect(r.raised).toEqual([]);
    r.clock.advance(2 * MIN);
    expect(r.raised.filter((t) => t.kind === 'DEVICE_MISSING')).toHaveLength(14);
  });

  it('a serial flap every 5 min never restarts a window: a dead pendant is missing on time', () => {
    const r = rig();
    r.sup.start([{ deviceId: 1, deviceType: DeviceType.PERSONAL_TRIGGER, label: '' }]);
    const t0 = r.clock.now();
    for (let i = 0; i < 24 && r.raised.length === 0; i++) {
      r.clock.advance(5 * MIN - 1000);
      r.sup.setReceiverUp(false); // a flap or a rebootLink: one second without the receiver
      r.clock.advance(1000);
      r.sup.setReceiverUp(true);
    }
    expect(r.raised.map((t) => t.kind)).toEqual(['DEVICE_MISSING']);
    // 36 min of silence, plus the 8 s the hub was deaf, plus one check.
    expect(r.raised[0]!.at - t0).toBeLessThanOrEqual(36 * MIN + 8_000 + MIN);
  });

  it('jamming: one RADIO_JAMMING for all devices instead of many DEVICE_MISSING; cleared after a quiet hour', () => {
    const r = rig();
    const devices = fleet();
    r.sup.start(devices);
    heartbeats(r, devices, 0);
    r.clock.advance(20 * MIN);
    r.sup.setJamming(true);
    r.clock.advance(2 * H);
    expect(r.raised.map((t) => t.kind)).toEqual(['RADIO_JAMMING']);
    expect(r.raised[0]!.devices).toHaveLength(16);
    r.sup.setJamming(false);
    r.clock.advance(59 * MIN);
    expect(r.cleared).toEqual([]);
    r.clock.advance(2 * MIN);
    expect(r.cleared.map((c) => c.key)).toEqual(['radio_jamming']);
    expect(r.raised.map((t) => t.kind)).toEqual(['RADIO_JAMMING']); // the heartbeats were heard again
  });

  it('one jamming burst of 30 s is not reported; a second within 2 h is (duty cycle)', () => {
    const r = rig();
    r.sup.start(fleet());
    r.sup.setJamming(true);
    r.clock.advance(30_000);
    r.sup.setJamming(false);
    r.clock.advance(60 * MIN);
    expect(r.raised.filter((t) => t.kind === 'RADIO_JAMMING')).toEqual([]);
    r.sup.setJamming(true);
    r.clock.advance(30_000);
    r.sup.setJamming(false);
    r.clock.advance(MIN);
    const jamming = r.raised.filter((t) => t.kind === 'RADIO_JAMMING');
    expect(jamming).toHaveLength(1);
    expect(jamming[0]!.details).toEqual({ jammed_s: '60', window_s: '7200' });
  });

  it('48 h soak: a dead pendant and a 20 s jamming burst every 30 min → DEVICE_MISSING on time and RADIO_JAMMING', () => {
    const r = rig();
    const devices = fleet();
    const dead = devices[0]!;
    r.sup.start(devices);
    const jammed = { on: false };
    const live = devices.slice(1);
    // Heartbeats of the live devices; a beat sent while the radio is jammed is lost.
    heartbeats(
      r,
      live.map((d) => ({ ...d })),
      0,
      11,
    );
    const heard = r.sup.heard.bind(r.sup);
    r.sup.heard = (id, t) => (jammed.on ? undefined : heard(id, t));
    let bursts = 0;
    const t0 = r.clock.now();
    r.clock.setTimer(7 * MIN, function burst() {
      bursts++;
      jammed.on = true;
      r.sup.setJamming(true);
      r.clock.setTimer(20_000, () => {
        jammed.on = false;
        r.sup.setJamming(false);
      });
      r.clock.setTimer(30 * MIN, burst);
    });
    r.clock.advance(48 * H);
    for (const t of r.raised) t.at -= t0;
    const missing = r.raised.filter((t) => t.kind === 'DEVICE_MISSING');
    const jamming = r.raised.filter((t) => t.kind === 'RADIO_JAMMING');
    // The soak's counts (recorded in docs/supervision.md).
    expect({ bursts, missing: missing.length, jamming: jamming.length }).toEqual({
      bursts: 96,
      missing: 1,
      jamming: 1,
    });
    expect(missing[0]!.devices).toEqual([dead.deviceId]);
    // Deadline: 36 min of silence from the start (its last sign of life), extended by at most the
    // two bursts that fall in it (40 s), one check (1 min), and a burst in progress at that check.
    expect(missing[0]!.at).toBeLessThanOrEqual(36 * MIN + 40_000 + MIN + 20_000);
    // Jamming: 60 s within 2 h is reached at the third burst (7, 37, 67 min) plus one check.
    expect(jamming[0]!.at).toBeLessThanOrEqual(67 * MIN + 20_000 + MIN);
    expect(r.cleared.filter((c) => c.key === 'radio_jamming')).toEqual([]); // never quiet for an hour
  });

  it('one heartbeat claiming a period of 65,535 s changes nothing: the window stays 36 min', () => {
    const r = rig();
    r.sup.start([{ deviceId: 1, deviceType: DeviceType.PERSONAL_TRIGGER, label: '' }]);
    r.clock.advance(16 * MIN);
    r.sup.heard(1, { battery: 80, statedPeriodS: 65_535 });
    const heardAt = r.clock.now();
    r.clock.advance(36 * MIN);
    expect(r.raised).toEqual([]);
    r.clock.advance(MIN);
    expect(r.raised.map((t) => t.kind)).toEqual(['DEVICE_MISSING']);
    expect(r.raised[0]!.at - heardAt).toBeLessThanOrEqual(36 * MIN + MIN);
    expect(missingAfterMs(DeviceType.PERSONAL_TRIGGER, 65_535, settings)).toBe(36 * MIN);
    expect(missingAfterMs(DeviceType.PERSONAL_TRIGGER, 1, settings)).toBe(3.6 * MIN); // 60 s at least
  });

  it('tamper raised and cleared; a new battery re-arms the thresholds', () => {
    const r = rig();
    r.sup.start([{ deviceId: 2, deviceType: DeviceType.DOOR_SENSOR, label: '' }]);
    r.sup.heard(2, { battery: 20, tamper: true });
    r.sup.heard(2, { battery: 20, tamper: true });
    r.sup.heard(2, { battery: 90, tamper: false });
    expect(r.raised.map((t) => t.kind)).toEqual(['DEVICE_BATTERY_LOW', 'DEVICE_TAMPER']);
    expect(r.cleared.map((c) => c.key).sort()).toEqual(['battery:00000002:25', 'tamper:00000002']);
    r.sup.heard(2, { battery: 24 });
    expect(r.raised.filter((t) => t.kind === 'DEVICE_BATTERY_LOW')).toHaveLength(2);
  });
});
