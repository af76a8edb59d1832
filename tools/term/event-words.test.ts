import { describe, expect, it } from 'vitest';
import { StatusCode } from '../../protocol/codes/scaip.ts';
import {
  classWord,
  deviceKindWords,
  eventWords,
  hubEventWords,
  locationWords,
  statusWords,
  technicalWords,
} from './event-words.ts';

describe('event words', () => {
  it('an alarm reads ALARM and its kind; a door opening is a status, never an alarm', () => {
    expect(eventWords('alarm', StatusCode.ALARM_MANUAL)).toBe('ALARM manual');
    expect(eventWords('EVENT_CLASS_ALARM', 'STATUS_CODE_ALARM_AUTOMATIC')).toBe('ALARM automatic');
    expect(eventWords('status', StatusCode.OPEN)).toBe('status open');
    expect(eventWords('EVENT_CLASS_STATUS', 'STATUS_CODE_OPEN_TOO_LONG')).toBe('status open too long');
    expect(eventWords('restore', StatusCode.LINK_RESTORED_1)).toBe('restore link restored 1');
  });

  it('keeps the number only for a code this version does not know', () => {
    expect(statusWords(999, 'status')).toBe('status 999');
    expect(classWord('EVENT_CLASS_TEST')).toBe('test');
  });

  it('device kinds as words', () => {
    expect(deviceKindWords(3)).toBe('personal trigger');
    expect(deviceKindWords(5)).toBe('fall detector');
  });
});

describe('hub events in words (vakt monitor, the demo)', () => {
  const b1 = { deviceId: '00A1B2C3', deviceType: 3, label: 'B1 bedroom', location: 12 };

  it('a device event names the device by label, kind and location, never by codes', () => {
    const line = hubEventWords({ kind: 'device_event', at: 0, ...b1, eventClass: 'alarm', statusCode: 10 });
    expect(line).toBe('ALARM manual — B1 bedroom 00A1B2C3 (personal trigger, bedroom)');
    const door = { deviceId: '0000D001', deviceType: 14, label: '', location: 39 };
    expect(hubEventWords({ kind: 'device_event', at: 0, ...door, eventClass: 'status', statusCode: 76 })).toBe(
      'status open — device 0000D001 (door sensor, front door)',
    );
  });

  it('technical alarms by kind; one about many devices says how many', () => {
    const raised = {
      kind: 'technical_raised',
      at: 0,
      technicalKind: 'RECEIVER_LOST',
      rootCause: 'no receiver status for 15 s',
      affectedDevices: ['00A1B2C3', '0000D001'],
      ...b1,
    };
    expect(hubEventWords(raised)).toBe(
      'technical alarm raised: receiver lost: no receiver status for 15 s — 2 devices',
    );
    expect(hubEventWords({ ...raised, kind: 'technical_cleared', affectedDevices: ['00A1B2C3'] })).toBe(
      'technical alarm cleared: receiver lost — B1 bedroom 00A1B2C3 (personal trigger, bedroom)',
    );
  });

  it('receipts, test alarms, path changes, frames and drops', () => {
    expect(hubEventWords({ kind: 'receipted', at: 0, eventId: 'd1', receiptedAfterMs: 41 })).toBe(
      'receipt: event d1 receipted by the platform 41 ms after it was accepted',
    );
    expect(hubEventWords({ kind: 'test_alarm', at: 0, eventId: 't1' })).toBe('test alarm queued for the hub itself');
    expect(hubEventWords({ kind: 'path', at: 0, path: null })).toBe('uplink: no broker reachable');
    expect(hubEventWords({ kind: 'path', at: 0, path: 'secondary' })).toBe('uplink: events go to the secondary broker');
    expect(hubEventWords({ kind: 'frame', at: 0, ...b1, refused: 'E_FRAME_MIC' })).toMatch(
      /^frame refused \(E_FRAME_MIC\) — B1 bedroom/,
    );
    expect(hubEventWords({ kind: 'dropped', at: 0, count: 12 })).toMatch(/^12 events missed/);
    expect(hubEventWords({ kind: 'future_kind', at: 0, summary: 'something new' })).toBe('future_kind: something new');
  });

  it('locations and technical kinds as words', () => {
    expect(locationWords(39)).toBe('front door');
    expect(locationWords(null)).toBe('');
    expect(locationWords(777)).toBe('location 777');
    expect(technicalWords('TECHNICAL_KIND_DEVICE_BATTERY_LOW')).toBe('device battery low');
    expect(deviceKindWords('DEVICE_TYPE_FALL_DETECTOR')).toBe('fall detector');
    expect(eventWords('EVENT_CLASS_TEST', 'STATUS_CODE_TEST_TRANSMISSION')).toBe('test transmission');
  });
});
