/**
 * An event the broker took but nobody heard. An MQTT 5 broker answers a QoS 1 PUBLISH that
 * matched no subscription with PUBACK reason 0x10 "No matching subscribers" (mosquitto does;
 * shared subscriptions count): no platform receiver is subscribed — typically for the second
 * after a broker restart, before the receivers are back — so no receipt can come, and waiting
 * out the receipt timeout (10 s) only makes the alarm late. Such an event is resent soon instead,
 * after a full-jitter delay under a ceiling of 0.5 s, 1 s, then 2 s (never above the receipt
 * timeout), ten times; after that every receipt timeout, as before: quickly while the receivers
 * come back, and at most ten extra copies when none is there for long.
 * MQTT 3.1.1 has no reason codes: there every publish counts as heard.
 */
import type { MqttClient } from 'mqtt';
import type { Clock, Timer } from '../../protocol/clock.ts';

export const NO_MATCHING_SUBSCRIBERS = 0x10;
const FIRST_RETRY_MS = 500;
/** The quick retries: ceilings 0.5 s, 1 s, then 2 s, ten in all (about 9 s on average). */
const QUICK_CEILING_MS = 2_000;
const QUICK_TRIES = 10;
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

  /** The delay before resending `eventId`, one doubling further than its last. */
  delayFor(eventId: string): number {
    const n = this.counts.get(eventId) ?? 0;
    if (this.counts.size >= MAX_TRACKED) this.counts.clear();
    this.counts.set(eventId, n + 1);
    // After QUICK_TRIES, exactly the receipt timeout again: a platform that stays away gets at
    // most QUICK_TRIES more copies of an event than it did before this rule.
    if (n >= QUICK_TRIES) return this.capMs;
    return this.random() * Math.min(this.capMs, QUICK_CEILING_MS, FIRST_RETRY_MS * 2 ** n);
  }

  /** The event was receipted (or answered otherwise): its next trouble starts from 500 ms again. */
  forget(eventId: string): void {
    this.counts.delete(eventId);
  }
}

/**
 * The events found unheard while a retry is pending wait for that same retry and are released
 * together, so the window sends them again in outbox order — alarms first — rather than each
 * after its own random delay (which would let a technical alarm overtake an alarm). Each event
 * gets its own handle: cancelling it takes only that event out of the round.
 */
export class UnheardRounds {
  private round: { timer: Timer; members: Map<string, Timer> } | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly retry: UnheardRetry,
    private readonly release: (members: Array<[eventId: string, handle: Timer]>) => void,
  ) {}

  /** Adds `eventId` to the pending round (or starts one, timed by its own retry count). */
  add(eventId: string): Timer {
    if (!this.round) {
      const members = new Map<string, Timer>();
      const timer = this.clock.setTimer(this.retry.delayFor(eventId), () => {
        if (this.round?.timer === timer) this.round = undefined;
        this.release([...members]);
      });
      this.round = { timer, members };
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
}
