/**
 * `npm run engines-matrix`: measures, on real engines started here on free loopback ports, what
 * docs/platform.md's engine table says — MQTT version reached by `auto`, MQTT 5 properties,
 * `$share`, retained messages to wildcard subscribers, last will, persistent sessions, and
 * whether a topic level with "." is carried — and prints the table as Markdown. Engines whose
 * package is missing are listed as not measured. Paste the output into docs/platform.md.
 */
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import { startEmbeddedBroker } from '../tools/broker/embedded-broker.ts';
import { connectMqtt } from '../tools/receiver/mqtt-connect.ts';
import { probeShare } from '../tools/receiver/share-probe.ts';
import { Mosquitto } from './support/mosquitto.ts';
import { NatsCluster } from './support/nats-cluster.ts';
import { RabbitMq } from './support/rabbitmq.ts';
import { toolMissing } from './support/system-tools.ts';

type Row = Record<string, string>;
const id = () => Math.random().toString(16).slice(2, 8);
const quick = (url: string, o: IClientOptions = {}) =>
  connectMqtt(url, { clientId: `matrix-${id()}`, reconnectPeriod: 0, ...o }, 'auto');

function received(c: MqttClient, topic: string, ms: number): Promise<mqtt.IPublishPacket | undefined> {
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(undefined), ms);
    c.on('message', (tp, _p, packet) => {
      if (tp === topic) {
        clearTimeout(t);
        resolve(packet);
      }
    });
  });
}

async function measure(url: string): Promise<Row> {
  const row: Row = {};
  const a = await quick(url);
  row.version = a.options.protocolVersion === 5 ? 'MQTT 5' : '3.1.1 (auto fell back)';
  const root = `vakt/m${id()}`;
  // MQTT 5 properties reach a subscriber.
  if (a.options.protocolVersion === 5) {
    const t = `${root}/H-1/alarm`;
    await a.subscribeAsync(t, { qos: 1 });
    const got = received(a, t, 2000);
    await a.publishAsync(t, 'x', {
      qos: 1,
      properties: { contentType: 'application/x-protobuf', userProperties: { 'vakt-hub': 'H-1' } },
    });
    const p = await got;
    row.props = p?.properties?.userProperties?.['vakt-hub'] === 'H-1' ? '✔' : '✘ dropped';
  } else row.props = '— (3.1.1)';
  const share = await probeShare(url, {}, 'auto', root, 3000);
  row.share = share.honoured ? '✔' : `✘ ${share.detail.replace(/^.*members got /, '')}`;
  // Retained to a wildcard subscriber that comes later.
  await a.publishAsync(`${root}/H-2/state`, 'online', { qos: 1, retain: true });
  const late = await quick(url);
  const lateGot = received(late, `${root}/H-2/state`, 2000);
  await late.subscribeAsync(`${root}/+/state`, { qos: 1 });
  row.retained = (await lateGot) ? '✔' : '✘ none';
  // Will on an abrupt close.
  const willTopic = `${root}/H-3/state`;
  const willGot = received(late, willTopic, 5000);
  await late.subscribeAsync(willTopic, { qos: 1 });
  const dying = await quick(url, {
    will: { topic: willTopic, payload: Buffer.from('offline'), qos: 1, retain: false },
  });
  dying.stream.destroy();
  row.will = (await willGot) ? '✔' : '✘';
  // Persistent session: a QoS 1 message published while the subscriber is away.
  const sid = `matrix-s-${id()}`;
  const s1 = await quick(url, { clientId: sid, clean: false, properties: { sessionExpiryInterval: 600 } });
  await s1.subscribeAsync(`${root}/H-4/receipt`, { qos: 1 });
  await s1.endAsync();
  await a.publishAsync(`${root}/H-4/receipt`, 'r', { qos: 1 });
  const s2 = mqtt.connect(url, {
    clientId: sid,
    clean: false,
    protocolVersion: s1.options.protocolVersion,
    ...(s1.options.protocolVersion === 5 ? { properties: { sessionExpiryInterval: 600 } } : {}),
    reconnectPeriod: 0,
  });
  row.session = (await received(s2, `${root}/H-4/receipt`, 3000)) ? '✔' : '✘';
  // A "." in a topic level (hub ids used to allow it).
  const dotted = `${root}/NO.4630/alarm`;
  const dotGot = received(late, dotted, 2000);
  await late.subscribeAsync(`${root}/+/alarm`, { qos: 1 });
  const dot = await a
    .publishAsync(dotted, 'x', { qos: 1 })
    .then(async () => ((await dotGot) ? '✔ delivered' : '✘ acknowledged, never delivered'))
    .catch((e: Error) => `✘ ${e.message}`);
  row.dot = a.connected ? dot : '✘ connection closed';
  await Promise.allSettled([a, late, s2].map((c) => c.endAsync(true)));
  return row;
}

const COLUMNS: Array<[string, string]> = [
  ['version', '`auto` connects with'],
  ['props', 'MQTT 5 properties'],
  ['share', '`$share` (2 members, 6 probes)'],
  ['retained', 'retained → late `+` subscriber'],
  ['will', 'will on abrupt close'],
  ['session', 'persistent session (QoS 1 while away)'],
  ['dot', '`.` in a topic level'],
];

async function main(): Promise<void> {
  const results: Array<[string, Row | string]> = [];
  const run = async (
    name: string,
    missing: string | null,
    start: () => Promise<{ url: string; stop: () => Promise<unknown> }>,
  ) => {
    if (missing) return results.push([name, `not measured ${missing}`]);
    const e = await start();
    try {
      results.push([name, await measure(e.url)]);
    } catch (err) {
      results.push([name, `failed: ${(err as Error).message}`]);
    } finally {
      await e.stop();
    }
  };
  await run('mosquitto', toolMissing('mosquitto'), async () => {
    const m = await new Mosquitto().start();
    return { url: m.url, stop: () => m.stop() };
  });
  await run('aedes (`vakt broker`)', null, async () => {
    const b = await startEmbeddedBroker({ port: 0 });
    return { url: b.url, stop: () => b.close() };
  });
  await run('NATS 2.9 (3 nodes, JetStream)', toolMissing('nats-server'), async () => {
    const n = await new NatsCluster(3).start();
    return { url: n.urls[0]!, stop: () => n.stop() };
  });
  await run('RabbitMQ 3.10 (MQTT plugin)', toolMissing('rabbitmq-server'), async () => {
    const r = await new RabbitMq().start();
    return { url: r.url, stop: () => r.stop() };
  });
  const lines = [
    `| engine | ${COLUMNS.map(([, h]) => h).join(' | ')} |`,
    `|---|${COLUMNS.map(() => '---').join('|')}|`,
    ...results.map(([name, r]) =>
      typeof r === 'string'
        ? `| ${name} | ${r} |${' |'.repeat(COLUMNS.length - 1)}`
        : `| ${name} | ${COLUMNS.map(([k]) => r[k] ?? '?').join(' | ')} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
process.exit(0);
