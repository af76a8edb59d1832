/**
 * The bridge's input surfaces under fuzz: what a centre answers (bytes on the socket → the
 * splitter → parseReply) and what arrives on the uplink (topic + payload → readIncoming →
 * outgoingFor → encodeMessage). Over 10,000 cases each: never a crash, only typed errors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../protocol/dc09/examples.ts';
import { type Dc09Message, encodeMessage, MessageSplitter, parseReply } from '../../protocol/dc09/index.ts';
import { VaktError } from '../../protocol/errors.ts';
import { sampleAlarm, v1 } from '../../protocol/uplink/index.ts';
import { outgoingFor, readIncoming } from './centre-event.ts';
import { parseBridgeConfig } from './config.ts';

const RUNS = 10_000;
const key = Buffer.alloc(32, 9);
const sent: Dc09Message = { ...EXAMPLES['cid-pendant']!.message, seq: 1 };
const replies = [
  encodeMessage(EXAMPLES['ack-plain']!.message),
  encodeMessage(EXAMPLES.nak!.message),
  encodeMessage(EXAMPLES.duh!.message),
  encodeMessage({ ...EXAMPLES['ack-aes128']!.message, seq: 1 }, { key }),
];

const { config } = parseBridgeConfig(
  'mqtt: { broker: "mqtt://127.0.0.1:1" }\ncentre:\n  main: { host: 127.0.0.1, port: 1 }\nstore: /tmp/x\nhubs:\n  H1: { account: "1234", zones: { "00A1B2C3": 5 } }\n',
);

/** Only VaktErrors may escape. */
function typedOnly(fn: () => unknown): void {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(VaktError);
    expect((err as VaktError).code).toMatch(/^E_[A-Z0-9_]+$/);
  }
}

const mutate = (base: string) =>
  fc
    .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 })
    .map((edits) => {
      let s = base;
      for (const [at, byte] of edits) {
        const i = at % (s.length + 1);
        s = s.slice(0, i) + String.fromCharCode(byte) + s.slice(i + 1);
      }
      return s;
    });

describe('bridge input fuzz', () => {
  it(`centre replies: ${RUNS} random and mutated byte streams → frames, then a reply or a typed error`, () => {
    const stream = fc.oneof(
      fc.string({
        unit: fc.integer({ min: 0, max: 255 }).map((c) => String.fromCharCode(c)),
        maxLength: 300,
      }),
      fc.constantFrom(...replies).chain(mutate),
    );
    fc.assert(
      fc.property(stream, fc.boolean(), (bytes, encrypted) => {
        const splitter = new MessageSplitter();
        const frames = [...splitter.push(bytes), ...splitter.push(bytes)];
        for (const f of frames)
          typedOnly(() =>
            parseReply(f, { ...sent, encrypted }, { keyFor: () => (encrypted ? key : undefined) }),
          );
      }),
      { numRuns: RUNS },
    );
  });

  it(`uplink payloads: ${RUNS} random and mutated payloads on event topics → a DC-09 message or a typed error`, () => {
    const valid = [
      v1.Alarm.encode(sampleAlarm('H1', 1)).finish(),
      v1.TechnicalAlarm.encode({
        eventId: 't-1',
        hubId: 'H1',
        kind: 4,
        state: 1,
        rootCause: 'pendant missing',
        affectedDeviceIds: [0x00a1b2c3],
      }).finish(),
      v1.Heartbeat.encode({ eventId: 'hb-1', hubId: 'H1', atMs: 1 }).finish(),
    ];
    const payload = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc
        .constantFrom(...valid)
        .chain((b) => mutate(Buffer.from(b).toString('latin1')).map((s) => Buffer.from(s, 'latin1'))),
    );
    const topic = fc.constantFrom(
      'vakt/v1/H1/alarm',
      'vakt/v1/H1/technical',
      'vakt/v1/H1/heartbeat',
      'vakt/v1/+/alarm',
      'x',
    );
    let forwarded = 0;
    fc.assert(
      fc.property(topic, payload, (t, p) => {
        typedOnly(() => {
          const e = readIncoming('vakt/v1', t, p, config);
          if (e.kind === 'heartbeat' || !e.hub) return;
          const out = outgoingFor(e, e.hub, config);
          encodeMessage({ ...out.build(1, Date.UTC(2026, 0, 1)), encrypted: true }, { key });
          forwarded++;
        });
      }),
      { numRuns: RUNS },
    );
    expect(forwarded).toBeGreaterThan(100); // the fuzz reached the encoder, not just the decoder
  });
});
