/** The body of `vakt command`: sign a command for one hub, publish it, optionally await its result. */
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { VaktError } from '../../protocol/errors.ts';
import { parseDeviceId } from '../../protocol/serial/index.ts';
import {
  type CommandAction,
  signCommand,
  topicFor,
  v1,
  type vakt,
  validateHubId,
} from '../../protocol/uplink/index.ts';
import { type BrokerFlags, brokerOptions, cliLogin } from './broker-options.ts';
import { connectMqtt } from './mqtt-connect.ts';

export const COMMANDS: Record<string, { args: string[]; build(a: Record<string, string>): CommandAction }> = {
  'test-alarm': {
    args: ['device'],
    build: (a) => ({ testAlarm: { deviceId: a.device === undefined ? 0 : parseDeviceId(a.device) } }),
  },
  'set-heartbeat-interval': {
    args: ['interval'],
    build: (a) => ({ setHeartbeatInterval: { intervalS: int(a, 'interval', 60, 86_400) } }),
  },
  'enter-learn-mode': {
    args: ['timeout'],
    build: (a) => ({ enterLearnMode: { timeoutS: int(a, 'timeout', 10, 600, 60) } }),
  },
  'reboot-link': { args: [], build: () => ({ rebootLink: {} }) },
  'request-inventory': { args: [], build: () => ({ requestInventory: {} }) },
};

function int(a: Record<string, string>, name: string, min: number, max: number, fallback?: number): number {
  const v = a[name] === undefined ? fallback : Number(a[name]);
  if (v === undefined || !Number.isInteger(v) || v < min || v > max) {
    throw new VaktError(
      'E_USAGE_ARG',
      `--arg ${name} must be an integer between ${min} and ${max}. Provided value is ${a[name] ?? 'nothing'}`,
    );
  }
  return v;
}

export interface CommandFlags extends BrokerFlags {
  arg: string[];
  /** The platform's Ed25519 private key (not the TLS key, which is BrokerFlags.key). */
  signingKey: string;
  root: string;
  wait: string;
  validFor: string;
  json?: boolean;
}

export async function sendCommand(hubId: string, name: string, f: CommandFlags): Promise<number> {
  validateHubId(hubId);
  const spec = COMMANDS[name];
  if (!spec)
    throw new VaktError(
      'E_USAGE_COMMAND',
      `unknown command "${name}"`,
      `commands: ${Object.keys(COMMANDS).join(', ')}`,
    );
  const { bytes, commandId } = signCommand({
    hubId,
    action: spec.build(commandArgs(name, spec.args, f.arg)),
    privateKey: readSigningKey(f.signingKey),
    nowMs: Date.now(),
    validForMs: Number(f.validFor) * 1000,
  });
  const r = await publishAndWait(hubId, bytes, commandId, f);
  return report(r, { commandId, hubId, name, waited: Number(f.wait) > 0, json: !!f.json });
}

/** `--arg key=value` pairs, each a key the command takes. */
function commandArgs(name: string, allowed: readonly string[], pairs: string[]): Record<string, string> {
  return Object.fromEntries(
    pairs.map((kv) => {
      const [k, ...v] = kv.split('=');
      if (!k || v.length === 0 || !allowed.includes(k))
        throw new VaktError(
          'E_USAGE_ARG',
          `--arg "${kv}" is not valid for ${name}`,
          allowed.length
            ? `${name} takes: ${allowed.map((a) => `${a}=…`).join(' ')}`
            : `${name} takes no arguments`,
        );
      return [k, v.join('=')];
    }),
  );
}

function readSigningKey(file: string): KeyObject {
  try {
    return createPrivateKey(readFileSync(file));
  } catch (err) {
    throw new VaktError(
      'E_FILE_KEY',
      `cannot read private key ${file}: ${(err as Error).message}`,
      'give the .key file written by vakt keys generate',
    );
  }
}

/** Publishes the signed command; with `--wait`, resolves with the hub's result for it (or nothing in time). */
async function publishAndWait(
  hubId: string,
  bytes: Uint8Array,
  commandId: string,
  f: CommandFlags,
): Promise<vakt.v1.CommandResult | undefined> {
  const { url, options, mqttVersion } = brokerOptions(f);
  const client = await connectMqtt(url, { ...options, reconnectPeriod: 0 }, mqttVersion, cliLogin(f));
  const waitS = Number(f.wait);
  const result = new Promise<vakt.v1.CommandResult | undefined>((resolve) => {
    client.on('message', (_t, payload) => {
      try {
        const r = v1.CommandResult.decode(payload);
        if (r.commandId === commandId) resolve(r);
      } catch {
        // not ours to judge; the receiver logs undecodable results
      }
    });
    if (waitS > 0) setTimeout(() => resolve(undefined), waitS * 1000).unref();
    else resolve(undefined);
  });
  if (waitS > 0) await client.subscribeAsync(topicFor(f.root, hubId, 'command-result'), { qos: 1 });
  await client.publishAsync(topicFor(f.root, hubId, 'command'), Buffer.from(bytes), { qos: 1 });
  const r = await result;
  await client.endAsync();
  return r;
}

/** Prints the outcome for a person or as JSON; exit 0 when executed (or sent without waiting). */
function report(
  r: vakt.v1.CommandResult | undefined,
  c: { commandId: string; hubId: string; name: string; waited: boolean; json: boolean },
): number {
  const status = r
    ? String(v1.CommandStatus[r.status]).replace('COMMAND_STATUS_', '').toLowerCase()
    : c.waited
      ? 'no_result'
      : 'sent';
  const reason = r?.reason
    ? String(v1.RejectReason[r.reason]).replace('REJECT_REASON_', '').toLowerCase()
    : undefined;
  const out = {
    commandId: c.commandId,
    hubId: c.hubId,
    command: c.name,
    status,
    ...(reason ? { reason } : {}),
    ...(r?.detail ? { detail: r.detail } : {}),
  };
  process.stdout.write(
    c.json
      ? `${JSON.stringify(out)}\n`
      : `command ${c.commandId} ${c.name} → ${c.hubId}: ${status}${reason ? ` (${reason})` : ''}${r?.detail ? ` ${r.detail}` : ''}\n`,
  );
  return status === 'executed' || status === 'sent' ? 0 : 1;
}
