/**
 * Where and how a broker link connects next: which node of the path's list, which MQTT version,
 * and how long to wait first. Pure (no I/O, no timers) so the policy is tested on its own.
 *
 * - Nodes are tried in order. A failed node gives way to the next one after a short jitter
 *   (up to `nodeJitterMs`), so losing one node of a cluster costs about a connect, not
 *   `failoverAfter`. Only when a whole round has failed does the reconnect backoff apply
 *   (`reconnectDelay`: full jitter, capped at reconnectMax). A connection that was up and
 *   dropped starts at the next node: the one it was on just failed.
 * - `auto` starts with MQTT 5 and falls back to 3.1.1 on the same node at once when the broker
 *   refuses 5 ("unacceptable protocol version": NATS, aedes — final for the path) or closes the
 *   TCP connection without any CONNACK (RabbitMQ 3.10). If 3.1.1 is then closed without a
 *   CONNACK too, that closing was not about the version, and the next try is MQTT 5 again.
 *   Once the path has accepted MQTT 5 (a connection on 5 became usable), a silent close is never
 *   taken for a version refusal: a broker closes connections before CONNACK when it is
 *   overloaded or restarting (a reconnect storm), and a hub that fell back then would stay on
 *   3.1.1 for that connection, without the "nobody subscribed" answer (unheard.ts), so an alarm
 *   sent before the platform's receivers are back would wait out the whole receipt timeout.
 */
import type { MqttVersionSetting } from '../config/broker.ts';
import { reconnectDelay } from './reconnect-delay.ts';

export type MqttProtocolVersion = 4 | 5;

/** How one connection attempt ended without becoming usable. */
export interface AttemptEnd {
  /** The TCP (and TLS) connection was established: the broker itself answered or hung up. */
  reached: boolean;
  /** A CONNACK arrived (accepted or refused). */
  connack: boolean;
  /** The broker's or the socket's reason, for logs. */
  reason: string;
}

export interface NextAttempt {
  url: string;
  version: MqttProtocolVersion;
  delayMs: number;
  /** Why this attempt differs from the last: logged with it. */
  change?: 'version-fallback' | 'next-node' | 'round-failed';
}

export interface ConnectPlanSettings {
  urls: readonly string[];
  mqttVersion: MqttVersionSetting;
  reconnectMinMs: number;
  reconnectMaxMs: number;
  /** The most a switch to the next node waits (jitter), so many hubs do not move at once. */
  nodeJitterMs: number;
}

export class ConnectPlan {
  private index = 0;
  /** The node the current round started on. */
  private roundStart = 0;
  private rounds = 0;
  private version: MqttProtocolVersion;
  /** The broker answered MQTT 5 with "unacceptable protocol version": 3.1.1 from now on. */
  private refused5 = false;
  /** A connection on MQTT 5 became usable on this path: 5 is spoken here. */
  private accepted5 = false;

  constructor(
    private readonly s: ConnectPlanSettings,
    private readonly random: () => number = Math.random,
  ) {
    if (s.urls.length === 0) throw new Error('a broker path needs at least one node address');
    this.version = s.mqttVersion === '3.1.1' ? 4 : 5;
  }

  /** The node and version of the attempt to make now. */
  get current(): { url: string; version: MqttProtocolVersion } {
    return { url: this.s.urls[this.index]!, version: this.version };
  }

  /** A connection became usable: the next trouble starts a fresh round at the next node. */
  connected(): void {
    this.rounds = 0;
    if (this.version === 5) this.accepted5 = true;
  }

  /** A usable connection was lost: move on to the next node after a jitter. */
  dropped(): NextAttempt {
    this.rounds = 0;
    this.roundStart = this.index;
    return this.advance();
  }

  /** An attempt failed before the connection was usable. */
  failed(end: AttemptEnd): NextAttempt {
    if (this.s.mqttVersion === 'auto' && end.reached && !this.refused5) {
      const refused = /unacceptable protocol version/i.test(end.reason);
      if (this.version === 5 && (refused || (!end.connack && !this.accepted5))) {
        this.version = 4;
        // A CONNACK that says so is final for this path; a silent close is only a guess.
        this.refused5 = refused;
        return { ...this.current, delayMs: 0, change: 'version-fallback' };
      }
      if (this.version === 4 && !end.connack) this.version = 5;
    }
    return this.advance();
  }

  private advance(): NextAttempt {
    const n = this.s.urls.length;
    this.index = (this.index + 1) % n;
    if (this.index !== this.roundStart) {
      return { ...this.current, delayMs: this.random() * this.s.nodeJitterMs, change: 'next-node' };
    }
    // Back at the node this round started on: every node failed once, so back off.
    const delayMs = reconnectDelay(this.rounds++, this.s.reconnectMinMs, this.s.reconnectMaxMs, this.random);
    return n > 1 ? { ...this.current, delayMs, change: 'round-failed' } : { ...this.current, delayMs };
  }
}
