/**
 * The JSON form of a frame, as `vakt decode --json` prints it and the test vectors store it.
 * Identical to the decoded object except that device and receiver ids are 8-digit upper-case
 * hex strings ("00A1B2C3"), as they are printed on device labels.
 */
import { VaktError } from '../errors.ts';
import type { Frame } from './frame.ts';
import { hex32 } from './layout.ts';

export type FrameJson = Record<string, unknown> & { kind: string };

const ID_FIELDS = ['deviceId', 'receiverId'] as const;

export function frameToJson(frame: Frame): FrameJson {
  const out: FrameJson = { ...frame };
  for (const f of ID_FIELDS) if (typeof out[f] === 'number') out[f] = hex32(out[f] as number);
  return out;
}

export function frameFromJson(json: FrameJson): Frame {
  const out: Record<string, unknown> = { ...json };
  for (const f of ID_FIELDS) {
    const v = out[f];
    if (v === undefined) continue;
    if (typeof v !== 'string' || !/^[0-9A-Fa-f]{8}$/.test(v)) {
      throw new VaktError('E_FRAME_JSON', `${f} must be 8 hex digits, got ${JSON.stringify(v)}`);
    }
    out[f] = Number.parseInt(v, 16);
  }
  return out as unknown as Frame;
}

/** "00A1B2C3" or "0xa1b2c3" or "10597059" → number; throws a typed error naming the input. */
export function parseDeviceId(text: string): number {
  const t = text.trim();
  const n =
    /^0x[0-9a-f]{1,8}$/i.test(t) || /^[0-9a-f]{8}$/i.test(t)
      ? Number.parseInt(t.replace(/^0x/i, ''), 16)
      : NaN;
  if (!Number.isInteger(n) || n <= 0 || n >= 0xffffffff) {
    throw new VaktError(
      'E_DEVICE_ID',
      `device id "${text}" is not valid`,
      'give 8 hex digits as on the device label, e.g. 00A1B2C3',
    );
  }
  return n;
}
