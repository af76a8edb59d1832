import { beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import type { DeviceEventFrame, DeviceHeartbeatFrame } from '../../protocol/serial/index.ts';
import type { SimEvent } from '../events.ts';
import { seededRandom } from '../random.ts';
import type { FirmwareContext } from './firmware.ts';
import { Pendant } from './pendant.ts';
import { GIVE_UP_AFTER } from './retransmission.ts';
import { MemorySeqStore } from './seq-store.ts';

type Tx = DeviceEventFrame | DeviceHeartbeatFrame;

function rig(seqStore = new MemorySeqStore()) {
  const clock = new FakeClock();
  const sent: Array<{ at: number; frame: Tx }> = [];
  const events: SimEvent[] = [];
  const ctx: FirmwareContext = {
    clock,
    linkClock: clock,
    random: seededRandom(3),
    air: { transmit: (_d, frame) => sent.push({ at: clock.now(), frame }) },
    seqStore,
    emit: (e) => events.push(e),
  };
  const pendant = new Pendant(ctx, { id: 0xa1, name: 'B1', location: 12 });
  const eventsSent = () =>
    sent.filter((s) => s.frame.kind === 'device_event') as Array<{ at: number; frame: DeviceEventFrame }>;
  return { clock, sent, events, ctx, pendant, eventsSent, seqStore };
}

describe('device firmware (SPEC §5)', () => {
  let r: ReturnType<typeof rig>;
  beforeEach(() => {
    r = rig();
    r.pendant.start();
  });

  it('press sends an alarm-manual event from the pendant with battery, uptime and location', () => {
    r.pendant.press();
    const [tx] = r.eventsSent();
    expect(tx!.frame).toMatchObject({
      deviceId: 0xa1,
      deviceType: 3,
      eventClass: 'alarm',
      statusCode: 10,
      attempt: 0,
      location: 12,
      battery: 100,
    });
  });

  it('retransmits on the documented schedule (2, 4, 8, 16, then 30 s, ±25 %) with the same seq', () => {
    r.pendant.press();
    r.clock.advance(120_000);
    const tx = r.eventsSent().slice(0, 7);
    expect(new Set(tx.map((t) => t.frame.seq)).size).toBe(1);
    expect(tx.map((t) => t.frame.attempt)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const gaps = tx.slice(1).map((t, i) => t.at - tx[i]!.at);
    expect(gaps[0]).toBe(2000);
    for (const [i, nominal] of [4000, 8000, 16000, 30000, 30000].entries()) {
      expect(gaps[i + 1]).toBeGreaterThanOrEqual(nominal * 0.75);
      expect(gaps[i + 1]).toBeLessThanOrEqual(nominal * 1.25);
    }
  });

  it('gives up an alarm after 60 transmissions and a status event after 10', () => {
    r.pendant.press();
    r.clock.advance(600);
    r.pendant.test();
    r.clock.advance(2 * 3600_000);
    const gaveUp = r.events.filter((e) => e.type === 'gave_up');
    expect(gaveUp.map((e) => e.type === 'gave_up' && [e.eventClass, e.attempts])).toEqual([
      ['alarm', GIVE_UP_AFTER.alarm],
      ['test', GIVE_UP_AFTER.other],
    ]);
  });

  it('stops on ACK, then sends the next waiting event (stop-and-wait)', () => {
    r.pendant.press();
    r.clock.advance(600);
    r.pendant.test();
    expect(r.eventsSent()).toHaveLength(1);
    r.pendant.onAck(r.eventsSent()[0]!.frame.seq);
    expect(r.eventsSent().map((t) => t.frame.eventClass)).toEqual(['alarm', 'test']);
    expect(r.events.find((e) => e.type === 'acked')).toMatchObject({ eventClass: 'alarm', attempts: 1 });
  });

  it('puts a new alarm ahead of waiting non-alarm events', () => {
    r.pendant.test();
    r.pendant.setTamper(true);
    r.clock.advance(600);
    r.pendant.press();
    r.pendant.onAck(r.eventsSent()[0]!.frame.seq);
    expect(r.eventsSent().map((t) => t.frame.statusCode)).toEqual([102, 10]);
  });

  it('gives up at once on NAK not_paired, keeps trying on NAK busy', () => {
    r.pendant.press();
    r.pendant.onNak(r.eventsSent()[0]!.frame.seq, 'busy');
    expect(r.events.some((e) => e.type === 'gave_up')).toBe(false);
    r.pendant.onNak(r.eventsSent()[0]!.frame.seq, 'not_paired');
    expect(r.events.find((e) => e.type === 'gave_up')).toMatchObject({ reason: 'not_paired', attempts: 1 });
  });

  it('debounces presses closer than 500 ms', () => {
    r.pendant.press();
    r.clock.advance(100);
    r.pendant.press();
    r.pendant.onAck(r.eventsSent()[0]!.frame.seq);
    expect(r.eventsSent()).toHaveLength(1);
  });

  it('keeps its sequence counter across a battery swap', () => {
    r.pendant.press();
    const first = r.eventsSent()[0]!.frame.seq;
    r.pendant.swapBattery();
    r.clock.advance(1000);
    r.pendant.press();
    expect(r.eventsSent().at(-1)!.frame.seq).toBe(first + 1);
    const again = rig(r.seqStore); // a new firmware instance, same non-volatile store
    again.pendant.start();
    again.pendant.press();
    expect(again.eventsSent()[0]!.frame.seq).toBe(first + 2);
  });

  it('sends heartbeats every period ±10 %, each with a fresh seq and its stated period', () => {
    r.clock.advance(6 * 3600_000);
    const hb = r.sent.filter((s) => s.frame.kind === 'device_heartbeat');
    expect(hb.length).toBeGreaterThanOrEqual(33);
    expect(hb.length).toBeLessThanOrEqual(41);
    const gaps = hb.slice(1).map((h, i) => h.at - hb[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(540_000);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(660_000);
    expect(new Set(hb.map((h) => h.frame.seq)).size).toBe(hb.length);
    expect((hb[0]!.frame as DeviceHeartbeatFrame).period).toBe(600);
  });

  it('reports battery low once per threshold and falls silent when dead', () => {
    const d = rig();
    const p = new Pendant(d.ctx, {
      id: 0xb2,
      name: 'B2',
      location: null,
      battery: { level: 30, drainPerHour: 1 },
    });
    p.start();
    d.clock.advance(24 * 3600_000);
    for (const t of d.eventsSent()) p.onAck(t.frame.seq);
    d.clock.advance(8 * 3600_000);
    const lows = d.events.filter(
      (e) =>
        e.type === 'sent' &&
        e.frame.kind === 'device_event' &&
        e.frame.statusCode === 16 &&
        e.frame.attempt === 0,
    );
    expect(lows).toHaveLength(3); // 25 %, 15 % and 5 %, once each
    p.killBattery();
    const before = d.sent.length;
    d.clock.advance(3 * 3600_000);
    expect(d.sent.length).toBe(before);
  });
});
