import { describe, expect, it } from 'vitest';
import { crc16, decodeAll, encodeFrame, type Frame, samplePendantAlarm } from './index.ts';

const alarm: Frame = samplePendantAlarm;

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
