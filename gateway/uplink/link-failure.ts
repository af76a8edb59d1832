/**
 * A broker path's run of failed connection attempts: each one logged at warn with its reason,
 * node and MQTT version (one line per attempt, so the backoff bounds the rate), and the run's
 * start kept so the uplink can raise the technical alarm once it lasts past its deadline.
 */
import type { Logger } from 'pino';
import type { AttemptEnd, MqttProtocolVersion, NextAttempt } from './connect-plan.ts';

/** Why the path is not connected, since when, after how many failed attempts. */
export interface LinkFailure {
  reason: string;
  since: number;
  attempts: number;
}

export class FailureRun {
  private run: LinkFailure | undefined;

  constructor(
    private readonly path: string,
    private readonly log: Logger,
  ) {}

  get current(): LinkFailure | undefined {
    return this.run;
  }

  /** The path connected: the run is over. */
  connected(): void {
    this.run = undefined;
  }

  /** A usable connection was lost: a run starts now, with no failed attempt yet. */
  dropped(reason: string, now: number): void {
    this.run ??= { reason, since: now, attempts: 0 };
  }

  attemptFailed(
    node: string,
    version: MqttProtocolVersion,
    end: AttemptEnd,
    next: NextAttempt,
    now: number,
  ): void {
    const reason = end.reached && !end.connack ? `${end.reason} (closed without CONNACK)` : end.reason;
    this.run = { reason, since: this.run?.since ?? now, attempts: (this.run?.attempts ?? 0) + 1 };
    this.log.warn(
      {
        path: this.path,
        node,
        mqttVersion: version === 5 ? '5' : '3.1.1',
        reason,
        failures: this.run.attempts,
        next: next.change === 'version-fallback' ? `${next.url} with MQTT 3.1.1` : next.url,
        delayMs: Math.round(next.delayMs),
      },
      'broker connect failed',
    );
  }
}
