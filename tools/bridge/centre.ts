/**
 * The alarm receiving centre as the bridge sees it: a main and an optional backup receiver
 * address. `deliver` sends one message and interprets the reply — ACK/RSP delivered, NAK: take
 * the receiver's clock and retry, DUH: rejected, garbage or silence: retry, then the backup, then
 * give up (the caller sends no receipt, so the hub keeps the event). Link state per address.
 */
import { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import type { Clock } from '../../protocol/clock.ts';
import { Dc09Error, type Dc09Message, encodeMessage, parseReply } from '../../protocol/dc09/index.ts';
import type { CentreLink } from './centre-link.ts';

export type Outcome =
  | { result: 'ack'; link: string; attempts: number }
  | { result: 'duh'; link: string; reason: string }
  | { result: 'failed'; reason: string };

export interface LinkState {
  name: string;
  up: boolean | undefined;
  lastOkAtMs: number;
  lastError: string;
}

export interface CentreStats {
  frames: number;
  acks: number;
  naks: number;
  duhs: number;
  noAnswer: number;
  badReplies: number;
}

export interface CentreOptions {
  attempts: number;
  replyTimeoutMs: number;
  key: Buffer | undefined;
  clock: Clock;
  log: Logger;
}

/** Builds the message to send with this sequence number and (receiver-corrected) time. */
export type Build = (seq: number, timeMs: number) => Omit<Dc09Message, 'encrypted'>;

/** Resends after a NAK with the receiver's time that do not count as attempts. */
const MAX_CLOCK_RETRIES = 2;

export class Centre extends EventEmitter<{ link: [LinkState] }> {
  readonly stats: CentreStats = { frames: 0, acks: 0, naks: 0, duhs: 0, noAnswer: 0, badReplies: 0 };
  /** Receiver clock minus ours, learnt from the last NAK. */
  offsetMs = 0;
  private seq = 0;
  readonly states: Map<CentreLink, LinkState>;

  constructor(
    readonly links: CentreLink[],
    private readonly o: CentreOptions,
  ) {
    super();
    this.states = new Map(
      links.map((l) => [l, { name: l.name, up: undefined, lastOkAtMs: 0, lastError: '' }]),
    );
  }

  /** True when some address answered recently enough to trust it. */
  isUp(): boolean {
    return [...this.states.values()].some((s) => s.up === true);
  }

  /** One message, main address first, then the backup. */
  async deliver(build: Build): Promise<Outcome> {
    const seq = this.nextSeq();
    let reason = 'no receiver address';
    for (const link of this.links) {
      const out = await this.deliverOn(link, seq, build);
      if (out.result !== 'failed') return out;
      reason = out.reason;
    }
    return { result: 'failed', reason };
  }

  /** One message on one address (link tests supervise each address on its own). */
  async deliverOn(link: CentreLink, seq: number, build: Build): Promise<Outcome> {
    let reason = '';
    let clockRetries = 0;
    for (let attempt = 1; attempt <= this.o.attempts; attempt++) {
      const msg: Dc09Message = { ...build(seq, this.o.clock.now() + this.offsetMs), encrypted: !!this.o.key };
      this.stats.frames++;
      let frame: string;
      try {
        frame = await link.request(encodeMessage(msg, { key: this.o.key }), this.o.replyTimeoutMs);
      } catch (err) {
        this.stats.noAnswer++;
        reason = (err as Error).message;
        continue;
      }
      try {
        const reply = parseReply(frame, msg, { keyFor: () => this.o.key });
        this.mark(link, true, '');
        if (reply.kind === 'ACK' || reply.kind === 'RSP') {
          this.stats.acks++;
          return { result: 'ack', link: link.name, attempts: attempt };
        }
        if (reply.kind === 'DUH') {
          this.stats.duhs++;
          return {
            result: 'duh',
            link: link.name,
            reason: `centre answered DUH (not understood) on ${link.name}`,
          };
        }
        this.stats.naks++;
        reason = `NAK from ${link.name}`;
        if (reply.kind === 'NAK' && reply.receiverTimeMs !== undefined) {
          this.offsetMs = reply.receiverTimeMs - this.o.clock.now();
          this.o.log.warn(
            { link: link.name, offsetMs: this.offsetMs },
            'NAK: correcting for the receiver clock',
          );
          // A corrected resend is not a failed attempt; twice at most, so a centre that NAKs
          // everything still ends in "failed" and the hub keeps the event.
          if (clockRetries++ < MAX_CLOCK_RETRIES) attempt--;
        }
      } catch (err) {
        if (!(err instanceof Dc09Error)) throw err;
        this.stats.badReplies++;
        reason = `${link.name} answered garbage: ${err.code} ${err.message}`;
        this.o.log.warn(
          { link: link.name, code: err.code, err: err.message },
          'unusable reply from the centre',
        );
      }
    }
    this.mark(link, false, reason);
    return { result: 'failed', reason };
  }

  nextSeq(): number {
    this.seq = (this.seq % 9999) + 1;
    return this.seq;
  }

  close(): void {
    for (const l of this.links) l.close();
  }

  private mark(link: CentreLink, up: boolean, error: string): void {
    const s = this.states.get(link)!;
    const changed = s.up !== up;
    s.up = up;
    if (up) s.lastOkAtMs = this.o.clock.now();
    else s.lastError = error;
    if (changed) this.emit('link', { ...s });
  }
}
