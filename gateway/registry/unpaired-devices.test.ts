import { describe, expect, it } from 'vitest';
import { MAX_UNPAIRED_HEARD, UnpairedDevices } from './unpaired-devices.ts';

const heard = (deviceId: number, lastHeardAt = 0) => ({ deviceId, deviceType: 3, lastHeardAt });

describe('UnpairedDevices', () => {
  it('keeps the latest hearing of each device, least recently heard first', () => {
    const u = new UnpairedDevices();
    u.heard(heard(1, 10));
    u.heard(heard(2, 20));
    u.heard(heard(1, 30));
    expect([...u.values()]).toEqual([heard(2, 20), heard(1, 30)]);
    expect(u.get(1)?.lastHeardAt).toBe(30);
  });

  it(`is bounded at ${MAX_UNPAIRED_HEARD}: the device heard least recently is dropped`, () => {
    const u = new UnpairedDevices();
    for (let id = 1; id <= MAX_UNPAIRED_HEARD; id++) u.heard(heard(id));
    u.heard(heard(1, 5)); // heard again: now the most recent
    u.heard(heard(5_000));
    expect(u.size).toBe(MAX_UNPAIRED_HEARD);
    expect(u.get(2)).toBeUndefined();
    expect(u.get(1)?.lastHeardAt).toBe(5);
    expect(u.get(5_000)).toBeDefined();
  });

  it('forgets a device once paired', () => {
    const u = new UnpairedDevices(3);
    u.heard(heard(7));
    u.forget(7);
    expect(u.size).toBe(0);
    expect(u.get(7)).toBeUndefined();
  });
});
