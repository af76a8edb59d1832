/**
 * A live reload whose new uplink side cannot start is rolled back (Gateway.applyLive): the new
 * config moves the hub to a broker nothing listens on and names a command public key that was
 * readable when the file was checked but is gone when the uplink side starts. applyLive rejects
 * with E_CONFIG_KEY, and the gateway runs on the config before: its uplink is back on the broker it
 * had, a dry-run reload finds the old file unchanged, and an alarm pressed after the failure
 * reaches the platform and is receipted. Serial link, store and control socket stay throughout.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import type { Pendant } from '../firmware-sim/devices/pendant.ts';
import { loadConfigFile } from '../gateway/config/load.ts';
import { callGateway } from '../gateway/control/client.ts';
import { Gateway } from '../gateway/gateway.ts';
import { startEmbeddedBroker } from '../tools/broker/embedded-broker.ts';
import { prepareHub } from './support/hub-daemon.ts';
import { platform } from './support/uplink-rig.ts';
import { waitFor } from './support/wait-for.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterAll(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

interface Status {
  receiver: { up: boolean; linkOpens: number };
  outbox: { depth: number };
  uplink: { path: string | null };
}

describe('a live reload that cannot start', () => {
  it('puts the config before back: the old broker, the old file, alarms receipted', async () => {
    const broker = await startEmbeddedBroker({ port: 0 });
    cleanup.push(() => broker.close());
    const p = await platform(broker.url, { root: 'vakt/v1' });
    cleanup.push(() => p.r.stop());
    const hub = await prepareHub({ hubId: 'H-ROLLBACK', broker: broker.url });
    cleanup.push(() => hub.sim.stop());
    const { dir, socket, config: file } = hub;
    const gateway = new Gateway(loadConfigFile(file), { log: pino({ level: 'silent' }) });
    await gateway.start();
    cleanup.push(() => gateway.stop());
    const status = async () => (await callGateway(socket, 'status')) as Status;
    await callGateway(socket, 'pair', { allowUnauthenticated: true, deviceId: '00A1B2C3', deviceType: 3 });
    await waitFor(async () => (await status()).uplink.path === 'primary', {
      what: 'the uplink on its broker',
    });
    const opens = (await status()).receiver.linkOpens;

    // The new config passes the loader's checks (the key is there), then loses its key file.
    const pub = join(dir, 'command.pub');
    writeFileSync(pub, generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }), {
      mode: 0o600,
    });
    const nextFile = join(dir, 'next.yaml');
    const moved = readFileSync(file, 'utf8').replace(broker.url, 'mqtt://127.0.0.1:1');
    writeFileSync(nextFile, `${moved}commands:\n  publicKeys: [${pub}]\n`, { mode: 0o600 });
    const next = loadConfigFile(nextFile);
    unlinkSync(pub);

    await expect(gateway.applyLive(next)).rejects.toMatchObject({ code: 'E_CONFIG_KEY' });
    await waitFor(async () => (await status()).uplink.path === 'primary', {
      what: 'the uplink back on the broker of the config before',
    });
    const dry = (await callGateway(socket, 'reload', { dryRun: true })) as { file: string; action: string };
    expect(dry).toMatchObject({ file, action: 'unchanged' });

    const receipted: string[] = [];
    cleanup.push(gateway.onReceipted((id) => receipted.push(id)));
    (hub.sim.device('B1') as Pendant).press();
    await waitFor(() => p.handled('alarm').length >= 1 && receipted.length >= 1, {
      what: 'the alarm pressed after the failed reload, delivered and receipted',
    });
    expect(p.handled('alarm')[0]).toMatchObject({ hubId: 'H-ROLLBACK' });
    expect(receipted).toEqual([p.handled('alarm')[0]!.eventId]);
    const after = await status();
    expect(after.receiver.linkOpens).toBe(opens); // the serial link was never reopened
    expect(after.outbox.depth).toBe(0);
  });
});
