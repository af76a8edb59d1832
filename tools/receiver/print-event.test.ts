import { describe, expect, it } from 'vitest';
import { messageToJson, sampleAlarm, type UplinkMessage, v1 } from '../../protocol/uplink/index.ts';
import { describeMessage } from './print-event.ts';

const CONTROL = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

describe('vakt receive: a line for a person', () => {
  it('shows an alarm with text fields made printable (ESC, CR, bidi overrides)', () => {
    const alarm = v1.Alarm.create({
      ...sampleAlarm('NO-4630-HUB-000123', 1),
      location: { code: 12, text: 'Bed\x1b[2K\x1b[1A\rroom\u202e' },
      eventId: 'ev-\x07000001',
    });
    const m: UplinkMessage = { kind: 'alarm', message: alarm };
    const text = describeMessage('NO-4630-HUB-000123', m, messageToJson(m));
    expect(text).not.toMatch(CONTROL);
    expect(text).toContain('Bed\\x1b[2K\\x1b[1A\\x0droom\\u{202e}');
    expect(text).toContain('event ev-\\x07000001');
    expect(text).toMatch(/ALARM .* device 00A1B2C3 /);
  });

  it('makes a technical alarm and a command result printable too', () => {
    const tech: UplinkMessage = {
      kind: 'technical',
      message: v1.TechnicalAlarm.create({
        eventId: 't-1',
        hubId: 'h',
        rootCause: 'modem says \x1b]0;pwned\x07',
        suggestedAction: 'line1\nline2',
      }),
    };
    const result: UplinkMessage = {
      kind: 'command-result',
      message: v1.CommandResult.create({ commandId: 'c\x1b1', detail: '\x9b31m' }),
    };
    for (const m of [tech, result]) {
      const text = describeMessage('h', m, messageToJson(m));
      expect(text).not.toMatch(CONTROL);
      expect(text.split('\n')).toHaveLength(1);
    }
  });

  it('event words by kind: a door opening is a status, not an ALARM; technical alarms by name', () => {
    const door = v1.Alarm.create({
      ...sampleAlarm('H', 1),
      eventClass: v1.EventClass.EVENT_CLASS_STATUS,
      statusCode: v1.StatusCode.STATUS_CODE_OPEN,
      deviceType: v1.DeviceType.DEVICE_TYPE_DOOR_SENSOR,
      location: { code: 39, text: 'front door' },
    });
    const m: UplinkMessage = { kind: 'alarm', message: door };
    const text = describeMessage('H', m, messageToJson(m));
    expect(text).toMatch(/ H status open device 00A1B2C3 \(door sensor, front door\) /);
    expect(text).not.toMatch(/ALARM/);
    const lost: UplinkMessage = {
      kind: 'technical',
      message: v1.TechnicalAlarm.create({
        eventId: 't-2',
        hubId: 'H',
        kind: v1.TechnicalKind.TECHNICAL_KIND_RECEIVER_LOST,
        state: v1.TechnicalState.TECHNICAL_STATE_RAISED,
        rootCause: 'no receiver status for 15 s',
        suggestedAction: 'check the dongle',
      }),
    };
    expect(describeMessage('H', lost, messageToJson(lost))).toMatch(
      / H technical alarm raised: receiver lost: no receiver status for 15 s → check the dongle \(event t-2\)$/,
    );
  });
});
