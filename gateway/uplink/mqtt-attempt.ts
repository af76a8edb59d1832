/**
 * One connection attempt to one node with one MQTT version, watched closely enough to tell the
 * connect plan how it ended: whether TCP/TLS was reached and whether any CONNACK came. RabbitMQ
 * answers an MQTT 5 CONNECT by closing the socket — no CONNACK, no error text — and only these
 * two facts tell that apart from a node that is down.
 */
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import type { AttemptEnd, MqttProtocolVersion } from './connect-plan.ts';
import { guardPacketSize, HUB_MAX_PACKET_BYTES } from './packet-size-guard.ts';

export interface Attempt {
  client: MqttClient;
  /** What has been seen so far; read when the attempt ends. */
  end(reason: string): AttemptEnd;
}

export function openAttempt(
  url: string,
  options: IClientOptions,
  version: MqttProtocolVersion,
  will: NonNullable<IClientOptions['will']>,
): Attempt {
  const o: IClientOptions = { ...options, protocolVersion: version, will };
  if (version === 4) delete o.properties;
  const client = mqtt.connect(url, o);
  guardPacketSize(client, HUB_MAX_PACKET_BYTES);
  let reached = false;
  let connack = false;
  const stream = client.stream as unknown as NodeJS.EventEmitter | undefined;
  stream?.once(url.startsWith('mqtts:') ? 'secureConnect' : 'connect', () => {
    reached = true;
  });
  client.on('packetreceive', (p) => {
    if (p.cmd === 'connack') connack = true;
  });
  noDelay(client);
  return { client, end: (reason) => ({ reached, connack, reason }) };
}

/**
 * Small MQTT packets go out at once: without TCP_NODELAY, Nagle's algorithm holds a publish
 * until the broker's delayed ACK of the previous one — about 40 ms a hop on Linux.
 */
function noDelay(client: MqttClient): void {
  const set = () => (client.stream as { setNoDelay?: (on: boolean) => void } | undefined)?.setNoDelay?.(true);
  set();
  client.on('connect', set);
}
