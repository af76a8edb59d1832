/**
 * One simulated hub of `vakt fleet`: the hub's real uplink stage (gateway/uplink: broker link with
 * birth/death and capped, jittered reconnect; the sending window; receipts; heartbeats) over the
 * in-memory Outbox, with its own MQTT connection and credentials. It raises events straight into
 * its outbox, as ingest would after a device's frame, and times each until its Receipt. It runs
 * the hub's automatic test alarm (gateway/uplink/test-alarm-schedule.ts, the real TestAlarm and
 * schedule); its phase is kept in memory across `stop`/`start`, as a hub keeps it on disk.
 */
import type { Logger } from 'pino';
import { EventBus } from '../../gateway/events.ts';
import { newEventId } from '../../gateway/store/event-id.ts';
import { MemoryOutbox } from '../../gateway/store/memory-outbox.ts';
import type { UplinkState } from '../../gateway/store/outbox.ts';
import { outboxRow, PRIORITY, testPayload } from '../../gateway/store/rows.ts';
import type { StoreEvents } from '../../gateway/store/store-events.ts';
import { TestAlarm } from '../../gateway/uplink/test-alarm.ts';
import { TestAlarmSchedule } from '../../gateway/uplink/test-alarm-schedule.ts';
import { Uplink, type UplinkEvents, type UplinkSettings } from '../../gateway/uplink/uplink.ts';
import type { Clock, Timer } from '../../protocol/clock.ts';
import { v1 } from '../../protocol/uplink/index.ts';

export type FleetLane = 'alarm' | 'technical' | 'test';

export interface FleetHubEvents {
  /** An event of `lane` went into the outbox (raised by the run, or the automatic test alarm). */
  raised(lane: FleetLane): void;
  /** An automatic test alarm got no receipt by its deadline (TEST_ALARM_FAILED). */
  testAlarmFailed(): void;
  /**
   * An event of `lane` raised at `raisedAt` was receipted at `at`; `upAt`: when this hub's
   * current connection came up (the event could not go out before).
   */
  receipted(lane: FleetLane, raisedAt: number, at: number, upAt: number): void;
  /** An event of `lane` was taken by the broker but heard by no receiver: it is resent soon. */
  unheard(lane: FleetLane): void;
  /** The hub's uplink came up (`downFor`: ms since it went down; null on the first connect). */
  up(hub: FleetHub, downFor: number | null): void;
  down(hub: FleetHub): void;
}

/** Held per hub at most: a simulated hub has no disk, and a fleet of 10,000 must fit in memory. */
const OUTBOX_MAX = 1_000;

export class FleetHub {
  private readonly bus = new EventBus<StoreEvents>();
  private readonly outbox = new MemoryOutbox(() => this.bus.emit('outbox'), OUTBOX_MAX);
  private readonly raised = new Map<string, { lane: FleetLane; at: number }>();
  private uplink: Uplink | undefined;
  private schedule: TestAlarmSchedule | undefined;
  private testAlarm: TestAlarm | undefined;
  private readonly receipts = new EventBus<UplinkEvents>();
  private phase: number | undefined;
  private restart: Timer | undefined;
  private bdSeq = 0;
  private seq = 0;
  private downAt: number | null = null;
  private everUp = false;
  private upAt = 0;
  connected = false;

  constructor(
    readonly hubId: string,
    private readonly settings: UplinkSettings,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly on: FleetHubEvents,
    /** The automatic test alarm's interval (0: none). */
    private readonly testAlarmIntervalMs = 0,
  ) {}

  get pending(): number {
    return this.outbox.size;
  }

  start(): void {
    const state: UplinkState = {
      pending: this.outbox,
      events: this.bus,
      notice: (t) => {
        const id = newEventId(this.clock.now());
        if (t.kind === 'TEST_ALARM_FAILED') this.on.testAlarmFailed();
        this.log.debug({ hubId: this.hubId, kind: t.kind }, 'notice not simulated');
        return id;
      },
      openTechnicalAlarms: () => [],
    };
    const uplink = new Uplink(
      state,
      this.settings,
      { nextBdSeq: () => ++this.bdSeq, state: () => ({ softwareVersion: 'vakt-fleet' }) },
      this.clock,
      this.log,
    );
    uplink.on('receipted', (eventId) => {
      const r = this.raised.get(eventId);
      if (!r) return;
      this.raised.delete(eventId);
      this.on.receipted(r.lane, r.at, this.clock.now(), this.upAt);
    });
    uplink.on('unheard', (eventId) => {
      const r = this.raised.get(eventId);
      if (r) this.on.unheard(r.lane);
    });
    uplink.on('path', (path) => this.onPath(path !== undefined));
    this.uplink = uplink;
    uplink.start();
    this.startTestAlarms(uplink, state);
  }

  async stop(): Promise<void> {
    this.restart?.cancel();
    this.restart = undefined;
    this.schedule?.stop();
    this.schedule = undefined;
    const u = this.uplink;
    this.uplink = undefined;
    await u?.stop();
    if (this.connected) this.onPath(false);
  }

  /** A network outage of this hub alone: its uplink goes away for `ms`, then starts again. */
  async cut(ms: number): Promise<void> {
    await this.stop();
    this.restart = this.clock.setTimer(ms, () => {
      this.restart = undefined;
      if (!this.uplink) this.start();
    });
  }

  /** Raises one event into the outbox, as ingest would; it goes out at once when connected. */
  raise(lane: FleetLane): string {
    const now = this.clock.now();
    const eventId = newEventId(now);
    this.seq = (this.seq + 1) & 0xffff;
    if (lane === 'technical') {
      const t = {
        eventId,
        hubId: this.hubId,
        kind: v1.TechnicalKind.TECHNICAL_KIND_MAINS_FAIL,
        state: v1.TechnicalState.TECHNICAL_STATE_RAISED,
        rootCause: 'mains power lost (simulated by vakt fleet)',
        suggestedAction: 'none: a load test',
        raisedAtMs: now,
      };
      this.outbox.append(outboxRow(eventId, 'technical', PRIORITY.technical, t, now));
    } else {
      const test = lane === 'test';
      const a = {
        eventId,
        hubId: this.hubId,
        deviceId: 0x00a1b2c3,
        deviceType: 3,
        statusCode: test ? 102 : 10,
        eventClass: test ? v1.EventClass.EVENT_CLASS_TEST : v1.EventClass.EVENT_CLASS_ALARM,
        priority: test ? 5 : 1,
        location: { code: 12, text: 'pendant' },
        deviceSeq: this.seq,
        hubReceivedAtMs: now,
      };
      this.outbox.append(outboxRow(eventId, 'alarm', test ? PRIORITY.deviceStatus : PRIORITY.alarm, a, now));
    }
    this.tracked(eventId, lane, now);
    return eventId;
  }

  /** The automatic test alarm: the hub's own TEST event, exactly as `HubStore.testEvent(0)` makes it. */
  private hubTest(): string {
    const now = this.clock.now();
    const eventId = newEventId(now);
    const payload = testPayload(this.hubId, eventId, 0, undefined, now);
    this.outbox.append(outboxRow(eventId, 'alarm', PRIORITY.deviceStatus, payload, now));
    this.tracked(eventId, 'test', now);
    return eventId;
  }

  private tracked(eventId: string, lane: FleetLane, at: number): void {
    this.raised.set(eventId, { lane, at });
    this.on.raised(lane);
  }

  private startTestAlarms(uplink: Uplink, state: UplinkState): void {
    // Receipts reach the test alarm through `receipts`, which outlives this uplink: a test sent
    // before a restart and receipted after it is not a failure (a real hub forgets the wait).
    uplink.on('receipted', (id, info) => this.receipts.emit('receipted', id, info));
    if (!this.testAlarm) {
      const store = { testEvent: () => this.hubTest(), notice: state.notice };
      const hub = this;
      const source = {
        on: this.receipts.on.bind(this.receipts),
        get activePath() {
          return hub.uplink?.activePath;
        },
      };
      this.testAlarm = new TestAlarm(store, source, this.clock, this.log);
    }
    const alarm = this.testAlarm;
    const phases = { testAlarmPhase: (draw: () => number) => (this.phase ??= draw()) };
    const send = (ms: number) => alarm.send(0, ms);
    this.schedule = new TestAlarmSchedule(send, phases, this.testAlarmIntervalMs, this.clock, this.log);
    this.schedule.start();
  }

  private onPath(up: boolean): void {
    if (up === this.connected) return;
    this.connected = up;
    const now = this.clock.now();
    if (up) {
      this.on.up(this, this.everUp && this.downAt !== null ? now - this.downAt : null);
      this.everUp = true;
      this.downAt = null;
      this.upAt = now;
    } else {
      this.downAt = now;
      this.on.down(this);
    }
  }
}
