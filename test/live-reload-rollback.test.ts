/**
 * A live reload whose new uplink side cannot start is rolled back (Gateway.applyLive): the new
 * config moves the hub to a broker nothing listens on and names a command public key that was
 * readable when the file was checked but is gone when the uplink side starts. applyLive rejects
 * with E_CONFIG_KEY, and the gateway runs on the config before: its uplink is back on the broker it
 * had, a dry-run reload finds the old file unchanged, and an alarm pressed after the failure
 * reaches the platform and is receipted. Serial link, store and control socket stay throughout.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import type { Pendant } from '../firmware-sim/devices/pendant.ts';
import { parseScenario } from '../firmware-sim/scenario/load.ts';
import { Simulation } from '../firmware-sim/simulation.ts';
import { loadConfigFile } from '../gateway/config/load.ts';
import { callGateway } from '../gateway/control/client.ts';
import { Gateway } from '../gateway/gateway.ts';
import { startEmbeddedBroker } from '../tools/broker/embedded-broker.ts';
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
    const sim = await Simulation.start({
      scenario: parseScenario(
        'name: rollback\nduration: 1h\ndevices:\n  - { name: B1, id: 00A1B2C3, kind: pendant }\n',
      ),
      link: { pty: true },
      timeline: false,
    });
    cleanup.push(() => sim.stop());

    const dir = mkdtempSync(join(tmpdir(), 'vakt-rollback-'));
    const socket = join(dir, 'control.sock');
    const stateDir = join(dir, 'state');
    mkdirSync(stateDir, { mode: 0o700 });
    const text = (url: string) =>
      `hub:\n  id: H-ROLLBACK\nstorage:\n  dir: ${stateDir}\nserial:\n  port: ${sim.hubPath}\nuplink:\n  primary:\n    url: ${url}\n  receiptTimeout: 2s\n  reconnectMin: 100ms\n  reconnectMax: 1s\ncontrol:\n  socket: ${socket}\nlog:\n  level: warn\n`;
    const file = join(dir, 'vakt.yaml');
    writeFileSync(file, text(broker.url), { mode: 0o600 });
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
    writeFileSync(nextFile, `${text('mqtt://127.0.0.1:1')}commands:\n  publicKeys: [${pub}]\n`, {
      mode: 0o600,
    });
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
    (sim.device('B1') as Pendant).press();
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
