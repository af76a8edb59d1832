import { describe, expect, it } from 'vitest';
import { crc16, decodeAll, encodeFrame, type Frame } from './index.ts';

const alarm: Frame = {
  kind: 'device_event',
  deviceId: 0x00a1b2c3,
  deviceType: 3,
  seq: 7,
  eventClass: 'alarm',
  statusCode: 10,
  battery: 87,
  rssi: -62,
  uptime: 3600,
  attempt: 0,
  location: 12,
};

describe('device-link codec', () => {
  it('CRC-16/IBM-3740 has the published check value 0x29B1', () => {
    expect(crc16(Buffer.from('123456789', 'ascii'))).toBe(0x29b1);
  });

  it('decodes what it encodes, with the frame offset', () => {
    const out = decodeAll(encodeFrame(alarm));
    expect(out).toEqual([{ offset: 1, frame: alarm }]);
  });

  it('resynchronises after garbage and reports it as a typed error', () => {
    const wire = Buffer.concat([Buffer.from([0x41, 0x42, 0xff]), encodeFrame(alarm)]);
    const out = decodeAll(wire);
    expect(out.map((d) => ('frame' in d ? 'frame' : d.error.code))).toEqual(['E_FRAME_COBS', 'frame']);
  });
});
