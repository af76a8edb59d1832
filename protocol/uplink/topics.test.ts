import { describe, expect, it } from 'vitest';
import { DEFAULT_ROOT, hubTopics, parseTopic, platformSubscriptions, stateRequestTopic, topicFor } from './topics.ts';

describe('uplink topics', () => {
  it('builds every topic of a hub under the root', () => {
    expect(hubTopics(DEFAULT_ROOT, 'NO-4630-HUB-000123')).toMatchObject({
      alarm: 'vakt/v1/NO-4630-HUB-000123/alarm',
      state: 'vakt/v1/NO-4630-HUB-000123/state',
      receipt: 'vakt/v1/NO-4630-HUB-000123/receipt',
      'command-result': 'vakt/v1/NO-4630-HUB-000123/command-result',
    });
  });

  it('refuses hub ids and roots that would inject wildcards or levels', () => {
    for (const bad of ['+', '#', 'a/b', '', 'a b', '-x', 'x'.repeat(65), 'NO.4630', '$SYS', 'a$b']) {
      expect(() => topicFor(DEFAULT_ROOT, bad, 'alarm')).toThrow(
        expect.objectContaining({ code: 'E_HUB_ID' }),
      );
    }
    for (const bad of ['vakt/+', '/vakt', 'vakt/', '$SYS', 'vakt.v1', 'vakt/v 1', 'vakt/#'])
      expect(() => topicFor(bad, 'H1', 'alarm')).toThrow(expect.objectContaining({ code: 'E_TOPIC_ROOT' }));
  });

  it('puts the state request one level below the root, where no {root}/+/kind subscription matches it', () => {
    expect(stateRequestTopic('vakt/v1')).toBe('vakt/v1/state-request');
    expect(parseTopic('vakt/v1', stateRequestTopic('vakt/v1'))).toBeUndefined();
  });

  it('gives platform subscriptions, shared when asked', () => {
    expect(platformSubscriptions('vakt/v1', ['alarm', 'heartbeat'])).toEqual([
      'vakt/v1/+/alarm',
      'vakt/v1/+/heartbeat',
    ]);
    expect(platformSubscriptions('vakt/v1', ['alarm'], 'centre')).toEqual(['$share/centre/vakt/v1/+/alarm']);
  });

  it('parses our topics and nothing else', () => {
    expect(parseTopic('vakt/v1', 'vakt/v1/H1/alarm')).toEqual({ hubId: 'H1', kind: 'alarm' });
    expect(parseTopic('vakt/v1', 'vakt/v1/H1/alarm/x')).toBeUndefined();
    expect(parseTopic('vakt/v1', 'vakt/v1/H1/unknown')).toBeUndefined();
    expect(parseTopic('vakt/v1', 'other/H1/alarm')).toBeUndefined();
  });
});
