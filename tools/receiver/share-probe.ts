/**
 * Checks, rather than assumes, that a broker honours MQTT shared subscriptions (`$share/…`).
 * NATS 2.9 and RabbitMQ 3.10 grant the SUBACK and then deliver nothing, so a receiver group on
 * them silently receives no alarm. The probe: two members join one group on a private topic,
 * PROBES messages are published, and the group must get each exactly once between them.
 * The engine is named from `$SYS/broker/version` when the broker publishes it (mosquitto).
 */
import { randomBytes } from 'node:crypto';
import type { IClientOptions, MqttClient } from 'mqtt';
import { validateRoot } from '../../protocol/uplink/index.ts';
import { connectMqtt, type MqttVersionFlag } from './mqtt-connect.ts';

const PROBES = 6;

export interface ShareProbe {
  honoured: boolean;
  /** e.g. "mosquitto version 2.0.11", or "the broker at URL (engine not announced; MQTT 3.1.1)". */
  engine: string;
  /** What was seen, for the message. */
  detail: string;
}

export async function probeShare(
  url: string,
  options: IClientOptions,
  version: MqttVersionFlag,
  root: string,
  timeoutMs = 3000,
): Promise<ShareProbe> {
  const id = randomBytes(4).toString('hex');
  const member = (n: string) =>
    connectMqtt(
      url,
      { ...options, clientId: `vakt-share-probe-${id}-${n}`, clean: true, reconnectPeriod: 0 },
      version,
    );
  const a = await member('a');
  const b = await member('b').catch(async (err: unknown) => {
    await a.endAsync(true);
    throw err;
  });
  try {
    const engine = await engineName(a, url, timeoutMs);
    const topic = `${validateRoot(root)}/share-probe-${id}/probe`;
    const filter = `$share/vakt-probe-${id}/${topic}`;
    const counts = [0, 0];
    a.on('message', (t) => t === topic && counts[0]!++);
    b.on('message', (t) => t === topic && counts[1]!++);
    const granted = [
      ...(await a.subscribeAsync(filter, { qos: 1 })),
      ...(await b.subscribeAsync(filter, { qos: 1 })),
    ];
    const refused = granted.find((g) => g.qos >= 128);
    if (refused)
      return {
        honoured: false,
        engine,
        detail: `the broker refused the subscription ${filter} (SUBACK 0x${refused.qos.toString(16)})`,
      };
    for (let i = 0; i < PROBES; i++) await a.publishAsync(topic, Buffer.from(`probe ${i}`), { qos: 1 });
    const total = () => counts[0]! + counts[1]!;
    await settle(() => total() >= PROBES, timeoutMs);
    // Give a broker that copies to every member the time to show it.
    await settle(() => total() > PROBES, 300);
    const seen = `${PROBES} probes published, members got ${counts[0]} + ${counts[1]}`;
    if (total() === PROBES) return { honoured: true, engine, detail: seen };
    if (total() === 0)
      return { honoured: false, engine, detail: `${seen}: the SUBACK was granted but nothing arrived` };
    return { honoured: false, engine, detail: `${seen}: not each message exactly once to the group` };
  } finally {
    await Promise.allSettled([a.endAsync(true), b.endAsync(true)]);
  }
}

/** mosquitto publishes its version retained under $SYS; other engines are described by what they speak. */
async function engineName(c: MqttClient, url: string, timeoutMs: number): Promise<string> {
  let version: string | undefined;
  const onMessage = (t: string, p: Buffer) => {
    if (t === '$SYS/broker/version') version = p.toString();
  };
  c.on('message', onMessage);
  try {
    await c.subscribeAsync('$SYS/broker/version', { qos: 0 });
    await settle(() => version !== undefined, Math.min(500, timeoutMs));
    await c.unsubscribeAsync('$SYS/broker/version');
  } catch {
    // A broker may refuse $SYS: then it is simply not named.
  } finally {
    c.off('message', onMessage);
  }
  const speaks = c.options.protocolVersion === 5 ? 'MQTT 5' : 'MQTT 3.1.1 only';
  return version ?? `the broker at ${url} (engine not announced; ${speaks})`;
}

/** Resolves once `done()` holds or after `ms`; polls, as a message count has no event to await. */
function settle(done: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  return new Promise((resolve) => {
    const check = () => (done() || Date.now() >= until ? resolve() : setTimeout(check, 20));
    check();
  });
}
