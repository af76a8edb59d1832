/** The body of `vakt receive`: options → Receiver, until a signal stops it; or `--hubs`, once. */
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pino from 'pino';
import { VaktError } from '../../protocol/errors.ts';
import { validateRoot } from '../../protocol/uplink/index.ts';
import { type BrokerFlags, brokerOptions } from './broker-options.ts';
import { formatHubs } from './hubs-report.ts';
import { Receiver } from './receiver.ts';
import { probeShare } from './share-probe.ts';
import { storeFromOption } from './store-option.ts';

export interface ReceiveFlags extends BrokerFlags {
  root: string;
  share?: string;
  store: string;
  exec?: string;
  json?: boolean;
  metricsPort?: string;
  metricsHost: string;
  hubs?: boolean;
  signingKey?: string;
}

function metricsPort(f: ReceiveFlags): number | undefined {
  if (f.metricsPort === undefined) return undefined;
  const port = Number(f.metricsPort);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new VaktError(
      'E_USAGE_PORT',
      `--metrics-port must be an integer between 0 and 65535. Provided value is ${f.metricsPort}`,
    );
  return port;
}


/** The receipt signing key from a PEM PKCS#8 file, or a usage error naming the file. */
export function loadSigningKey(file: string): KeyObject {
  try {
    const key = createPrivateKey(readFileSync(file));
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`a ${key.asymmetricKeyType} key, not Ed25519`);
    return key;
  } catch (err) {
    throw new VaktError(
      'E_RECEIPT_KEY',
      `--signing-key ${file} is not a readable Ed25519 private key (${(err as Error).message})`,
      'give the .key file written by vakt keys generate --platform (PEM, PKCS#8)',
    );
  }
}

export async function runReceiver(f: ReceiveFlags): Promise<void> {
  const log = pino(
    { base: { receiver: f.clientId }, redact: ['password', '*.password'] },
    pino.destination(2),
  );
  const store = storeFromOption(f.store, f.clientId ?? 'vakt-receiver', log);
  if (f.hubs) {
    await store.open();
    try {
      process.stdout.write(`${formatHubs(await store.hubs(Date.now()), !!f.json)}\n`);
    } finally {
      await store.close();
    }
    return;
  }
  const { url, options, mqttVersion } = brokerOptions(f);
  validateRoot(f.root);
  const port = metricsPort(f);
  const signingKey = f.signingKey ? loadSigningKey(f.signingKey) : undefined;
  const receiver = new Receiver({
    url,
    mqtt: options,
    mqttVersion,
    root: f.root,
    ...(f.share ? { shareGroup: f.share } : {}),
    store,
    receiverId: f.clientId ?? 'vakt-receiver',
    ...(f.exec ? { exec: f.exec } : {}),
    ...(port !== undefined ? { metrics: { host: f.metricsHost, port } } : {}),
    ...(signingKey ? { signingKey } : {}),
    json: !!f.json,
    out: (line) => process.stdout.write(`${line}\n`),
    log,
  });
  // Signal handlers before the receiver announces itself, so an early stop is still clean.
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  if (!signingKey)
    log.warn('no --signing-key: receipts are unsigned, and hubs with platform keys will not act on them');
  if (f.share) {
    const probe = await probeShare(url, options, mqttVersion, f.root);
    if (!probe.honoured)
      throw new VaktError(
        'E_SHARE_UNSUPPORTED',
        `--share ${f.share}: ${probe.engine} does not honour shared subscriptions (${probe.detail})`,
        'run one receiver without --share (a standby takes over with the same --client-id), or use an engine that supports $share (docs/platform.md §5: mosquitto, EMQX, HiveMQ, VerneMQ — not NATS 2.9 or RabbitMQ 3.10)',
      );
    log.info({ engine: probe.engine, detail: probe.detail }, 'shared subscriptions honoured');
  }
  try {
    await receiver.start();
  } catch (err) {
    if (err instanceof VaktError) throw err;
    throw new VaktError(
      'E_BROKER_CONNECT',
      `cannot connect to ${url}: ${(err as Error).message}`,
      'check the URL, the CA file and the credentials',
    );
  }
  await stopped;
  await receiver.stop();
  log.info({ stats: receiver.stats }, 'receiver stopped');
  process.stderr.write(`vakt receive: ${JSON.stringify(receiver.stats)}\n`);
}
