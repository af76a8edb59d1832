/** The body of `vakt receive`: options → Receiver, until a signal stops it. */
import pino from 'pino';
import { VaktError } from '../../protocol/errors.ts';
import { validateRoot } from '../../protocol/uplink/index.ts';
import { type BrokerFlags, brokerOptions } from './broker-options.ts';
import { Receiver } from './receiver.ts';

export interface ReceiveFlags extends BrokerFlags {
  root: string;
  share?: string;
  store: string;
  exec?: string;
  json?: boolean;
}

export async function runReceiver(f: ReceiveFlags): Promise<void> {
  const { url, options } = brokerOptions(f);
  validateRoot(f.root);
  const log = pino(
    { base: { receiver: f.clientId }, redact: ['password', '*.password'] },
    pino.destination(2),
  );
  const receiver = new Receiver({
    url,
    mqtt: options,
    root: f.root,
    ...(f.share ? { shareGroup: f.share } : {}),
    storeDir: f.store,
    receiverId: f.clientId ?? 'vakt-receiver',
    ...(f.exec ? { exec: f.exec } : {}),
    json: !!f.json,
    out: (line) => process.stdout.write(`${line}\n`),
    log,
  });
  // Signal handlers before the receiver announces itself, so an early stop is still clean.
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  try {
    await receiver.start();
  } catch (err) {
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
