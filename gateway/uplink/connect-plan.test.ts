import { describe, expect, it } from 'vitest';
import { ConnectPlan, type ConnectPlanSettings } from './connect-plan.ts';

const NODES = ['mqtt://n1:1883', 'mqtt://n2:1883', 'mqtt://n3:1883'];
const settings = (o: Partial<ConnectPlanSettings> = {}): ConnectPlanSettings => ({
  urls: NODES,
  mqttVersion: 'auto',
  reconnectMinMs: 1000,
  reconnectMaxMs: 30_000,
  nodeJitterMs: 500,
  ...o,
});
const refused = { reached: false, connack: false, reason: 'connect ECONNREFUSED' };
const closedWithoutConnack = { reached: true, connack: false, reason: 'connection closed' };
const badVersion = {
  reached: true,
  connack: true,
  reason: 'Connection refused: Unacceptable protocol version',
};

describe('ConnectPlan', () => {
  it('tries the nodes in order with a short jitter, and backs off only after a whole round failed', () => {
    const plan = new ConnectPlan(settings(), () => 1);
    expect(plan.current.url).toBe(NODES[0]);
    expect(plan.failed(refused)).toMatchObject({ url: NODES[1], delayMs: 500, change: 'next-node' });
    expect(plan.failed(refused)).toMatchObject({ url: NODES[2], delayMs: 500, change: 'next-node' });
    expect(plan.failed(refused)).toMatchObject({ url: NODES[0], delayMs: 1000, change: 'round-failed' });
    plan.failed(refused);
    plan.failed(refused);
    // Second round failed: the exponential backoff's ceiling doubled.
    expect(plan.failed(refused)).toMatchObject({ url: NODES[0], delayMs: 2000 });
  });

  it('a dropped connection moves on to the next node at once, not after failoverAfter', () => {
    const plan = new ConnectPlan(settings(), () => 0.5);
    plan.connected();
    expect(plan.dropped()).toMatchObject({ url: NODES[1], delayMs: 250, change: 'next-node' });
    plan.connected();
    expect(plan.dropped()).toMatchObject({ url: NODES[2] });
  });

  it('one node: the reconnect delay, full jitter within reconnectMin first, then a doubling ceiling', () => {
    const plan = new ConnectPlan(settings({ urls: [NODES[0]!] }), () => 0.5);
    expect(plan.failed(refused)).toEqual({ url: NODES[0], version: 5, delayMs: 500 });
    expect(plan.failed(refused).delayMs).toBe(1000);
  });

  it('the backoff is capped at reconnectMax however many rounds failed', () => {
    const plan = new ConnectPlan(settings({ urls: [NODES[0]!], reconnectMaxMs: 5000 }), () => 1);
    const delays = Array.from({ length: 12 }, () => plan.failed(refused).delayMs);
    expect(delays.slice(0, 4)).toEqual([1000, 2000, 4000, 5000]);
    expect(Math.max(...delays)).toBe(5000);
  });

  it('auto: falls back to 3.1.1 on the same node when the broker closes an MQTT 5 CONNECT without CONNACK (RabbitMQ)', () => {
    const plan = new ConnectPlan(settings(), () => 0);
    expect(plan.failed(closedWithoutConnack)).toEqual({
      url: NODES[0],
      version: 4,
      delayMs: 0,
      change: 'version-fallback',
    });
  });

  it('auto: falls back on "unacceptable protocol version" (NATS, aedes), and stays on 3.1.1 after a refused node', () => {
    const plan = new ConnectPlan(settings(), () => 0);
    expect(plan.failed(badVersion)).toMatchObject({ version: 4, change: 'version-fallback' });
    expect(plan.failed(refused)).toMatchObject({ url: NODES[1], version: 4 });
  });

  it('auto: a broker that said "unacceptable protocol version" is never asked for MQTT 5 again', () => {
    const plan = new ConnectPlan(settings(), () => 0);
    plan.failed(badVersion);
    expect(plan.failed(closedWithoutConnack)).toMatchObject({ url: NODES[1], version: 4 });
    expect(plan.failed(closedWithoutConnack)).toMatchObject({ url: NODES[2], version: 4 });
  });

  it('auto: a node that is down (no TCP) is no reason to change the version', () => {
    const plan = new ConnectPlan(settings(), () => 0);
    expect(plan.failed(refused)).toMatchObject({ version: 5 });
  });

  it('auto: when 3.1.1 is closed without CONNACK too, the version was not the cause: MQTT 5 again', () => {
    const plan = new ConnectPlan(settings(), () => 0);
    plan.failed(closedWithoutConnack);
    expect(plan.failed(closedWithoutConnack)).toMatchObject({ url: NODES[1], version: 5 });
  });

  it('auto: once MQTT 5 was accepted on the path, a close without CONNACK (an overloaded broker) is no reason for 3.1.1', () => {
    const plan = new ConnectPlan(settings({ urls: [NODES[0]!] }), () => 0.5);
    plan.connected(); // on MQTT 5
    plan.dropped();
    const next = plan.failed(closedWithoutConnack);
    expect(next).toMatchObject({ url: NODES[0], version: 5 });
    expect(next.change).toBeUndefined();
    expect(next.delayMs).toBeGreaterThan(0); // the backoff, not an immediate retry on 3.1.1
    // "Unacceptable protocol version" is still an answer about the version.
    expect(plan.failed(badVersion)).toMatchObject({ version: 4, change: 'version-fallback' });
  });

  it('a fixed version never changes', () => {
    for (const [mqttVersion, version] of [
      ['5', 5],
      ['3.1.1', 4],
    ] as const) {
      const plan = new ConnectPlan(settings({ mqttVersion }), () => 0);
      expect(plan.current.version).toBe(version);
      expect(plan.failed(closedWithoutConnack)).toMatchObject({ version, url: NODES[1] });
      expect(plan.failed(badVersion)).toMatchObject({ version });
    }
  });
});
