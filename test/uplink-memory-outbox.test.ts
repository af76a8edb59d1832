/**
 * The real uplink (broker link, sending window, receipts) over the in-memory Outbox, with no
 * SQLite anywhere: what a fleet simulator runs. Every alarm reaches the platform once and the
 * outbox empties as receipts come back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SystemClock } from '../gateway/clock/system-clock.ts';
import { EventBus } from '../gateway/events.ts';
import { MemoryOutbox } from '../gateway/store/memory-outbox.ts';
import type { UplinkState } from '../gateway/store/outbox.ts';
import { outboxRow } from '../gateway/store/rows.ts';
import type { StoreEvents } from '../gateway/store/store-events.ts';
import { newEventId } from '../gateway/store/event-id.ts';
import { Uplink } from '../gateway/uplink/uplink.ts';
import { v1 } from '../protocol/uplink/index.ts';
import { startEmbeddedBroker } from '../tools/broker/embedded-broker.ts';
import { freePort } from './support/free-port.ts';
import { waitFor } from './support/wait-for.ts';
import { HUB, platform, quiet, uplinkSettings } from './support/uplink-rig.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

describe('uplink over the in-memory outbox', () => {
  it('delivers 200 alarms exactly once and empties the outbox, without SQLite', async () => {
    const broker = await startEmbeddedBroker({ port: await freePort() });
    cleanup.push(() => broker.close().catch(() => {}));
    const p = await platform(broker.url);
    cleanup.push(() => p.r.stop());

    const bus = new EventBus<StoreEvents>();
    const pending = new MemoryOutbox(() => bus.emit('outbox'), 10_000);
    const state: UplinkState = {
      pending,
      events: bus,
      notice: () => newEventId(Date.now()),
      openTechnicalAlarms: () => [],
    };
    let bdSeq = 0;
    const clock = new SystemClock();
    const uplink = new Uplink(
      state,
      uplinkSettings(broker.url),
      { nextBdSeq: () => bdSeq++, state: () => ({ softwareVersion: 'test' }) },
      clock,
      quiet,
    );
    uplink.start();
    cleanup.push(() => uplink.stop());

    const ids: string[] = [];
    for (let i = 0; i < 200; i++) {
      const now = clock.now();
      const eventId = newEventId(now);
      const alarm = {
        eventId,
        hubId: HUB,
        deviceId: 0x00a1b2c3,
        deviceType: 3,
        statusCode: 10,
        eventClass: v1.EventClass.EVENT_CLASS_ALARM,
        priority: 1,
        location: { code: 0, text: '' },
        deviceSeq: i + 1,
        hubReceivedAtMs: now,
      };
      pending.append(outboxRow(eventId, 'alarm', 0, alarm, now));
      ids.push(eventId);
    }
    await waitFor(() => pending.stats().depth === 0, { ms: 30_000, what: 'the in-memory outbox to drain' });
    const seen = p.handled().map((e) => e.eventId);
    expect(new Set(seen)).toEqual(new Set(ids));
    expect(seen).toHaveLength(ids.length);
  }, 60_000);
});
