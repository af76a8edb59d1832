import { describe, expect, it } from 'vitest';
import { type LoadedConfig, parseConfig } from './load.ts';
import { reloadPlan } from './reload-plan.ts';

const BASE = `hub:
  id: H-PLAN
serial:
  port: /dev/ttyUSB0
uplink:
  primary:
    url: mqtts://a.example.org:8883
`;

const load = (extra = '', base = BASE): LoadedConfig =>
  parseConfig(`${base}${extra}`, '/etc/vakt/vakt.yaml', {});

describe('reloadPlan', () => {
  it('names nothing when only the spelling changed (30s vs 30000 ms is the same config)', () => {
    expect(reloadPlan(load(), load('  heartbeatInterval: 60s\n'))).toEqual({ live: [], restart: [] });
  });

  it('applies the broker, heartbeat, supervision and SMS live', () => {
    const next = load(
      '  heartbeatInterval: 30s\nsupervision:\n  missedHeartbeats: 4\nsms:\n  modemPort: /dev/ttyUSB2\n  numbers: ["+4791234567"]\n',
      BASE.replace('a.example.org', 'b.example.org'),
    );
    expect(reloadPlan(load(), next)).toEqual({
      live: ['sms', 'supervision.missedHeartbeats', 'uplink.heartbeatInterval', 'uplink.primary'],
      restart: [],
    });
  });

  it('needs a restart for the serial port, the hub id and the log level', () => {
    const next = load(
      'log:\n  level: debug\n',
      BASE.replace('/dev/ttyUSB0', '/dev/ttyUSB1').replace('H-PLAN', 'H-PLAN-2'),
    );
    expect(reloadPlan(load(), next)).toEqual({ live: [], restart: ['hub.id', 'log.level', 'serial.port'] });
  });

  it('sees a new password behind the same password file', () => {
    const a = load();
    const b = { ...load(), secrets: { primary: 'new' } };
    expect(reloadPlan(a, b)).toEqual({ live: ['uplink.primary.password'], restart: [] });
  });
});
