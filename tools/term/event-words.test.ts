import { describe, expect, it } from 'vitest';
import { StatusCode } from '../../protocol/codes/scaip.ts';
import { classWord, deviceKindWords, eventWords, statusWords } from './event-words.ts';

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
