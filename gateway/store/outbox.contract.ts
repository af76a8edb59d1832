/**
 * The Outbox contract: one suite every implementation passes (run from outbox-sqlite.test.ts and
 * outbox-memory.test.ts). Order by priority then age, idempotent append, receipted rows gone,
 * bounded size without ever dropping an alarm, bookkeeping visible — and, for a durable outbox, a
 * row appended by a process killed with SIGKILL right after `append` returned is there on reopen.
 */
import { describe, expect, it } from 'vitest';
import type { Outbox } from './outbox.ts';
import { type OutboxClass, type OutboxRow, outboxRow } from './rows.ts';

export interface OutboxSubject {
  name: string;
  /** A new, empty outbox. */
  make(): Outbox;
  /**
   * Durable outboxes only: appends `row` in another process, kills it (SIGKILL) once `append`
   * has returned, and opens the outbox again.
   */
  crashAfterAppend?(row: OutboxRow): Promise<Outbox>;
}

let seq = 0;
/** A row of `cls` accepted at `createdAt`, with an event id unique in the run. */
export function contractRow(cls: OutboxClass, createdAt: number, priority = PRIORITY_OF[cls]): OutboxRow {
  const eventId = `c${createdAt.toString(36)}-${++seq}`;
  return outboxRow(eventId, cls, priority, { eventId, hubId: 'H-CONTRACT', rootCause: cls }, createdAt);
}
const PRIORITY_OF: Record<OutboxClass, number> = { alarm: 0, technical: 1, state: 2 };

const ids = (rows: OutboxRow[]) => rows.map((r) => r.eventId);
const none = () => false;

export function outboxContract(subject: OutboxSubject): void {
  describe(`Outbox contract: ${subject.name}`, () => {
    it('hands out rows by priority, then oldest first, leaving out what `skip` excludes', () => {
      const o = subject.make();
      const state = contractRow('state', 1);
      const tech = contractRow('technical', 2);
      const lateAlarm = contractRow('alarm', 4);
      const earlyAlarm = contractRow('alarm', 3);
      for (const r of [state, tech, lateAlarm, earlyAlarm]) expect(o.append(r)).toBe(true);
      expect(ids(o.next(10, none))).toEqual(ids([earlyAlarm, lateAlarm, tech, state]));
      expect(ids(o.next(2, (id) => id === earlyAlarm.eventId))).toEqual(ids([lateAlarm, tech]));
      expect(o.next(0, none)).toEqual([]);
      expect(o.next(1, none)[0]).toEqual(earlyAlarm); // payload and bookkeeping as appended
      expect(o.stats()).toEqual({ depth: 4, oldestAt: 1 });
    });

    it('appends the same event id once', () => {
      const o = subject.make();
      const row = contractRow('alarm', 10);
      expect(o.append(row)).toBe(true);
      expect(o.append({ ...row, createdAt: 11, payload: { eventId: 'changed' } })).toBe(false);
      expect(o.stats().depth).toBe(1);
      expect(o.find(row.eventId)).toEqual(row);
    });

    it('forgets receipted rows, saying when each was accepted; a second receipt finds nothing', () => {
      const o = subject.make();
      const a = contractRow('alarm', 20);
      const b = contractRow('technical', 21);
      o.append(a);
      o.append(b);
      expect(o.receipted([a.eventId, 'never-appended'])).toEqual(new Map([[a.eventId, 20]]));
      expect(o.receipted([a.eventId]).size).toBe(0);
      expect(o.find(a.eventId)).toBeUndefined();
      expect(ids(o.next(10, none))).toEqual([b.eventId]);
      expect(o.stats()).toEqual({ depth: 1, oldestAt: 21 });
      o.receipted([b.eventId]);
      expect(o.stats()).toEqual({ depth: 0, oldestAt: null });
    });

    it('records attempts and SMS marks; only unsent alarms old enough are due for SMS', () => {
      const o = subject.make();
      const old = contractRow('alarm', 30);
      const smsed = contractRow('alarm', 31);
      const young = contractRow('alarm', 50);
      const tech = contractRow('technical', 29);
      for (const r of [old, smsed, young, tech]) o.append(r);
      o.markSent([
        { eventId: old.eventId, attempt: 3 },
        { eventId: 'never-appended', attempt: 1 },
      ]);
      o.markSms(smsed.eventId, 40);
      expect(o.find(old.eventId)?.attempts).toBe(3);
      expect(o.find(smsed.eventId)?.smsAt).toBe(40);
      expect(ids(o.alarmsUnreceiptedSince(45))).toEqual([old.eventId]);
    });

    it('compacts to a bound: lowest class first, oldest first, never an alarm; says how many went', () => {
      const o = subject.make();
      const alarms = [1, 2, 3].map((t) => contractRow('alarm', 100 + t));
      const techOld = contractRow('technical', 90);
      const techNew = contractRow('technical', 120);
      const stateOld = contractRow('state', 80);
      const stateNew = contractRow('state', 130);
      for (const r of [...alarms, techOld, techNew, stateOld, stateNew]) o.append(r);
      expect(o.compact(7)).toBe(0);
      expect(o.compact(4)).toBe(3);
      expect(ids(o.next(10, none))).toEqual(ids([...alarms, techNew]));
      expect(o.compact(1)).toBe(1); // only alarms left: all kept, over the bound
      expect(ids(o.next(10, none))).toEqual(ids(alarms));
      expect(o.compact(1)).toBe(0);
      expect(o.stats().depth).toBe(3);
    });

    const crash = subject.crashAfterAppend?.bind(subject);
    if (crash)
      it('keeps a row appended just before its process was killed (SIGKILL): there on reopen', async () => {
        const row = contractRow('alarm', 200);
        const reopened = await crash(row);
        expect(reopened.find(row.eventId)).toEqual(row);
        expect(ids(reopened.next(10, none))).toEqual([row.eventId]);
      }, 30_000);
  });
}
