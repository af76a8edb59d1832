import { describe, expect, it } from 'vitest';
import { receiveBanner } from './receive-banner.ts';

describe("vakt receive's banner", () => {
  it('says broker, group, store and receipts in plain text', () => {
    const text = receiveBanner({
      url: 'mqtts://broker.example:8883',
      mqttVersion: 'auto',
      clientId: 'centre-1',
      username: 'centre',
      root: 'vakt/v1',
      share: 'centre',
      store: 'postgres://centre@db.example/vakt',
      signingKey: '/etc/vakt-platform/vakt-platform.key',
    });
    expect(text).toBe(
      [
        'vakt receive',
        '  broker   mqtts://broker.example:8883 (MQTT auto, user centre, client id centre-1)',
        '  group    centre — receivers sharing this group split the events ($share/centre/vakt/v1/…)',
        '  store    postgres://centre@db.example/vakt (events and hub state in PostgreSQL)',
        '  receipts signed with /etc/vakt-platform/vakt-platform.key',
        'Ctrl-C stops.',
        '',
      ].join('\n'),
    );
    expect(text).not.toContain('\u001b[');
  });

  it('one receiver, a file store, unsigned receipts: said so', () => {
    const text = receiveBanner({
      url: 'mqtt://127.0.0.1:1883',
      mqttVersion: 'auto',
      clientId: 'r',
      root: 'vakt/v1',
      store: '.vakt-receiver',
    });
    expect(text).toMatch(/group {4}none — this receiver takes every event under vakt\/v1\//);
    expect(text).toMatch(/store {4}\.vakt-receiver\/ \(handled event ids/);
    expect(text).toMatch(/anonymous/);
    expect(text).toMatch(/receipts unsigned — hubs configured with platform keys will not act on them/);
  });
});
