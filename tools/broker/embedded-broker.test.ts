import mqtt from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import { type EmbeddedBroker, startEmbeddedBroker } from './embedded-broker.ts';

describe('embedded broker', () => {
  let broker: EmbeddedBroker | undefined;
  afterEach(async () => {
    await broker?.close();
    broker = undefined;
  });

  it('carries a QoS 1 publish between two real clients', async () => {
    broker = await startEmbeddedBroker({ port: 0 });
    const sub = await mqtt.connectAsync(broker.url);
    const pub = await mqtt.connectAsync(broker.url);
    await sub.subscribeAsync('t/1', { qos: 1 });
    const got = new Promise<string>((resolve) => sub.on('message', (_t, p) => resolve(p.toString())));
    await pub.publishAsync('t/1', 'hello', { qos: 1 });
    expect(await got).toBe('hello');
    await Promise.all([sub.endAsync(), pub.endAsync()]);
  });

  it('refuses wrong credentials when credentials are configured', async () => {
    broker = await startEmbeddedBroker({ port: 0, username: 'hub', password: 's3cret' });
    await expect(
      mqtt.connectAsync(broker.url, { username: 'hub', password: 'nope', reconnectPeriod: 0 }),
    ).rejects.toThrow();
    const ok = await mqtt.connectAsync(broker.url, {
      username: 'hub',
      password: 's3cret',
      reconnectPeriod: 0,
    });
    await ok.endAsync();
  });

  it('names the port when it cannot listen', async () => {
    broker = await startEmbeddedBroker({ port: 0 });
    await expect(startEmbeddedBroker({ port: broker.port })).rejects.toMatchObject({
      code: 'E_BROKER_LISTEN',
    });
  });
});
