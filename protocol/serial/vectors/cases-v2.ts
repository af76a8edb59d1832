/**
 * The version-2 (secured) cases of the serial test vectors (generate.ts writes them): secured frames
 * under the worked-example key (SPEC §4), what the decoder refuses of them, and the verifier cases.
 */
import { frameCrc } from '../crc16.ts';
import { encodeFrame, frameBody, secureFrame, stuff } from '../encoder.ts';
import type { Frame } from '../frame.ts';
import { parseInstallCode } from '../install-code.ts';
import { DeviceKey } from '../security.ts';
import { alarm, good, hb, raw, status } from './cases-v1.ts';

// Version 2 (SPEC §4): the worked-example key is the one the Zigbee example install code gives.
const exampleCode = '83FE D340 7A93 9723 A5C6 39B2 6916 D505 C3B5';
export const keyHex = Buffer.from(parseInstallCode(exampleCode).key).toString('hex').toUpperCase();
const key = DeviceKey.fromHex(keyHex);
const secAlarm = secureFrame(alarm, key, 1);
const secHeartbeat = secureFrame(hb, key, 2);
const secAck = secureFrame({ kind: 'ack', deviceId: 0x00a1b2c3, seq: 7 }, key, 1);
/** Version-2 (secured) frames that decode, and the largest frames: [name, description, frame]. */
export const validV2: Array<[string, string, Frame]> = [
  ['v2 pendant alarm', 'the pendant alarm, secured: counter 1, example key', secAlarm],
  ['v2 heartbeat', 'the pendant heartbeat, secured: counter 2', secHeartbeat],
  ['v2 ack', 'the hub ACKs the secured alarm: hub counter 1', secAck],
  [
    'v2 nak busy',
    'the hub NAKs busy, secured: hub counter 2',
    secureFrame({ kind: 'nak', deviceId: 0x00a1b2c3, seq: 7, reason: 'busy' }, key, 2),
  ],
  ['v2 receiver status', 'a version-2 dongle status: no trailer, GENIBUS CRC', secureFrame(status, key, 0)],
  [
    'v2 ack receiver command',
    'a version-2 dongle ACKs command 5: address 0, no trailer',
    secureFrame({ kind: 'ack', deviceId: 0, seq: 5 }, key, 0),
  ],
  [
    'v2 learn enter',
    'a version-2 gateway enters learn mode for 60 s',
    secureFrame({ kind: 'receiver_command', seq: 1, command: 'learn_enter', timeout: 60 }, key, 0),
  ],
  [
    'vendor frame',
    'kind 0x80 with two data bytes: carried, never NAKed',
    { kind: 'vendor', vendorKind: 0x80, data: '0102' },
  ],
  [
    'largest frame',
    'a vendor frame of 240 data bytes: body 245 bytes, 246 encoded, the limit',
    { kind: 'vendor', vendorKind: 0xff, data: '11'.repeat(240) },
  ],
];
const secBody = Buffer.from(frameBody(secAlarm));
const secWire = encodeFrame(secAlarm);
/** A body changed by `edit` and given a right version-2 CRC: what a forger without the key sends. */
function reCrc(body: Uint8Array, edit: (b: Buffer) => void): Buffer {
  const b = Buffer.from(body);
  edit(b);
  const c = frameCrc(2, b, 0, b.length - 2);
  b[b.length - 2] = c >> 8;
  b[b.length - 1] = c & 0xff;
  return stuff(b);
}
/** Version-2 byte strings the decoder refuses: [name, description, bytes]. */
export const errorsV2: Array<[string, string, Buffer]> = [
  [
    'v2 trailing delimiter flipped',
    'version 2: the closing 0x00 became 0x01; the GENIBUS CRC sees the extra 0x00',
    Buffer.concat([secWire.subarray(0, secWire.length - 1), Buffer.from([0x01, 0x00])]),
  ],
  [
    'v2 bit error',
    'one bit flipped inside the secured alarm, CRC not recomputed',
    (() => {
      const w = Buffer.from(secWire);
      w[10] = w[10]! ^ 0x04;
      return w;
    })(),
  ],
  [
    'v2 missing trailer',
    'a version-2 device_event without counter and MIC (CRC right)',
    (() => {
      const b = Buffer.from(frameBody(alarm));
      b[0] = 2;
      const c = frameCrc(2, b, 0, b.length - 2);
      b[b.length - 2] = c >> 8;
      b[b.length - 1] = c & 0xff;
      return stuff(b);
    })(),
  ],
  [
    'v2 version 1 crc',
    'a version-2 body carrying the version-1 CRC',
    raw(2, 0x10, 15, [...frameBody(status).subarray(3, 18)]),
  ],
];

export interface VerifyCase {
  name: string;
  description: string;
  wire: Buffer;
  key?: string;
  highest?: number;
}
/** Secured frames run through the verifier (key, highest counter seen) and what it answers. */
export const verifyCases: VerifyCase[] = [
  { name: 'verify ok', description: 'the secured alarm, no counter seen yet', wire: secWire, key: keyHex },
  {
    name: 'verify next counter',
    description: 'counter 1 after 0 was accepted',
    wire: secWire,
    key: keyHex,
    highest: 0,
  },
  {
    name: 'verify rssi rewritten',
    description: 'the dongle wrote the RSSI it measured (-40 dBm): the MIC still holds',
    wire: reCrc(secBody, (b) => {
      b[3 + 12] = 0xd8;
    }),
    key: keyHex,
  },
  {
    name: 'verify wrong mic',
    description: 'last MIC byte changed, CRC recomputed: a forgery',
    wire: reCrc(secBody, (b) => {
      b[b.length - 3] = b[b.length - 3]! ^ 0x01;
    }),
    key: keyHex,
  },
  {
    name: 'verify forged alarm',
    description: 'status code changed to 9 by someone without the key, CRC recomputed',
    wire: reCrc(secBody, (b) => {
      b[3 + 10] = 9;
    }),
    key: keyHex,
  },
  {
    name: 'verify forged ack',
    description: 'an ACK for seq 7 with a MIC made up by a forger',
    wire: encodeFrame({ ...secAck, security: { counter: 99, mic: '0123456789ABCDEF' } }),
    key: keyHex,
  },
  {
    name: 'verify wrong key',
    description: 'the secured alarm checked with another device key',
    wire: secWire,
    key: '000102030405060708090A0B0C0D0E0F',
  },
  {
    name: 'verify replayed counter',
    description: 'counter 1 again after 1 was accepted',
    wire: secWire,
    key: keyHex,
    highest: 1,
  },
  {
    name: 'verify last counter',
    description: 'counter 4294967295 after 4294967294: the last one a key may use',
    wire: encodeFrame(secureFrame(alarm, key, 0xffffffff)),
    key: keyHex,
    highest: 0xfffffffe,
  },
  {
    name: 'verify counter wrap',
    description: 'counter 0 after 4294967295: counters never wrap, re-pair with a new install code',
    wire: encodeFrame(secureFrame(alarm, key, 0)),
    key: keyHex,
    highest: 0xffffffff,
  },
  { name: 'verify no key', description: 'a secured alarm from a device with no key', wire: secWire },
  {
    name: 'verify version 1',
    description: 'a version-1 alarm where a secured one is required',
    wire: good,
    key: keyHex,
  },
];
