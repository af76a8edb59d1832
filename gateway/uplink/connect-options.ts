/**
 * mqtt.js options for one configured broker: TLS verified (rejectUnauthorized) with the given CA
 * or the system store, client certificate or username/password, a persistent MQTT 5 session so
 * QoS 1 survives reconnects, and mqtt.js's own reconnect switched off (BrokerLink reconnects
 * with capped exponential backoff and jitter instead of a fixed period). The hub accepts packets
 * of at most HUB_MAX_PACKET_BYTES: MQTT 5 brokers are told so in CONNECT (Maximum Packet Size) and
 * drop larger messages for it; packet-size-guard.ts enforces the same limit locally.
 * `writeCache: false`: mqtt-packet otherwise keeps 65,536 two-byte Buffers (one per packet id,
 * about 6 MB of heap) for the life of the process; a hub sends a few packets a minute.
 */
import { readFileSync } from 'node:fs';
import type { IClientOptions } from 'mqtt';
import type { BrokerConfig } from '../config/broker.ts';
import { HUB_MAX_PACKET_BYTES } from './packet-size-guard.ts';

/** The broker keeps the hub's session (subscriptions, queued QoS 1) this long while it is away. */
export const SESSION_EXPIRY_S = 7 * 24 * 3600;

export function connectOptions(
  b: BrokerConfig,
  hubId: string,
  password: string | undefined,
  suffix: string,
): IClientOptions {
  const tls = b.url.startsWith('mqtts:');
  return {
    clientId: `${b.clientId ?? hubId}${suffix}`,
    protocolVersion: 5,
    clean: false,
    properties: { sessionExpiryInterval: SESSION_EXPIRY_S, maximumPacketSize: HUB_MAX_PACKET_BYTES },
    reconnectPeriod: 0,
    connectTimeout: 10_000,
    keepalive: 30,
    resubscribe: false,
    writeCache: false,
    ...(b.username ? { username: b.username } : {}),
    ...(password !== undefined ? { password } : {}),
    ...(tls
      ? {
          rejectUnauthorized: true,
          ...(b.ca ? { ca: readFileSync(b.ca) } : {}),
          ...(b.cert && b.key ? { cert: readFileSync(b.cert), key: readFileSync(b.key) } : {}),
        }
      : {}),
  };
}
