/**
 * fast-check generators for every frame kind over its full valid range. Used by the property
 * tests, the vector generator and the benchmark; kept beside the codec so they change together.
 */
import fc from 'fast-check';
import { DeviceType, StatusCode } from '../codes/scaip.ts';
import { secureFrame } from './encoder.ts';
import type { Frame } from './frame.ts';
import { DeviceKey } from './security.ts';

/** The key every arbitrary secured frame is signed with (the SPEC §8 example key). */
export const ARBITRARY_KEY = DeviceKey.fromHex('66B6900981E1EE3CA4206B6B861C02BB');

const deviceId = fc.integer({ min: 1, max: 0xfffffffe });
const deviceType = fc.constantFrom(...Object.values(DeviceType));
const statusCode = fc.constantFrom(...Object.values(StatusCode));
const u8 = fc.integer({ min: 0, max: 0xff });
const u16 = fc.integer({ min: 0, max: 0xffff });
const u32 = fc.integer({ min: 0, max: 0xffffffff });
const battery = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });
const dbm = fc.option(fc.integer({ min: -127, max: 0 }), { nil: null });

/** Version-1 frames of every kind over the full valid range. */
export const arbitraryV1Frame: fc.Arbitrary<Frame> = fc.oneof(
  fc.record({
    kind: fc.constant('device_event' as const),
    deviceId,
    deviceType,
    seq: u16,
    eventClass: fc.constantFrom('alarm' as const, 'restore' as const, 'status' as const, 'test' as const),
    statusCode,
    battery,
    rssi: dbm,
    uptime: u32,
    attempt: u8,
    location: fc.option(fc.integer({ min: 1, max: 0xffff }), { nil: null }),
  }),
  fc.record({
    kind: fc.constant('device_heartbeat' as const),
    deviceId,
    deviceType,
    seq: u16,
    battery,
    rssi: dbm,
    uptime: u32,
    tamper: fc.boolean(),
    batteryLow: fc.boolean(),
    period: u16,
  }),
  fc.record({ kind: fc.constant('ack' as const), deviceId: u32, seq: u16 }),
  fc.record({
    kind: fc.constant('nak' as const),
    deviceId: u32,
    seq: u16,
    reason: fc.constantFrom(
      'crc' as const,
      'length' as const,
      'version' as const,
      'unknown_kind' as const,
      'bad_payload' as const,
      'not_paired' as const,
      'busy' as const,
      'unsupported_command' as const,
    ),
  }),
  fc.record({
    kind: fc.constant('receiver_status' as const),
    receiverId: u32,
    seq: u16,
    firmware: fc.tuple(u8, u8).map(([a, b]) => `${a}.${b}`),
    uptime: u32,
    learnMode: fc.boolean(),
    jamming: fc.boolean(),
    rxOverflow: fc.boolean(),
    noise: dbm,
    pairedCount: u8,
  }),
  fc.oneof(
    fc.record({
      kind: fc.constant('receiver_command' as const),
      seq: u16,
      command: fc.constant('learn_enter' as const),
      timeout: u16,
    }),
    fc.record({
      kind: fc.constant('receiver_command' as const),
      seq: u16,
      command: fc.constant('learn_leave' as const),
    }),
    fc.record({
      kind: fc.constant('receiver_command' as const),
      seq: u16,
      command: fc.constant('set_time' as const),
      time: u32,
    }),
    fc.record({
      kind: fc.constant('receiver_command' as const),
      seq: u16,
      command: fc.constant('status_request' as const),
    }),
    fc.record({
      kind: fc.constant('receiver_command' as const),
      seq: u16,
      command: fc.constant('unpair' as const),
      deviceId: u32,
    }),
  ),
  fc.record({
    kind: fc.constant('pairing_result' as const),
    deviceId: u32,
    deviceType: fc.oneof(fc.constant(0), deviceType),
    result: fc.constantFrom(
      'paired' as const,
      'already_paired' as const,
      'table_full' as const,
      'learn_timeout' as const,
      'unpaired' as const,
      'not_found' as const,
    ),
  }),
);

const vendorFrame: fc.Arbitrary<Frame> = fc.record({
  kind: fc.constant('vendor' as const),
  vendorKind: fc.integer({ min: 0x80, max: 0xff }),
  data: fc.uint8Array({ maxLength: 40 }).map((b) => Buffer.from(b).toString('hex').toUpperCase()),
});

/** Every frame kind in both versions (version 2 secured with ARBITRARY_KEY), and vendor frames. */
export const arbitraryFrame: fc.Arbitrary<Frame> = fc.oneof(
  arbitraryV1Frame,
  fc
    .tuple(arbitraryV1Frame, fc.integer({ min: 0, max: 0xffffffff }))
    .map(([f, counter]) => secureFrame(f, ARBITRARY_KEY, counter)),
  vendorFrame,
);
