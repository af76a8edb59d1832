/** A version-2 device (SPEC §4): secured frames, fresh counters, only verified ACK/NAKs heard. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import {
  type DeviceEventFrame,
  type DeviceHeartbeatFrame,
  DeviceKey,
  decodeAll,
  encodeFrame,
  type Frame,
  MemoryCounterState,
  secureFrame,
  verifyFrame,
} from '../../protocol/serial/index.ts';
import type { SimEvent } from '../events.ts';
import { seededRandom } from '../random.ts';
import type { FirmwareContext } from './firmware.ts';
import { simDeviceKey, simInstallCode } from './install-codes.ts';
import { Pendant } from './pendant.ts';
import { FileSeqStore, MemorySeqStore, type SeqStore } from './seq-store.ts';

type Tx = DeviceEventFrame | DeviceHeartbeatFrame;
const ID = 0x00a1b2c3;
const key = new DeviceKey(simDeviceKey(ID));
const otherKey = DeviceKey.fromHex('000102030405060708090A0B0C0D0E0F');

function rig(seqStore: SeqStore = new MemorySeqStore()) {
  const clock = new FakeClock();
  const sent: Tx[] = [];
  const events: SimEvent[] = [];
  const ctx: FirmwareContext = {
    clock,
    linkClock: clock,
    random: seededRandom(5),
    air: { transmit: (_d, frame) => sent.push(frame) },
    seqStore,
    emit: (e) => events.push(e),
  };
  const pendant = new Pendant(ctx, { id: ID, name: 'B1', location: 12, key });
  pendant.start();
  const events_ = () => sent.filter((f): f is DeviceEventFrame => f.kind === 'device_event');
  /** What the dongle hands the device: the frame as decoded from the hub's bytes. */
  const fromHub = (frame: Frame) => {
    const [d] = decodeAll(encodeFrame(frame));
    if (!d || !('frame' in d)) throw new Error('hub frame does not decode');
    pendant.fromHub(d);
  };
  return { clock, sent, pendant, events: events_, fromHub, log: events, seqStore };
}
const rejected = (log: SimEvent[]) => log.filter((e) => e.type === 'rejected');

describe('version-2 device firmware', () => {
  it('secures every transmission, retransmissions included, with strictly increasing counters', () => {
    const r = rig();
    r.pendant.press();
    r.clock.advance(10_000);
    const tx = r.events();
    expect(tx.length).toBeGreaterThanOrEqual(3);
    expect(new Set(tx.map((f) => f.seq)).size).toBe(1);
    const counters = tx.map((f) => f.security!.counter);
    expect(counters).toEqual([...counters].sort((a, b) => a - b));
    expect(new Set(counters).size).toBe(counters.length);
    const hub = new MemoryCounterState();
    for (const f of tx) {
      const v = verifyFrame({ frame: f }, (id) => (id === ID ? key : undefined), hub);
      expect(v.ok).toBe(true);
      if (v.ok) hub.accept(v.deviceId, v.counter);
    }
  });

  it('a forged ACK (wrong key) does not stop retransmission; the real ACK does', () => {
    const r = rig();
    r.pendant.press();
    const seq = r.events()[0]!.seq;
    r.fromHub(secureFrame({ kind: 'ack', deviceId: ID, seq }, otherKey, 1));
    r.fromHub({ kind: 'ack', deviceId: ID, seq }); // version 1: unauthenticated
    r.fromHub({
      kind: 'ack',
      deviceId: ID,
      seq,
      version: 2,
      security: { counter: 7, mic: '0011223344556677' },
    });
    expect(rejected(r.log).map((e) => e.type === 'rejected' && e.code)).toEqual([
      'E_FRAME_MIC',
      'E_FRAME_UNSECURED',
      'E_FRAME_MIC',
    ]);
    r.clock.advance(7_000);
    expect(r.events().length).toBeGreaterThanOrEqual(3); // still retransmitting
    expect(r.log.some((e) => e.type === 'acked')).toBe(false);
    r.fromHub(secureFrame({ kind: 'ack', deviceId: ID, seq }, key, 1));
    expect(r.log.find((e) => e.type === 'acked')).toMatchObject({ deviceId: ID, seq });
  });

  it('a forged NAK not_paired does not make it give up; a replayed real ACK is refused', () => {
    const r = rig();
    r.pendant.press();
    const first = r.events()[0]!.seq;
    r.fromHub(secureFrame({ kind: 'nak', deviceId: ID, seq: first, reason: 'not_paired' }, otherKey, 1));
    expect(r.log.some((e) => e.type === 'gave_up')).toBe(false);
    const realAck = secureFrame({ kind: 'ack', deviceId: ID, seq: first }, key, 5);
    r.fromHub(realAck);
    r.pendant.press();
    r.clock.advance(600);
    r.pendant.press();
    const second = r.events().at(-1)!.seq;
    r.fromHub({ ...realAck, seq: second }); // counter 5 again, seq edited: the MIC fails
    r.fromHub(realAck); // the same bytes again: a replay
    expect(rejected(r.log).map((e) => e.type === 'rejected' && e.code)).toEqual([
      'E_FRAME_MIC',
      'E_FRAME_MIC',
      'E_FRAME_REPLAY',
    ]);
    r.fromHub(secureFrame({ kind: 'ack', deviceId: ID, seq: second }, key, 6));
    expect(r.log.filter((e) => e.type === 'acked')).toHaveLength(2);
  });

  it('keeps both counters across a battery swap, in a file that survives a restart', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vakt-nvm-')), 'nvm.json');
    const r = rig(new FileSeqStore(file));
    r.pendant.press();
    r.fromHub(secureFrame({ kind: 'ack', deviceId: ID, seq: r.events()[0]!.seq }, key, 40));
    const before = r.events().at(-1)!.security!.counter;
    r.clock.advance(1000);
    r.pendant.swapBattery();
    r.pendant.press();
    expect(r.events().at(-1)!.security!.counter).toBe(before + 1);
    r.fromHub(secureFrame({ kind: 'ack', deviceId: ID, seq: r.events().at(-1)!.seq }, key, 40));
    expect(rejected(r.log).map((e) => e.type === 'rejected' && e.code)).toEqual(['E_FRAME_REPLAY']);
    // A new simulator process reading the same file continues after the last counter.
    const again = rig(new FileSeqStore(file));
    again.pendant.press();
    expect(again.events()[0]!.security!.counter).toBe(before + 2);
    expect(new FileSeqStore(file).loadCounters(ID)).toEqual({ tx: before + 2, rx: 40 });
  });

  it('a simulated device has a printable install code that parses to its key', () => {
    expect(simInstallCode(ID)).toMatch(/^([0-9A-F]{4} ){8}[0-9A-F]{4}$/);
    expect(simDeviceKey(ID)).toHaveLength(16);
    expect(simInstallCode(ID)).not.toBe(simInstallCode(ID + 1));
  });
});
