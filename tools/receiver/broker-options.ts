/**
 * mqtt.js connection options from what a person gives on the command line. TLS is verified
 * (rejectUnauthorized) whenever the URL is mqtts://; secrets come from a file or the environment
 * and are never part of anything printed or logged. Packets from the broker are bounded: MQTT 5's
 * Maximum Packet Size in CONNECT, and guardPacketSize on the client (MQTT 3.1.1 included).
 */
import { readFileSync } from 'node:fs';
import type { IClientOptions } from 'mqtt';
import { VaktError } from '../../protocol/errors.ts';
import type { LoginAttempt } from './login-refusal.ts';
import { type MqttVersionFlag, parseMqttVersion } from './mqtt-connect.ts';

/** The largest packet the receiver and the command CLI accept: an inventory of many devices fits. */
export const CLIENT_MAX_PACKET_BYTES = 1024 * 1024;

export interface BrokerFlags {
  broker: string;
  ca?: string;
  cert?: string;
  key?: string;
  username?: string;
  passwordFile?: string;
  clientId?: string;
  mqttVersion?: string;
}

/** Environment variable read for the broker password when no --password-file is given. */
export const PASSWORD_ENV = 'VAKT_BROKER_PASSWORD';

function readSecretFile(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new VaktError(
      'E_FILE_READ',
      `cannot read ${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      'check the path and that this user may read it',
    );
  }
}

/** How a CLI client logs in, for explaining a refused login (login-refusal.ts): never the password. */
export function cliLogin(f: BrokerFlags, env: NodeJS.ProcessEnv = process.env): LoginAttempt {
  return {
    username: f.username,
    passwordFrom: f.passwordFile
      ? `--password-file ${f.passwordFile}`
      : env[PASSWORD_ENV]
        ? `$${PASSWORD_ENV}`
        : undefined,
    usernameField: '--username',
    passwordField: `--password-file or $${PASSWORD_ENV}`,
    account: f.username ? `the account ${f.username}` : 'this client',
  };
}

export function brokerOptions(f: BrokerFlags): {
  url: string;
  options: IClientOptions;
  mqttVersion: MqttVersionFlag;
} {
  let url: URL;
  try {
    url = new URL(f.broker);
  } catch {
    throw new VaktError(
      'E_USAGE_BROKER',
      `--broker "${f.broker}" is not a URL`,
      'write it as mqtts://host:8883 (TLS) or mqtt://127.0.0.1:1883',
    );
  }
  if (!['mqtt:', 'mqtts:'].includes(url.protocol)) {
    throw new VaktError(
      'E_USAGE_BROKER',
      `--broker scheme ${url.protocol} is not supported`,
      'use mqtts:// (TLS, verified) or mqtt:// (plain, for loopback and trials)',
    );
  }
  if (url.username || url.password) {
    throw new VaktError(
      'E_USAGE_BROKER',
      '--broker must not contain credentials',
      `give --username, and the password in --password-file or $${PASSWORD_ENV}`,
    );
  }
  const mqttVersion = parseMqttVersion(f.mqttVersion);
  const password = f.passwordFile
    ? readSecretFile(f.passwordFile, 'password file').toString().trim()
    : process.env[PASSWORD_ENV];
  const options: IClientOptions = {
    protocolVersion: mqttVersion === '3.1.1' ? 4 : 5,
    // Dropped by the 3.1.1 attempt (mqtt-connect.ts), which has no properties.
    ...(mqttVersion !== '3.1.1' ? { properties: { maximumPacketSize: CLIENT_MAX_PACKET_BYTES } } : {}),
    reconnectPeriod: 1000,
    connectTimeout: 10_000,
    ...(f.clientId ? { clientId: f.clientId } : {}),
    ...(f.username ? { username: f.username } : {}),
    ...(password !== undefined && password !== '' ? { password } : {}),
  };
  if (url.protocol === 'mqtts:') {
    Object.assign(options, {
      rejectUnauthorized: true,
      ...(f.ca ? { ca: readSecretFile(f.ca, 'CA file') } : {}),
      ...(f.cert ? { cert: readSecretFile(f.cert, 'client certificate') } : {}),
      ...(f.key ? { key: readSecretFile(f.key, 'client key') } : {}),
    });
  }
  return { url: url.toString(), options, mqttVersion };
}
