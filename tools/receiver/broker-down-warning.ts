/**
 * While the broker is down mqtt.js retries every second and reports every failure; a receiver
 * logging each would bury what matters. One warning when a link goes down (with the reason, a
 * refused login explained as every tool explains it), a reminder at most every `remindMs`, and
 * one line when it is back, saying for how long it was down.
 */
import type { Logger } from 'pino';
import { isLoginRefused, type LoginAttempt, loginRefusal } from './login-refusal.ts';

export const REMIND_EVERY_MS = 5 * 60_000;

export class BrokerDownWarning {
  private downSince: number | undefined;
  private lastSaid = 0;
  private failures = 0;

  constructor(
    private readonly link: string,
    private readonly log: Logger,
    private readonly login: LoginAttempt | undefined,
    private readonly now: () => number = Date.now,
    private readonly remindMs = REMIND_EVERY_MS,
  ) {}

  /** A connection error or loss (`err` undefined: the connection dropped without one). */
  failed(err?: Error & { code?: string | number }): void {
    const now = this.now();
    this.failures++;
    const refused = isLoginRefused(err) && this.login ? loginRefusal(this.login) : undefined;
    const reason = refused?.message ?? err?.message ?? 'connection lost';
    const fix = refused?.hint;
    if (this.downSince === undefined) {
      this.downSince = now;
      this.lastSaid = now;
      this.log.warn(
        { link: this.link, reason, ...(fix ? { fix } : {}) },
        'broker unreachable; retrying every second, warning again every 5 min until it is back',
      );
      return;
    }
    if (now - this.lastSaid < this.remindMs) return;
    this.lastSaid = now;
    this.log.warn(
      { link: this.link, downS: Math.round((now - this.downSince) / 1000), attempts: this.failures, reason },
      'broker still unreachable',
    );
  }

  connected(): void {
    if (this.downSince === undefined) return;
    const downS = Math.round((this.now() - this.downSince) / 1000);
    this.log.info({ link: this.link, downS, attempts: this.failures }, 'broker connected again');
    this.downSince = undefined;
    this.failures = 0;
  }
}
