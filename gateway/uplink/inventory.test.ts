import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { v1 } from '../../protocol/uplink/index.ts';
import type { DeviceRow } from '../store/hub-store.ts';
import { inventory } from './inventory.ts';

const row = (deviceId: number, label: string) =>
  ({
    deviceId,
    deviceType: 3,
    label,
    location: 12,
    battery: null,
    rssi: null,
    lastSeenAt: null,
    periodS: null,
  }) as unknown as DeviceRow;

describe('device inventory', () => {
  it('flags each device whose frames are not verified (no key), and only those', () => {
    const keys = new Map([
      [1, { deviceId: 1, key: new Uint8Array(16), unauthenticated: false, rx: null, tx: 0 }],
      [2, { deviceId: 2, key: null, unauthenticated: true, rx: null, tx: 0 }],
    ]);
    const bytes = inventory(
      'H1',
      { devices: () => [row(1, 'pendant'), row(2, 'old cord')], deviceKey: (id) => keys.get(id) },
      { states: () => ({}) },
      new FakeClock(),
    );
    const inv = v1.DeviceInventory.decode(bytes);
    expect(inv.devices.map((d) => [d.label, d.unauthenticated])).toEqual([
      ['pendant', false],
      ['old cord', true],
    ]);
  });
});
