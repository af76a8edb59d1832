/**
 * A DC-09 bridge in-process between a broker and the test DC-09 receiver, with a test
 * hub publishing on the uplink. Every part is stopped by `stop()`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { Bridge } from '../../tools/bridge/bridge.ts';
import { parseBridgeConfig } from '../../tools/bridge/config.ts';
import { realClock } from '../../tools/bridge/real-clock.ts';

export interface RigOptions {
  brokerUrl: string;
  mainPort: number;
  mainTransport?: 'tcp' | 'udp';
  backupPort?: number;
  backupTransport?: 'tcp' | 'udp';
  format?: 'ADM-CID' | 'SIA-DCS';
  keyHex?: string;
  extra?: string;
  store?: string;
  linkTest?: string;
  /** pino level; info unless told (the bench uses warn: no line per event). */
  logLevel?: string;
  /** How long the bridge waits for a reply; 2 s unless told (a loaded machine must not cause resends). */
  replyTimeout?: string;
}

export function bridgeYaml(o: RigOptions, dir: string): string {
  let keyLine = '';
  if (o.keyHex) {
    const keyFile = join(dir, 'dc09.key');
    writeFileSync(keyFile, `${o.keyHex}\n`, { mode: 0o600 });
    keyLine = `  keyFile: ${keyFile}\n`;
  }
  return (
    `mqtt:\n  broker: ${o.brokerUrl}\n  mqttVersion: 4\n  share: dc09test\n` +
    `centre:\n  main: { host: 127.0.0.1, port: ${o.mainPort}, transport: ${o.mainTransport ?? 'tcp'} }\n` +
    (o.backupPort
      ? `  backup: { host: 127.0.0.1, port: ${o.backupPort}, transport: ${o.backupTransport ?? 'udp'} }\n`
      : '') +
    `  format: ${o.format ?? 'ADM-CID'}\n  receiver: "12"\n  line: "1"\n  replyTimeout: ${o.replyTimeout ?? '2s'}\n  attempts: 2\n  linkTest: ${o.linkTest ?? '0s'}\n${keyLine}` +
    `store: ${o.store ?? join(dir, 'store')}\nreceiverId: dc09-test\n` +
    `hubs:\n  H1:\n    account: "1234"\n    zones: { "00A1B2C3": 7 }\n  H2: { account: "ABCD", group: 3 }\n${o.extra ?? ''}`
  );
}

export async function startBridge(o: RigOptions) {
  const dir = mkdtempSync(join(tmpdir(), 'vakt-dc09-'));
  const { config, key } = parseBridgeConfig(bridgeYaml(o, dir));
  const logLines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      for (const l of chunk.toString().split('\n')) if (l) logLines.push(JSON.parse(l));
      cb();
    },
  });
  const bridge = new Bridge({
    config,
    key,
    url: o.brokerUrl,
    // A stable client id per store, as in production: a restart resumes the session.
    mqtt: { protocolVersion: 4, clientId: `bridge-${basename(dirname(config.store))}`, reconnectPeriod: 200 },
    clock: realClock,
    log: pino({ level: o.logLevel ?? 'info' }, sink),
  });
  await bridge.start();
  return { bridge, config, dir, logLines, stop: () => bridge.stop() };
}
