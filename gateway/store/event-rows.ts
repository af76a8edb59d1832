/**
 * Builds the outbox row of each kind of event the hub reports, with its event id, without
 * writing anything: what the store commits, and what is forwarded from memory when it cannot.
 */
import type { Clock } from '../../protocol/clock.ts';
import type { DeviceEventFrame } from '../../protocol/serial/index.ts';
import type { vakt } from '../../protocol/uplink/index.ts';
import { deviceEventId, newEventId } from './event-id.ts';
import {
  alarmPayload,
  type DeviceRow,
  type NoticeInput,
  type OutboxRow,
  outboxRow,
  PRIORITY,
  type TechnicalAlarmInput,
  technicalPayload,
  testPayload,
} from './rows.ts';
import type { OpenTechnicalAlarm } from './technical-table.ts';

export class EventRows {
  constructor(
    private readonly hubId: string,
    private readonly clock: Clock,
    private readonly device: (deviceId: number) => DeviceRow | undefined,
  ) {}

  /** Same frame, same id (event-id.ts): on every path, across restarts and repairs. */
  deviceEvent(f: DeviceEventFrame): OutboxRow {
    const now = this.clock.now();
    const eventId = deviceEventId(this.hubId, f);
    const alarm = alarmPayload(this.hubId, f, this.device(f.deviceId), eventId, now);
    const priority = f.eventClass === 'alarm' ? PRIORITY.alarm : PRIORITY.deviceStatus;
    return outboxRow(eventId, 'alarm', priority, alarm, now);
  }

  raised(t: TechnicalAlarmInput): OutboxRow {
    return this.technical(t, 'RAISED', (now) => [now, 0]);
  }

  /** CLEARED, carrying the time the alarm was raised. */
  cleared(open: OpenTechnicalAlarm): OutboxRow {
    const t = { ...open, kind: open.kind as TechnicalAlarmInput['kind'] };
    return this.technical(t, 'CLEARED', (now) => [open.raisedAt, now]);
  }

  notice(t: NoticeInput): OutboxRow {
    const row = this.technical({ ...t, key: '' }, 'NOTICE', (now) => [now, now]);
    if (t.outage) (row.payload as vakt.v1.ITechnicalAlarm).outage = t.outage;
    return row;
  }

  /** A test event (event class TEST) for `deviceId`, 0 meaning the hub itself. */
  test(deviceId: number): OutboxRow {
    const now = this.clock.now();
    const eventId = newEventId(now);
    const device = deviceId ? this.device(deviceId) : undefined;
    const alarm = testPayload(this.hubId, eventId, deviceId, device, now);
    return outboxRow(eventId, 'alarm', PRIORITY.deviceStatus, alarm, now);
  }

  /** `times(now)` gives the report's raised and cleared times (0: not cleared). */
  private technical(
    t: TechnicalAlarmInput,
    state: 'RAISED' | 'CLEARED' | 'NOTICE',
    times: (now: number) => [raisedAt: number, clearedAt: number],
  ): OutboxRow {
    const now = this.clock.now();
    const eventId = newEventId(now);
    const [raisedAt, clearedAt] = times(now);
    const payload = technicalPayload(this.hubId, eventId, t, state, raisedAt, clearedAt);
    return outboxRow(eventId, 'technical', PRIORITY.technical, payload, now);
  }
}
