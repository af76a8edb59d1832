/**
 * An event the broker took but nobody heard. An MQTT 5 broker answers a QoS 1 PUBLISH that
 * matched no subscription with PUBACK reason 0x10 "No matching subscribers" (mosquitto does;
 * shared subscriptions count): no platform receiver is subscribed — typically for the second
 * after a broker restart, before the receivers are back — so no receipt can come, and waiting
 * out the receipt timeout (10 s) only makes the alarm late. Such an event is resent soon instead,
 * after a full-jitter delay under a ceiling of 0.5 s, 1 s, then 2 s (never above the receipt
 * timeout), ten times; after that every receipt timeout, as before: quickly while the receivers
 * come back, and at most ten extra copies when none is there for long. An alarm's ceiling stops
 * at 1 s and it gets twenty quick tries (the same ~9 s of cover): once a receiver is back, the
 * alarm goes within a second, not two, at the cost of at most twenty extra copies of each alarm.
 * MQTT 3.1.1 has no reason codes: there every publish counts as heard.
 */
import type { MqttClient } from 'mqtt';
import type { Clock, Timer } from '../../protocol/clock.ts';
import { PRIORITY } from '../store/rows.ts';

export const NO_MATCHING_SUBSCRIBERS = 0x10;
const FIRST_RETRY_MS = 500;
/** The quick retries: ceilings 0.5 s, 1 s, then 2 s, ten in all (about 9 s on average). */
const QUICK_CEILING_MS = 2_000;
const QUICK_TRIES = 10;
/** An alarm's: ceilings 0.5 s, then 1 s, twenty in all (about 9.75 s on average). */
const ALARM_CEILING_MS = 1_000;
const ALARM_QUICK_TRIES = 20;
/** Events remembered at most (a sending window holds ≤ 256; this only bounds a leak). */
const MAX_TRACKED = 10_000;

/**
 * Watches `client`'s PUBACKs; the function returned tells, for the packet id of a publish whose
 * PUBACK has just arrived, whether it matched no subscriber. Every PUBACK overwrites its id's
 * answer, so a reused packet id never inherits an old one.
 */
export function watchUnheard(client: MqttClient): (messageId: number | undefined) => boolean {
  const unheard = new Set<number>();
  client.on('packetreceive', (p) => {
    if (p.cmd !== 'puback' || p.messageId === undefined) return;
    if (p.reasonCode === NO_MATCHING_SUBSCRIBERS) unheard.add(p.messageId);
    else unheard.delete(p.messageId);
  });
  return (id) => id !== undefined && unheard.has(id);
}

/** How long each unheard event waits before its next copy. */
export class UnheardRetry {
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly capMs: number,
    private readonly random: () => number = Math.random,
  ) {}

  /** The delay before resending `eventId` (an alarm's if `alarm`), one doubling further than its last. */
  delayFor(eventId: string, alarm = false): number {
    const n = this.counts.get(eventId) ?? 0;
    if (this.counts.size >= MAX_TRACKED) this.counts.clear();
    this.counts.set(eventId, n + 1);
    // After the quick tries, exactly the receipt timeout again: a platform that stays away gets
    // at most that many more copies of an event than it did before this rule.
    if (n >= (alarm ? ALARM_QUICK_TRIES : QUICK_TRIES)) return this.capMs;
    const ceiling = alarm ? ALARM_CEILING_MS : QUICK_CEILING_MS;
    return this.random() * Math.min(this.capMs, ceiling, FIRST_RETRY_MS * 2 ** n);
  }

  /** The event was receipted (or answered otherwise): its next trouble starts from 500 ms again. */
  forget(eventId: string): void {
    this.counts.delete(eventId);
  }
}

/**
 * The events found unheard while a retry is pending wait for that same retry and are released
 * together, so the window sends them again in outbox order — alarms first — rather than each
 * after its own random delay (which would let a technical alarm overtake an alarm). An alarm that
 * joins a round due later than its own delay brings the round forward: it never waits out a
 * lesser event's longer retry. Each event gets its own handle: cancelling it takes only that
 * event out of the round.
 */
export class UnheardRounds {
  private round: { timer: Timer; members: Map<string, Timer>; dueAt: number } | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly retry: UnheardRetry,
    private readonly release: (members: Array<[eventId: string, handle: Timer]>) => void,
  ) {}

  /**
   * Adds `eventId` (of outbox `priority`; none: not an alarm) to the pending round, or starts one
   * timed by its own retry count.
   */
  add(eventId: string, priority?: number): Timer {
    const alarm = priority === PRIORITY.alarm;
    if (!this.round) this.round = this.schedule(new Map(), this.retry.delayFor(eventId, alarm));
    else if (alarm) {
      const ms = this.retry.delayFor(eventId, true);
      if (this.clock.now() + ms < this.round.dueAt) {
        this.round.timer.cancel();
        this.round = this.schedule(this.round.members, ms);
      }
    }
    const { members } = this.round;
    const handle = { cancel: () => void members.delete(eventId) };
    members.set(eventId, handle);
    return handle;
  }

  /** The event was answered: its next trouble starts from 500 ms again. */
  forget(eventId: string): void {
    this.retry.forget(eventId);
  }

  stop(): void {
    this.round?.timer.cancel();
    this.round = undefined;
  }

  private schedule(members: Map<string, Timer>, ms: number) {
    const timer = this.clock.setTimer(ms, () => {
      if (this.round?.timer === timer) this.round = undefined;
      this.release([...members]);
    });
    return { timer, members, dueAt: this.clock.now() + ms };
  }
}
