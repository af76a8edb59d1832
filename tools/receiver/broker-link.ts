/**
 * One MQTT connection of the receiver, with its own subscriptions and its own in-flight window.
 * The receiver opens two: one for alarms and technical alarms, one for heartbeats, state,
 * inventories and command results — so a flood of routine traffic queues on its own connection
 * and never in front of an alarm. `isFull` is asked before each message is acknowledged: while it
 * says yes the PUBACK (and the next message on this connection) waits, and the broker holds the rest.
 */
import type { IClientOptions, MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import { BrokerDownWarning } from './broker-down-warning.ts';
import type { LoginAttempt } from './login-refusal.ts';
import { connectMqtt, type MqttVersionFlag } from './mqtt-connect.ts';

export interface LinkOptions {
  name: string;
  url: string;
  mqtt: IClientOptions;
  /** Default: the version in `mqtt.protocolVersion`, fixed. */
  mqttVersion?: MqttVersionFlag;
  /** MQTT 5 receive maximum: how many unacknowledged QoS 1 messages the broker may send. */
  inFlight: number;
  subscriptions: string[];
  onMessage(topic: string, payload: Buffer): void;
  isFull(): boolean;
  log: Logger;
  /** How this client logs in, to explain a refused login (login-refusal.ts). */
  login?: LoginAttempt;
}

const FULL_POLL_MS = 5;

export async function openLink(o: LinkOptions): Promise<MqttClient> {
  const v5 = o.mqtt.protocolVersion === 5;
  const client = await connectMqtt(
    o.url,
    {
      clean: false,
      ...o.mqtt,
      // The 3.1.1 attempt of `auto` drops these: 3.1.1 has no properties.
      ...(v5
        ? { properties: { sessionExpiryInterval: 86_400, receiveMaximum: o.inFlight, ...o.mqtt.properties } }
        : {}),
    },
    o.mqttVersion ?? (v5 ? '5' : '3.1.1'),
    o.login,
  );
  // Receipts go out at once: without TCP_NODELAY, Nagle holds each small publish ~40 ms.
  const noDelay = () => (client.stream as { setNoDelay?: (on: boolean) => void }).setNoDelay?.(true);
  noDelay();
  client.on('connect', noDelay);
  client.handleMessage = (_packet, done) => {
    if (!o.isFull()) return done();
    const wait = () => (o.isFull() && !client.disconnecting ? setTimeout(wait, FULL_POLL_MS) : done());
    wait();
  };
  client.on('message', (topic, payload) => o.onMessage(topic, payload));
  // One warning per outage, not one per retry (broker-down-warning.ts).
  // Every attempt ends in 'close'; an 'error' before it says why.
  const down = new BrokerDownWarning(o.name, o.log, o.login);
  let why: Error | undefined;
  client.on('error', (err) => {
    why = err;
  });
  client.on('close', () => {
    if (!client.disconnecting) down.failed(why); // not when this receiver is stopping
    why = undefined;
  });
  client.on('connect', () => down.connected());
  await client.subscribeAsync(o.subscriptions, { qos: 1 });
  return client;
}
