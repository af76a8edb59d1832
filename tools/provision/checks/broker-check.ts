/**
 * Live check of one broker answer: connect with mqtt.js exactly as configured (TLS verified,
 * credentials), wait for CONNACK or a failure, disconnect. Each way it can fail becomes a message
 * an installer can act on. The client id is the hub's plus "-provision", so checking a hub whose
 * gateway is running does not kick the gateway's own session off the broker. `vakt diag` keeps
 * the connection (`connectBroker`) to go on to publish and wait for a receipt.
 */
import type { IClientOptions, MqttClient } from 'mqtt';
import type { BrokerConfig } from '../../../gateway/config/broker.ts';
import type { Clock } from '../../../protocol/clock.ts';
import type { ErrorCode } from '../../../protocol/errors.ts';
import { brokerOptions } from '../../receiver/broker-options.ts';
import { isLoginRefused, loginRefusal } from '../../receiver/login-refusal.ts';
import { type CheckResult, failed, passed } from './check-result.ts';

export interface BrokerCheckOptions {
  clientId: string;
  clock: Clock;
  timeoutMs: number;
  /** Added to the client id so the check never kicks a running gateway's session off ("-provision"). */
  clientIdSuffix?: string;
}

type Outcome = { ok: true } | { ok: false; error?: Error & { code?: string | number } } | { timeout: true };

/** A connected client (the caller ends it) or the failure explained. */
export type BrokerConnection = { client: MqttClient; result: CheckResult } | { result: CheckResult };

export async function checkBroker(
  name: string,
  b: BrokerConfig,
  password: string | undefined,
  o: BrokerCheckOptions,
): Promise<CheckResult> {
  const c = await connectBroker(name, b, password, o);
  if ('client' in c) await c.client.endAsync(true).catch(() => undefined);
  return c.result;
}

/**
 * Connects exactly as configured and keeps the connection open when it succeeds. With
 * `mqttVersion: auto` (the default) MQTT 5 first, and 3.1.1 when the broker refuses 5 (aedes,
 * NATS) or closes without a CONNACK (RabbitMQ), as the gateway does; a pinned version only.
 */
export async function connectBroker(
  name: string,
  b: BrokerConfig,
  password: string | undefined,
  o: BrokerCheckOptions,
): Promise<BrokerConnection> {
  const first = await attempt(name, b, password, o, b.mqttVersion === '3.1.1' ? '4' : '5');
  const refused5 = /unacceptable protocol version/i.test(first.error?.message ?? '') || first.noConnack;
  if (!('client' in first) && b.mqttVersion === 'auto' && refused5) return attempt(name, b, password, o, '4');
  return first;
}

async function attempt(
  name: string,
  b: BrokerConfig,
  password: string | undefined,
  o: BrokerCheckOptions,
  mqttVersion: '4' | '5',
): Promise<BrokerConnection & { error?: Error; noConnack?: boolean }> {
  const target = b.url;
  let url: string;
  let options: IClientOptions;
  try {
    ({ url, options } = brokerOptions({
      broker: b.url,
      ...(b.ca ? { ca: b.ca } : {}),
      ...(b.cert ? { cert: b.cert } : {}),
      ...(b.key ? { key: b.key } : {}),
      ...(b.username ? { username: b.username } : {}),
      clientId: `${b.clientId ?? o.clientId}${o.clientIdSuffix ?? '-provision'}`,
      mqttVersion,
    }));
  } catch (err) {
    return {
      result: failed(name, target, 'E_FILE_READ', (err as Error).message, 'check the file paths given', 'ca'),
    };
  }
  // Only the password resolved from the config counts, never one picked up from elsewhere.
  delete options.password;
  if (password !== undefined) options.password = password;
  Object.assign(options, { reconnectPeriod: 0, connectTimeout: o.timeoutMs, clean: true });
  const { default: mqtt } = await import('mqtt');
  if (mqttVersion === '4') delete options.properties;
  const client = mqtt.connect(url, options);
  // Reached the broker, which hung up without any CONNACK: RabbitMQ's answer to MQTT 5.
  let reached = false;
  let connack = false;
  (client.stream as unknown as NodeJS.EventEmitter | undefined)?.once(
    url.startsWith('mqtts:') ? 'secureConnect' : 'connect',
    () => {
      reached = true;
    },
  );
  client.on('packetreceive', (p) => {
    if (p.cmd === 'connack') connack = true;
  });
  let firstError: (Error & { code?: string | number }) | undefined;
  const outcome = await new Promise<Outcome>((resolve) => {
    const timer = o.clock.setTimer(o.timeoutMs + 500, () => resolve({ timeout: true }));
    client.on('error', (err) => {
      firstError ??= err as Error & { code?: string | number };
    });
    client.once('connect', () => {
      timer.cancel();
      resolve({ ok: true });
    });
    client.once('close', () => {
      timer.cancel();
      resolve({ ok: false, error: firstError });
    });
  });
  if ('ok' in outcome && outcome.ok)
    return { client, result: passed(name, target, `connected${b.username ? ` as ${b.username}` : ''}`) };
  await client.endAsync(true).catch(() => undefined);
  if ('timeout' in outcome) return { result: timedOut(name, b, o.timeoutMs) };
  return {
    result: explain(name, b, outcome.error, o),
    ...(outcome.error ? { error: outcome.error } : {}),
    noConnack: reached && !connack,
  };
}

const TLS_UNTRUSTED = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
]);

type ConnectError = (Error & { code?: string | number }) | undefined;

/** What a failed connection attempt says, in the order its causes are told apart. */
interface Failure {
  b: BrokerConfig;
  u: URL;
  hostPort: string;
  code: string | number | undefined;
  err: ConnectError;
  o: BrokerCheckOptions;
  fail: (c: ErrorCode, detail: string, hint: string, step?: CheckResult['step']) => CheckResult;
  /** Which broker of the config this is, for the settings named in a fix. */
  path: 'primary' | 'secondary';
}

function explain(name: string, b: BrokerConfig, err: ConnectError, o: BrokerCheckOptions): CheckResult {
  const u = new URL(b.url);
  const f: Failure = {
    b,
    u,
    hostPort: `${u.hostname}:${u.port || (u.protocol === 'mqtts:' ? 8883 : 1883)}`,
    code: err?.code,
    err,
    o,
    fail: (c, detail, hint, step = 'url') => failed(name, b.url, c, detail, hint, step!),
    path: /secondary/.test(name) ? 'secondary' : 'primary',
  };
  return explainLogin(f) ?? explainNetwork(f) ?? explainTls(f) ?? explainOther(f);
}

/** The broker answered and refused the login: explained as every tool does (login-refusal.ts). */
function explainLogin({ b, err, o, fail, path }: Failure): CheckResult | undefined {
  if (!isLoginRefused(err)) return undefined;
  const { message, hint } = loginRefusal({
    username: b.username,
    passwordFrom: b.passwordFile
      ? `passwordFile ${b.passwordFile}`
      : b.passwordEnv
        ? `$${b.passwordEnv}`
        : b.password !== undefined
          ? `uplink.${path}.password`
          : undefined,
    usernameField: `uplink.${path}.username`,
    passwordField: `uplink.${path}.passwordFile or passwordEnv`,
    account: `hub ${o.clientId}`,
  });
  return fail('E_BROKER_AUTH', message, hint, 'credentials');
}

/** Nothing answered: no listener, no name, no route. */
function explainNetwork({ u, hostPort, code, fail }: Failure): CheckResult | undefined {
  if (code === 'ECONNREFUSED')
    return fail(
      'E_BROKER_UNREACHABLE',
      `nothing listens on ${hostPort}`,
      'check the host and port in the URL (TLS is usually 8883, plain 1883) and that the broker runs',
    );
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return fail(
      'E_BROKER_DNS',
      `the host name ${u.hostname} does not resolve`,
      "check the spelling, and the hub's DNS (cat /etc/resolv.conf)",
    );
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
    return fail('E_BROKER_UNREACHABLE', `no route to ${hostPort}`, "check the hub's network connection");
  return undefined;
}

/** The TLS handshake failed: an untrusted, expired or misnamed certificate, or no TLS at all. */
function explainTls({ b, u, hostPort, code, err, o, fail }: Failure): CheckResult | undefined {
  if (typeof code === 'string' && TLS_UNTRUSTED.has(code))
    return b.ca
      ? fail(
          'E_BROKER_TLS_CA',
          `the broker's certificate is not signed by the CA you gave (${b.ca})`,
          "give the CA certificate that signed the broker's certificate (ask the platform operator)",
          'ca',
        )
      : fail(
          'E_BROKER_TLS_CA',
          "the broker's certificate is not signed by a CA this hub trusts",
          "give the CA certificate that signed the broker's certificate (ca)",
          'ca',
        );
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID')
    return fail(
      'E_BROKER_TLS_DATE',
      `the broker's certificate is ${code === 'CERT_HAS_EXPIRED' ? 'expired' : 'not valid yet'} by this hub's clock (${new Date(o.clock.now()).toISOString()})`,
      "check the hub's date (timedatectl); if it is right the broker needs a new certificate",
    );
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID')
    return fail(
      'E_BROKER_TLS_NAME',
      `the broker's certificate is not issued for ${u.hostname}`,
      'use the host name the certificate names (the platform operator knows it)',
    );
  if (code === 'ECONNRESET' || code === 'EPROTO' || /alert|handshake|wrong version/i.test(err?.message ?? ''))
    return fail(
      'E_BROKER_TLS',
      `the connection to ${hostPort} broke during the TLS handshake (${err?.message ?? code})`,
      u.protocol === 'mqtts:'
        ? 'check that this port is the TLS listener, and give a client certificate and key if the broker requires one'
        : 'this port may expect TLS: use mqtts://',
    );
  return undefined;
}

/** Closed without a word, or a cause not told apart above. */
function explainOther({ u, hostPort, err, fail }: Failure): CheckResult {
  if (!err)
    return fail(
      'E_BROKER_CLOSED',
      `${hostPort} closed the connection without accepting it`,
      u.protocol === 'mqtt:'
        ? 'this port may expect TLS: use mqtts://; otherwise ask the platform operator whether the broker accepts this client id'
        : 'ask the platform operator whether the broker accepts this client id and protocol (set mqttVersion: auto)',
    );
  return fail(
    'E_BROKER_CONNECT',
    `the connection failed: ${err.message}`,
    'check the URL, the network and the broker',
  );
}

function timedOut(name: string, b: BrokerConfig, timeoutMs: number): CheckResult {
  const u = new URL(b.url);
  return failed(
    name,
    b.url,
    'E_BROKER_TIMEOUT',
    `no answer from ${u.host} within ${timeoutMs / 1000} s`,
    `check that the scheme matches the port (mqtts:// for the TLS port) and that no firewall drops the connection; --check-timeout gives slow links more time`,
    'url',
  );
}
