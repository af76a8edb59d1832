/** The body of `vakt bridge dc09`: config → Bridge, until a signal stops it. */
import pino from 'pino';
import { VaktError } from '../../protocol/errors.ts';
import { validateRoot } from '../../protocol/uplink/index.ts';
import { brokerOptions } from '../receiver/broker-options.ts';
import { Bridge } from './bridge.ts';
import { loadBridgeConfig } from './config.ts';
import { realClock } from './real-clock.ts';

export async function runBridge(file: string, level = 'info'): Promise<void> {
  const { config, key } = loadBridgeConfig(file);
  validateRoot(config.mqtt.root);
  const m = config.mqtt;
  const { url, options } = brokerOptions({
    broker: m.broker,
    mqttVersion: String(m.mqttVersion),
    // Stable by default: a restarted bridge resumes its session and what the broker queued for it.
    clientId: m.clientId ?? config.receiverId,
    ...(m.username ? { username: m.username } : {}),
    ...(m.passwordFile ? { passwordFile: m.passwordFile } : {}),
    ...(m.ca ? { ca: m.ca } : {}),
    ...(m.cert ? { cert: m.cert } : {}),
    ...(m.key ? { key: m.key } : {}),
  });
  const log = pino(
    { level, base: { bridge: config.receiverId }, redact: ['password', '*.password', 'key'] },
    pino.destination(2),
  );
  const bridge = new Bridge({ config, key, url, mqtt: options, clock: realClock, log });
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  try {
    await bridge.start();
  } catch (err) {
    throw new VaktError(
      'E_BROKER_CONNECT',
      `cannot connect to ${url}: ${(err as Error).message}`,
      'check mqtt.broker, the CA file and the credentials in the bridge config',
    );
  }
  await stopped;
  await bridge.stop();
  log.info({ metrics: bridge.metrics() }, 'bridge stopped');
  process.stderr.write(`vakt bridge dc09: ${JSON.stringify(bridge.stats)}\n`);
}
