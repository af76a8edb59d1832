/**
 * mqtt.js's connectAsync with the packet size guard attached before the first byte arrives
 * (connectAsync only hands the client over once connected, too late to watch that stream).
 * Same settling rules: resolves on connect (or end), rejects on the first error.
 */
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import { guardPacketSize } from '../../gateway/uplink/packet-size-guard.ts';
import { CLIENT_MAX_PACKET_BYTES } from './broker-options.ts';

export function connectClient(
  url: string,
  options: IClientOptions,
  maxBytes = CLIENT_MAX_PACKET_BYTES,
): Promise<MqttClient> {
  const client = mqtt.connect(url, options);
  guardPacketSize(client, maxBytes);
  return new Promise((resolve, reject) => {
    const settle = () => {
      client.off('connect', onConnect);
      client.off('end', onConnect);
      client.off('error', onError);
    };
    const onConnect = () => {
      settle();
      resolve(client);
    };
    const onError = (err: Error) => {
      settle();
      client.end(true);
      reject(err);
    };
    client.on('connect', onConnect);
    client.on('end', onConnect);
    client.on('error', onError);
  });
}
