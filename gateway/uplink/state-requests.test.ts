import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { v1 } from '../../protocol/uplink/index.ts';
import { EventBus } from '../events.ts';
import type { BrokerLink, BrokerLinkEvents } from './broker-link.ts';
import { StateRequests } from './state-requests.ts';

/** The part of a BrokerLink the answering policy uses: its events, `up`, and the republish act. */
function fakeLink(name = 'primary') {
  const bus = new EventBus<BrokerLinkEvents>();
  const link = Object.assign(bus, {
    name,
    up: true,
    republished: [] as number[],
    republishState: async () => {
      link.republished.push(clock.now());
    },
  });
  return link;
}
let clock = new FakeClock();
const request = (o: { atMs: number; intervalS?: number; spreadS?: number }) =>
  v1.StateRequest.encode({ requester: 'test', ...o }).finish();

function rig() {
  clock = new FakeClock();
  const link = fakeLink();
  const answers = new StateRequests(clock, pino({ level: 'silent' }), () => 0.5);
  answers.watch(link as unknown as BrokerLink);
  return { link, answers };
}

describe('StateRequests', () => {
  it('answers a request once, after a random share of spread_s; the same request again is not re-answered', () => {
    const { link } = rig();
    link.emit('state-request', request({ atMs: 1, spreadS: 10 }));
    clock.advance(4_999);
    expect(link.republished).toHaveLength(0);
    clock.advance(1);
    expect(link.republished).toHaveLength(1);
    // A retained request comes again on every reconnect: not answered twice.
    link.emit('state-request', request({ atMs: 1, spreadS: 10 }));
    clock.advance(60_000);
    expect(link.republished).toHaveLength(1);
    link.emit('state-request', request({ atMs: 2 }));
    clock.advance(0);
    expect(link.republished).toHaveLength(2);
  });

  it('republishes every interval_s (clamped to at least 60 s) while connected, and stops on 0', () => {
    const { link } = rig();
    link.emit('state-request', request({ atMs: 1, intervalS: 5 }));
    clock.advance(0);
    expect(link.republished).toHaveLength(1);
    clock.advance(180_000);
    expect(link.republished).toHaveLength(4); // the answer, then at 60, 120, 180 s
    clock.advance(10_000);
    link.emit('state-request', request({ atMs: 2, intervalS: 0 }));
    clock.advance(0);
    expect(link.republished).toHaveLength(5); // answered; no interval any more
    clock.advance(600_000);
    expect(link.republished).toHaveLength(5);
  });

  it('answers at most once per 5 s whatever arrives, and ignores undecodable requests', () => {
    const { link } = rig();
    for (let i = 1; i <= 50; i++) link.emit('state-request', request({ atMs: i }));
    link.emit('state-request', new Uint8Array([0xff, 0xff, 0xff]));
    clock.advance(4_000);
    expect(link.republished).toHaveLength(1);
  });

  it('stop cancels pending answers and the interval', () => {
    const { link, answers } = rig();
    link.emit('state-request', request({ atMs: 1, intervalS: 60, spreadS: 100 }));
    answers.stop();
    clock.advance(600_000);
    expect(link.republished).toHaveLength(0);
    expect(clock.timerCount).toBe(0);
  });
});
