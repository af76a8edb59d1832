/**
 * Connecting a CLI tool (`vakt receive`, `vakt command`, the checks of `vakt provision` and
 * `vakt diag`) with the MQTT version asked for: `5`, `3.1.1` (also written `4`) or `auto`, which
 * is MQTT 5 first and 3.1.1 when the broker refuses 5 ("unacceptable protocol version": NATS,
 * aedes, `vakt broker`) or closes the connection without any CONNACK (RabbitMQ 3.10) — the same
 * rule as the hub's (gateway/uplink/connect-plan.ts). The packet size guard is attached before
 * the first byte arrives, as in connect-client.ts.
 */
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import { guardPacketSize } from '../../gateway/uplink/packet-size-guard.ts';
import { VaktError } from '../../protocol/errors.ts';
import { CLIENT_MAX_PACKET_BYTES } from './broker-options.ts';
import { isLoginRefused, type LoginAttempt, loginRefusedError } from './login-refusal.ts';

export type MqttVersionFlag = '5' | '3.1.1' | 'auto';

export function parseMqttVersion(v: string | undefined): MqttVersionFlag {
  if (v === undefined || v === 'auto') return 'auto';
  if (v === '5') return '5';
  if (v === '4' || v === '3.1.1') return '3.1.1';
  throw new VaktError(
    'E_USAGE_MQTT_VERSION',
    `--mqtt-version must be 5, 3.1.1 (or 4) or auto. Provided value is ${v}`,
    'use auto unless the broker needs one version pinned',
  );
}

/** How one attempt went: connected, or why not and whether the broker itself hung up unanswered. */
export type AttemptResult =
  | { client: MqttClient }
  | { error: Error & { code?: string | number }; reached: boolean; connack: boolean };

/** One attempt with mqtt.js's reconnect off; the client is ended unless it connected. */
export function attemptConnect(url: string, options: IClientOptions, version: 4 | 5): Promise<AttemptResult> {
  const o: IClientOptions = { ...options, protocolVersion: version, reconnectPeriod: 0 };
  if (version === 4) delete o.properties;
  const client = mqtt.connect(url, o);
  guardPacketSize(client, CLIENT_MAX_PACKET_BYTES);
  let reached = false;
  let connack = false;
  let firstError: (Error & { code?: string | number }) | undefined;
  (client.stream as unknown as NodeJS.EventEmitter | undefined)?.once(
    url.startsWith('mqtts:') ? 'secureConnect' : 'connect',
    () => {
      reached = true;
    },
  );
  client.on('packetreceive', (p) => {
    if (p.cmd === 'connack') connack = true;
  });
  return new Promise((resolve) => {
    const onError = (err: Error) => {
      firstError ??= err as Error & { code?: string | number };
    };
    const onClose = () => {
      client.off('error', onError);
      client.end(true);
      const error = firstError ?? new Error('the broker closed the connection without accepting it');
      resolve({ error, reached, connack });
    };
    client.on('error', onError);
    client.once('close', onClose);
    client.once('connect', () => {
      // From here on a close is the caller's to handle (mqtt.js reconnects): not a failed attempt.
      // The error listener stays, so an error before the caller adds its own never throws.
      client.off('close', onClose);
      resolve({ client });
    });
  });
}

/** Whether `auto` should try again with 3.1.1 after this MQTT 5 failure. */
export function wantsOlderVersion(r: AttemptResult): boolean {
  if ('client' in r) return false;
  return r.reached && (!r.connack || /unacceptable protocol version/i.test(r.error.message));
}

/**
 * Connects with the version asked for; afterwards mqtt.js reconnects with `options.reconnectPeriod`
 * and the version that worked. Rejects with E_BROKER_CONNECT naming the URL and the reason, or
 * with E_BROKER_AUTH explained (login-refusal.ts) when `login` is given and the login was refused.
 */
export async function connectMqtt(
  url: string,
  options: IClientOptions,
  version: MqttVersionFlag,
  login?: LoginAttempt,
): Promise<MqttClient> {
  let r = await attemptConnect(url, options, version === '3.1.1' ? 4 : 5);
  if (version === 'auto' && wantsOlderVersion(r)) r = await attemptConnect(url, options, 4);
  if ('client' in r) {
    r.client.options.reconnectPeriod = options.reconnectPeriod ?? 1000;
    return r.client;
  }
  if (login && isLoginRefused(r.error)) throw loginRefusedError(url, login);
  throw new VaktError(
    'E_BROKER_CONNECT',
    `cannot connect to ${url}: ${r.error.message}${r.reached && !r.connack ? ' (closed without CONNACK)' : ''}`,
    version === 'auto'
      ? 'check the URL, the CA file and the credentials'
      : `check the URL, the CA file and the credentials; try --mqtt-version auto (it was ${version})`,
  );
}
