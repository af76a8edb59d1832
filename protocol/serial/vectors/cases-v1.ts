/**
 * The version-1 cases of the serial test vectors (generate.ts writes them): frames that decode,
 * and byte strings the decoder must refuse, each with the name and description SPEC.md §10 lists.
 */
import { crc16 } from '../crc16.ts';
import { encodeFrame, frameBody, stuff } from '../encoder.ts';
import type { DeviceEventFrame, Frame } from '../frame.ts';
import { samplePendantAlarm, samplePendantHeartbeat, sampleReceiverStatus } from '../samples.ts';

export const alarm: DeviceEventFrame = samplePendantAlarm;
export const hb = samplePendantHeartbeat;
export const status = sampleReceiverStatus;

/** Version-1 frames that decode: [name, description, frame]. */
export const validV1: Array<[string, string, Frame]> = [
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
export function raw(version: number, kind: number, length: number, payload: number[], crc?: number): Buffer {
  const body = [version, kind, length, ...payload];
  const c = crc ?? crc16(Uint8Array.from(body));
  return stuff(Uint8Array.from([...body, c >> 8, c & 0xff]));
}
export const good = encodeFrame(alarm);
const flipped = Buffer.from(good);
flipped[10] = flipped[10]! ^ 0x04;
const alarmPayload = [...frameBody(alarm).subarray(3, 23)];

/** Version-1 byte strings the decoder refuses: [name, description, bytes]. */
export const errorsV1: Array<[string, string, Buffer]> = [
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
