/**
 * Answers the platform's `StateRequest` ({root}/state-request, TOPICS.md): each connected link
 * republishes its ONLINE state after a random delay within the request's `spread_s`, and every
 * `interval_s` after that while connected. This is how a platform on an engine that gives
 * retained messages to exact subscriptions only (RabbitMQ) learns every hub's state.
 *
 * Bounded: one answer per distinct request (`at_ms`) per link, at most one republish per link
 * per MIN_GAP_MS whatever arrives, the interval clamped to 60 s – 24 h, the spread to 10 min.
 * An undecodable request is logged and ignored.
 */
import type { Logger } from 'pino';
import { type Clock, every, type Timer } from '../../protocol/clock.ts';
import { v1 } from '../../protocol/uplink/index.ts';
import type { BrokerLink } from './broker-link.ts';

const MIN_GAP_MS = 5000;
const MIN_INTERVAL_S = 60;
const MAX_INTERVAL_S = 86_400;
const MAX_SPREAD_S = 600;

interface LinkState {
  answeredAt: number;
  lastRequestAt: number | undefined;
  pending: Timer | undefined;
  periodic: Timer | undefined;
}

export class StateRequests {
  private readonly links = new Map<BrokerLink, LinkState>();
  private readonly offs: Array<() => void> = [];
  private intervalS = 0;
  private stopped = false;

  constructor(
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly random: () => number = Math.random,
  ) {}

  /** Starts answering requests that arrive on `link`. */
  watch(link: BrokerLink): void {
    const st: LinkState = {
      answeredAt: -Infinity,
      lastRequestAt: undefined,
      pending: undefined,
      periodic: undefined,
    };
    this.links.set(link, st);
    this.offs.push(
      link.on('state-request', (bytes) => this.onRequest(link, st, bytes)),
      link.on('up', () => this.schedulePeriodic(link, st)),
      link.on('down', () => this.cancel(st)),
    );
  }

  stop(): void {
    this.stopped = true;
    for (const off of this.offs.splice(0)) off();
    for (const st of this.links.values()) this.cancel(st);
  }

  private onRequest(link: BrokerLink, st: LinkState, bytes: Uint8Array): void {
    let req: InstanceType<typeof v1.StateRequest>;
    try {
      req = v1.StateRequest.decode(bytes);
    } catch (err) {
      this.log.warn({ path: link.name, err: (err as Error).message }, 'undecodable state request ignored');
      return;
    }
    const interval =
      req.intervalS === 0 ? 0 : Math.min(MAX_INTERVAL_S, Math.max(MIN_INTERVAL_S, req.intervalS));
    if (interval !== this.intervalS) {
      this.intervalS = interval;
      for (const [l, s] of this.links) this.schedulePeriodic(l, s);
    }
    // A retained request comes again on every connect: the birth has just said the same.
    if (req.atMs === st.lastRequestAt) return;
    st.lastRequestAt = req.atMs;
    if (st.pending) return;
    const delay = this.random() * Math.min(req.spreadS, MAX_SPREAD_S) * 1000;
    this.log.debug(
      { path: link.name, requester: req.requester, delayMs: Math.round(delay) },
      'state requested',
    );
    st.pending = this.clock.setTimer(delay, () => {
      st.pending = undefined;
      this.answer(link, st);
    });
  }

  private schedulePeriodic(link: BrokerLink, st: LinkState): void {
    st.periodic?.cancel();
    st.periodic = undefined;
    if (this.stopped || this.intervalS === 0 || !link.up) return;
    st.periodic = every(this.clock, this.intervalS * 1000, () => this.answer(link, st));
  }

  private answer(link: BrokerLink, st: LinkState): void {
    const now = this.clock.now();
    if (this.stopped || !link.up || now - st.answeredAt < MIN_GAP_MS) return;
    st.answeredAt = now;
    link.republishState().catch((err: Error) => {
      this.log.warn({ path: link.name, err: err.message }, 'state not republished');
    });
  }

  private cancel(st: LinkState): void {
    st.pending?.cancel();
    st.periodic?.cancel();
    st.pending = undefined;
    st.periodic = undefined;
  }
}
