/**
 * Writes the test vectors (*-frames.json, errors.json, secure-frames.json, verify.json) from the
 * cases below, and the vector index table between the markers in SPEC.md §10. Run only when
 * adding vectors: `npx tsx protocol/serial/vectors/generate.ts`. The JSON files are then frozen:
 * the vectors test checks the codec against them, so a codec change that alters bytes fails there.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc16, frameCrc } from '../crc16.ts';
import { type Decoded, decodeAll } from '../decoder.ts';
import { encodeFrame, frameBody, secureFrame, stuff } from '../encoder.ts';
import type { DeviceEventFrame, Frame } from '../frame.ts';
import { parseInstallCode } from '../install-code.ts';
import { frameToJson } from '../json.ts';
import { nakFor } from '../nak-rule.ts';
import { samplePendantAlarm, samplePendantHeartbeat, sampleReceiverStatus } from '../samples.ts';
import { DeviceKey } from '../security.ts';
import { MemoryCounterState, verifyFrame } from '../verifier.ts';

const here = dirname(fileURLToPath(import.meta.url));
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex').toUpperCase();

const alarm: DeviceEventFrame = samplePendantAlarm;
const hb = samplePendantHeartbeat;
const status = sampleReceiverStatus;

const valid: Array<[string, string, Frame]> = [
  ['pendant alarm', 'personal trigger (0003) pressed: alarm manual (0010), bedroom', alarm],
  [
    'fall alarm',
    'fall detector (0005) alarm automatic (0009), bathroom, first retransmission',
    { ...alarm, deviceId: 0x00f00d01, deviceType: 5, statusCode: 9, attempt: 1, location: 11 },
  ],
  [
    'door open',
    'door sensor (0014) open (0076), status class',
    { ...alarm, deviceId: 0x0000d001, deviceType: 14, eventClass: 'status', statusCode: 76, location: 39 },
  ],
  [
    'door closed restore',
    'door sensor closed (0021) as a restore',
    { ...alarm, deviceId: 0x0000d001, deviceType: 14, eventClass: 'restore', statusCode: 21, location: 39 },
  ],
  [
    'smoke alarm',
    'smoke detector (0023) alarm automatic, kitchen',
    { ...alarm, deviceId: 0x00005a0e, deviceType: 23, statusCode: 9, location: 21 },
  ],
  [
    'test transmission',
    'pendant test press (0102), test class',
    { ...alarm, eventClass: 'test', statusCode: 102 },
  ],
  [
    'battery low event',
    'battery low (0016) status, battery 9 %',
    { ...alarm, eventClass: 'status', statusCode: 16, battery: 9 },
  ],
  ['tamper event', 'tamper (0125) status', { ...alarm, eventClass: 'status', statusCode: 125 }],
  ['min device id', 'device id 00000001, the smallest allowed', { ...alarm, deviceId: 1 }],
  ['max device id', 'device id FFFFFFFE, the largest allowed', { ...alarm, deviceId: 0xfffffffe }],
  ['seq 0', 'sequence number 0', { ...alarm, seq: 0 }],
  ['seq 65535', 'sequence number at the wrap point', { ...alarm, seq: 65535 }],
  ['battery 0', 'battery empty', { ...alarm, battery: 0 }],
  ['battery 100', 'battery full', { ...alarm, battery: 100 }],
  ['battery unknown', 'battery 0xFF = unknown', { ...alarm, battery: null }],
  ['rssi 0', 'RSSI 0 dBm (strongest)', { ...alarm, rssi: 0 }],
  ['rssi -127', 'RSSI -127 dBm (weakest)', { ...alarm, rssi: -127 }],
  ['rssi unknown', 'RSSI 0x7F = unknown', { ...alarm, rssi: null }],
  ['uptime max', 'uptime 2^32-1 seconds', { ...alarm, uptime: 0xffffffff }],
  ['attempt saturated', 'attempt 255 (saturated)', { ...alarm, attempt: 255 }],
  ['no location', 'location 0 = none', { ...alarm, location: null }],
  ['location max', 'location 65535', { ...alarm, location: 65535 }],
  ['heartbeat', 'pendant heartbeat, period 600 s', hb],
  [
    'heartbeat tamper and low battery',
    'both heartbeat flags set',
    { ...hb, tamper: true, batteryLow: true, battery: 5 },
  ],
  [
    'heartbeat no period',
    'period 0 = not stated, telemetry unknown',
    { ...hb, period: 0, battery: null, rssi: null },
  ],
  ['ack', 'gateway ACKs the pendant alarm', { kind: 'ack', deviceId: 0x00a1b2c3, seq: 7 }],
  [
    'ack receiver command',
    'dongle ACKs receiver command 5 (device id 0 = receiver)',
    { kind: 'ack', deviceId: 0, seq: 5 },
  ],
  ...(
    [
      'crc',
      'length',
      'version',
      'unknown_kind',
      'bad_payload',
      'not_paired',
      'busy',
      'unsupported_command',
    ] as const
  ).map((reason): [string, string, Frame] => [
    `nak ${reason}`,
    `NAK with reason ${reason}`,
    {
      kind: 'nak',
      deviceId: ['crc', 'length', 'version', 'unknown_kind', 'bad_payload'].includes(reason)
        ? 0xffffffff
        : reason === 'unsupported_command'
          ? 0
          : 0x00a1b2c3,
      seq: ['crc', 'length', 'version', 'unknown_kind', 'bad_payload'].includes(reason) ? 0 : 7,
      reason,
    },
  ]),
  ['receiver status', 'dongle heartbeat', status],
  [
    'receiver status all flags',
    'learn mode, jamming and RX overflow, noise unknown',
    { ...status, learnMode: true, jamming: true, rxOverflow: true, noise: null },
  ],
  [
    'learn enter',
    'enter learn mode for 60 s',
    { kind: 'receiver_command', seq: 1, command: 'learn_enter', timeout: 60 },
  ],
  ['learn leave', 'leave learn mode', { kind: 'receiver_command', seq: 2, command: 'learn_leave' }],
  [
    'set time',
    'set the dongle clock to 2026-11-25T02:14:07Z',
    { kind: 'receiver_command', seq: 3, command: 'set_time', time: 1795572847 },
  ],
  [
    'status request',
    'ask the dongle for a receiver_status now',
    { kind: 'receiver_command', seq: 4, command: 'status_request' },
  ],
  [
    'unpair',
    'forget device 00A1B2C3',
    { kind: 'receiver_command', seq: 5, command: 'unpair', deviceId: 0x00a1b2c3 },
  ],
  ...(['paired', 'already_paired', 'table_full', 'learn_timeout', 'unpaired', 'not_found'] as const).map(
    (result): [string, string, Frame] => [
      `pairing ${result}`,
      `pairing result ${result}`,
      result === 'learn_timeout' || result === 'not_found'
        ? {
            kind: 'pairing_result',
            deviceId: result === 'learn_timeout' ? 0 : 0x00a1b2c3,
            deviceType: 0,
            result,
          }
        : { kind: 'pairing_result', deviceId: 0x00a1b2c3, deviceType: 3, result },
    ],
  ),
];

/** A body with the given header and payload and a correct (or given) CRC, COBS-stuffed. */
function raw(version: number, kind: number, length: number, payload: number[], crc?: number): Buffer {
  const body = [version, kind, length, ...payload];
  const c = crc ?? crc16(Uint8Array.from(body));
  return stuff(Uint8Array.from([...body, c >> 8, c & 0xff]));
}
const good = encodeFrame(alarm);
const flipped = Buffer.from(good);
flipped[10] = flipped[10]! ^ 0x04;
const alarmPayload = [...frameBody(alarm).subarray(3, 23)];

const errors: Array<[string, string, Buffer]> = [
  ['bit error', 'one bit flipped inside the pendant alarm', flipped],
  [
    'wrong crc',
    'CRC bytes swapped',
    raw(
      1,
      1,
      20,
      alarmPayload,
      (() => {
        const c = crc16(frameBody(alarm), 0, 23);
        return ((c & 0xff) << 8) | (c >> 8);
      })(),
    ),
  ],
  ['length too big', 'length byte says 21, payload has 20', raw(1, 1, 21, alarmPayload)],
  ['length too small', 'length byte says 19, payload has 20', raw(1, 1, 19, alarmPayload)],
  [
    'version 3',
    'a version this decoder does not speak (CRC right under the version-1 rule)',
    raw(3, 1, 20, alarmPayload),
  ],
  ['version 0', 'version byte 0', raw(0, 1, 20, alarmPayload)],
  ['unknown kind', 'kind 0x05 is not defined in v1', raw(1, 5, 0, [])],
  [
    'device type 999',
    'device_event whose device type is not in the SCAIP list',
    raw(1, 1, 20, [...alarmPayload.slice(0, 4), 0x03, 0xe7, ...alarmPayload.slice(6)]),
  ],
  [
    'status code 999',
    'device_event whose status code is not in the SCAIP list',
    raw(1, 1, 20, [...alarmPayload.slice(0, 9), 0x03, 0xe7, ...alarmPayload.slice(11)]),
  ],
  [
    'heartbeat device type 999',
    'device_heartbeat whose device type is not in the SCAIP list',
    raw(1, 2, 17, [0, 0xa1, 0xb2, 0xc3, 0x03, 0xe7, 0, 8, 87, 0xc2, 0, 0, 0x10, 0x68, 0, 2, 0x58]),
  ],
  [
    'trailing delimiter flipped',
    'version 1: the closing 0x00 became 0x01, so the body gains a 0x00 the CRC cannot see',
    Buffer.concat([good.subarray(0, good.length - 1), Buffer.from([0x01, 0x00])]),
  ],
  [
    'one byte too long',
    '247 encoded bytes without a delimiter: one past the 246-byte limit',
    Buffer.concat([Buffer.from([0]), Buffer.alloc(247, 0x11), Buffer.from([0])]),
  ],
  ['short payload', 'device_event with 12 payload bytes', raw(1, 1, 12, alarmPayload.slice(0, 12))],
  [
    'reserved device id',
    'device_event from device 00000000 (the receiver address)',
    raw(1, 1, 20, [0, 0, 0, 0, ...alarmPayload.slice(4)]),
  ],
  [
    'bad event class',
    'event class 9',
    raw(1, 1, 20, [...alarmPayload.slice(0, 8), 9, ...alarmPayload.slice(9)]),
  ],
  ['bad nak reason', 'NAK reason 0', raw(1, 4, 7, [0, 0xa1, 0xb2, 0xc3, 0, 7, 0])],
  ['bad command', 'receiver command 9', raw(1, 0x11, 3, [0, 1, 9])],
  ['command missing argument', 'learn_enter without its timeout', raw(1, 0x11, 3, [0, 1, 1])],
  ['truncated frame', 'three bytes between delimiters', stuff(Uint8Array.from([1, 3, 0]))],
  [
    'stream ends inside frame',
    'the pendant alarm without its closing delimiter',
    good.subarray(0, good.length - 1),
  ],
  [
    'too long',
    '300 non-zero bytes without a delimiter',
    Buffer.concat([Buffer.from([0]), Buffer.alloc(300, 0x11), Buffer.from([0])]),
  ],
  ['bad cobs', 'a COBS code byte pointing past the end', Buffer.from([0, 0x09, 1, 2, 0])],
];

// Version 2 (SPEC §4): the worked-example key is the one the Zigbee example install code gives.
const exampleCode = '83FE D340 7A93 9723 A5C6 39B2 6916 D505 C3B5';
const keyHex = Buffer.from(parseInstallCode(exampleCode).key).toString('hex').toUpperCase();
const key = DeviceKey.fromHex(keyHex);
const secAlarm = secureFrame(alarm, key, 1);
const secHeartbeat = secureFrame(hb, key, 2);
const secAck = secureFrame({ kind: 'ack', deviceId: 0x00a1b2c3, seq: 7 }, key, 1);
valid.push(
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
);
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
errors.push(
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
);

interface VerifyCase {
  name: string;
  description: string;
  wire: Buffer;
  key?: string;
  highest?: number;
}
const verifyCases: VerifyCase[] = [
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

const validVectors = valid.map(([name, description, frame]) => {
  const bytes = encodeFrame(frame);
  const [decoded] = decodeAll(bytes);
  if (!decoded || !('frame' in decoded)) throw new Error(`vector ${name} does not decode`);
  return { name, description, hex: hex(bytes), valid: true, frame: frameToJson(decoded.frame) };
});
const errorVectors = errors.map(([name, description, bytes]) => {
  const out = decodeAll(bytes);
  const first = out.find((d) => 'error' in d);
  if (!first || !('error' in first)) throw new Error(`vector ${name} decodes without error`);
  const nak = nakFor(first.error);
  return {
    name,
    description,
    hex: hex(bytes),
    valid: false,
    error: first.error.code,
    nak: nak && frameToJson(nak),
  };
});
const verifyVectors = verifyCases.map((c) => {
  const [d] = decodeAll(c.wire);
  if (!d || !('frame' in d)) throw new Error(`verify vector ${c.name} does not decode`);
  const counters = new MemoryCounterState();
  if (c.highest !== undefined) counters.accept(d.frame.kind === 'vendor' ? 0 : 0x00a1b2c3, c.highest);
  const r = verifyFrame(
    d as Extract<Decoded, { frame: unknown }>,
    () => (c.key ? DeviceKey.fromHex(c.key) : undefined),
    counters,
  );
  return {
    name: c.name,
    description: c.description,
    hex: hex(c.wire),
    valid: true,
    frame: frameToJson(d.frame),
    ...(c.key ? { key: c.key } : {}),
    ...(c.highest !== undefined ? { highest: c.highest } : {}),
    verify: r.ok ? 'ok' : r.error.code,
  };
});
const isV2 = (v: { frame: unknown }) => (v.frame as { version?: number }).version === 2;
const byKind = (k: string) =>
  validVectors.filter((v) => !isV2(v) && (v.frame as { kind: string }).kind === k);
writeFileSync(
  join(here, 'device-frames.json'),
  `${JSON.stringify([...byKind('device_event'), ...byKind('device_heartbeat')], null, 2)}\n`,
);
writeFileSync(
  join(here, 'gateway-frames.json'),
  `${JSON.stringify([...byKind('ack'), ...byKind('nak'), ...byKind('receiver_command')], null, 2)}\n`,
);
writeFileSync(
  join(here, 'receiver-frames.json'),
  `${JSON.stringify([...byKind('receiver_status'), ...byKind('pairing_result')], null, 2)}\n`,
);
writeFileSync(join(here, 'secure-frames.json'), `${JSON.stringify(validVectors.filter(isV2), null, 2)}\n`);
writeFileSync(join(here, 'vendor-frames.json'), `${JSON.stringify(byKind('vendor'), null, 2)}\n`);
writeFileSync(join(here, 'errors.json'), `${JSON.stringify(errorVectors, null, 2)}\n`);
writeFileSync(join(here, 'verify.json'), `${JSON.stringify(verifyVectors, null, 2)}\n`);

// SPEC.md §10 lists every vector; the spec test checks the list against the files.
const rows = [
  ...validVectors.map((v) => `| ${v.name} | decodes | — |`),
  ...errorVectors.map((v) => `| ${v.name} | \`${v.error}\` | ${v.nak ? nakText(v.nak) : 'silence'} |`),
  ...verifyVectors.map((v) => `| ${v.name} | verify: ${v.verify === 'ok' ? 'ok' : `\`${v.verify}\``} | — |`),
];
function nakText(n: Record<string, unknown>): string {
  return `nak ${n.deviceId} seq ${n.seq} \`${n.reason}\``;
}
const specPath = join(here, '..', 'SPEC.md');
const spec = readFileSync(specPath, 'utf8');
const table = ['| vector | result | the receiver answers |', '| --- | --- | --- |', ...rows].join('\n');
const marked = spec.replace(
  /(<!-- vectors:begin -->\n)[\s\S]*?(<!-- vectors:end -->)/,
  (_m, a: string, b: string) => `${a}${table}\n${b}`,
);
writeFileSync(specPath, marked);
process.stdout.write(
  `${validVectors.length} valid, ${errorVectors.length} error and ${verifyVectors.length} verify vectors written\n`,
);
