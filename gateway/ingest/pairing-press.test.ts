import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { type DeviceEventFrame, samplePendantAlarm } from '../../protocol/serial/index.ts';
import { PAIRING_PRESS_MS, PairingPresses } from './pairing-press.ts';

const press = (seq: number, deviceId = 0x00a1b2c4): DeviceEventFrame => ({
  ...samplePendantAlarm,
  deviceId,
  seq,
});

describe('the pairing press', () => {
  it('learn mode lasts as the commands say: learn_enter for its timeout, until learn_leave or a result', () => {
    const clock = new FakeClock();
    const p = new PairingPresses(clock);
    expect(p.learning).toBe(false); // an unpaired device's press is NAKed not_paired
    p.commandSent({ command: 'learn_enter', timeout: 60 });
    expect(p.learning).toBe(true); // NAKed busy: its pairing_result may still come
    p.commandSent({ command: 'learn_leave' });
    expect(p.learning).toBe(false);
    p.commandSent({ command: 'learn_enter', timeout: 60 });
    p.pairingResult(0, 'learn_timeout', false);
    expect(p.learning).toBe(false);
    p.commandSent({ command: 'learn_enter', timeout: 10 });
    clock.advance(10_000);
    expect(p.learning).toBe(false);
  });

  it('the first event after a new pairing, and its retransmissions, are the pairing press; the next one is not', () => {
    const clock = new FakeClock();
    const p = new PairingPresses(clock);
    p.commandSent({ command: 'learn_enter', timeout: 60 });
    p.pairingResult(0x00a1b2c4, 'paired', true);
    expect(p.learning).toBe(false);
    expect(p.isPairingPress(press(7))).toBe(true);
    expect(p.isPairingPress(press(7))).toBe(true); // a retransmission: the same seq
    expect(p.isPairingPress(press(8))).toBe(false); // a real alarm after it
    expect(p.isPairingPress(press(7, 0x00a1b2c3))).toBe(false); // another device
  });

  it('a device already paired here (pairedNew false) is never flagged; a press after the window is an alarm', () => {
    const clock = new FakeClock();
    const p = new PairingPresses(clock);
    p.commandSent({ command: 'learn_enter', timeout: 60 });
    p.pairingResult(0x00a1b2c3, 'already_paired', false);
    expect(p.isPairingPress(press(1, 0x00a1b2c3))).toBe(false);
    p.pairingResult(0x00a1b2c4, 'paired', true);
    clock.advance(PAIRING_PRESS_MS + 1);
    expect(p.isPairingPress(press(1))).toBe(false);
  });
});
