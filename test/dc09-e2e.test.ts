/**
 * End to end: firmware-sim → `vakt run` (real PTY) → mosquitto → `vakt bridge dc09` (a real
 * process) → the test DC-09 receiver. Every alarm arrives once with the hub's account and the
 * right code; the hub forgets an event only after the centre's ACK; a receiver that is down
 * leaves events in the hub's outbox until it is back; a skewed receiver clock (NAK) and
 * encryption still deliver.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Pendant } from '../firmware-sim/devices/pendant.ts';
import { callGateway } from '../gateway/control/client.ts';
import { Dc09Receiver } from './support/dc09-receiver.ts';
import { startHubDaemon } from './support/hub-daemon.ts';
import { Mosquitto } from './support/mosquitto.ts';
import { startCli } from './support/run-cli.ts';
import { elapsed, waitFor } from './support/wait-for.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const HUB = 'H-E2E';

async function chain(o: { keyHex?: string; format?: 'ADM-CID' | 'SIA-DCS'; skewS?: number }) {
  const m = await new Mosquitto().start();
  cleanup.push(() => m.stop());
  const receiver = await new Dc09Receiver({
    ...(o.keyHex ? { keyHex: o.keyHex } : {}),
    skewS: o.skewS ?? 0,
  }).start();
  cleanup.push(() => receiver.stop());
  const hub = await startHubDaemon({
    hubId: HUB,
    broker: m.url,
    devices: '  - { name: B1, id: 00A1B2C3, kind: pendant }\n  - { name: B2, id: 00A1B2C4, kind: pendant }\n',
  });
  cleanup.push(() => hub.stop());
  for (const [id, label] of [
    ['00A1B2C3', 'pendant'],
    ['00A1B2C4', 'wrist'],
  ] as const)
    await callGateway(hub.socket, 'pair', { allowUnauthenticated: true, deviceId: id, label, deviceType: 3 });
  const dir = mkdtempSync(join(tmpdir(), 'vakt-dc09-e2e-'));
  let keyLine = '';
  if (o.keyHex) {
    writeFileSync(join(dir, 'key'), o.keyHex, { mode: 0o600 });
    keyLine = `  keyFile: ${join(dir, 'key')}\n`;
  }
  const config = join(dir, 'bridge.yaml');
  writeFileSync(
    config,
    `mqtt:\n  broker: ${m.url}\n  share: arc\ncentre:\n  main: { host: 127.0.0.1, port: ${receiver.port} }\n  format: ${o.format ?? 'ADM-CID'}\n  line: "1"\n  replyTimeout: 3s\n  attempts: 2\n  linkTest: 0s\n${keyLine}store: ${join(dir, 'store')}\nreceiverId: e2e-bridge\nhubs:\n  ${HUB}:\n    account: "4711"\n    zones: { "00A1B2C3": 1, "00A1B2C4": 2 }\n`,
  );
  const bridge = startCli(['bridge', 'dc09', '--config', config]);
  cleanup.push(async () => {
    if (bridge.child.exitCode === null) {
      bridge.child.kill('SIGTERM');
      await bridge.exit;
    }
  });
  await waitFor(() => bridge.err().includes('dc09 bridge subscribed'), {
    what: 'the bridge to subscribe',
    ms: 20_000,
  });
  // Each pairing is reported to the platform (a DEVICE_PAIRING notice), and each of these version-1
  // pendants once as unauthenticated (a DEVICE_UNAUTHENTICATED notice): the centre gets all four first.
  await waitFor(() => receiver.events.length >= 4, {
    what: 'the two pairing and two unauthenticated-device notices at the receiver',
  });
  receiver.forget();
  const paired = Date.now();
  await waitFor(elapsed(paired, 600), { what: 'the pairing debounce to pass' });
  const depth = async () =>
    ((await callGateway(hub.socket, 'status')) as { outbox: { depth: number } }).outbox.depth;
  const press = (name: string) => (hub.sim.device(name) as Pendant).press();
  return { receiver, hub, bridge, depth, press };
}

describe('dc09 end to end', () => {
  it('plain ADM-CID: each alarm once with its account and code; held by the hub while the receiver is down', async () => {
    const { receiver, bridge, depth, press } = await chain({});
    press('B1');
    await waitFor(() => receiver.events.length === 1, {
      what: 'the first event at the receiver',
      ms: 20_000,
    });
    expect(receiver.events[0]).toMatchObject({
      token: 'ADM-CID',
      account: '4711',
      line: '1',
      data: '1101 01 001',
    });
    expect(receiver.events[0]!.extended[0]).toContain('00A1B2C3 pendant');
    await waitFor(async () => (await depth()) === 0, { what: 'the hub outbox to drain', ms: 20_000 });

    await receiver.stop();
    press('B2');
    // The bridge tries, gets no answer and gives up on the event twice (the hub resends it).
    await waitFor(() => bridge.err().split('centre unreachable; no receipt').length > 2, {
      what: 'the bridge to give up twice on the downed receiver',
      ms: 20_000,
    });
    expect(await depth()).toBeGreaterThanOrEqual(1); // no receipt without the ACK: the hub holds it
    await receiver.start(receiver.port);
    await waitFor(() => receiver.events.length === 2, {
      what: 'the second event at the receiver',
      ms: 30_000,
    });
    await waitFor(async () => (await depth()) === 0, { what: 'the hub outbox to drain', ms: 30_000 });
    const drained = Date.now();
    await waitFor(elapsed(drained, 1500), { what: 'time for any stray resend to show' });
    expect(receiver.events.map((e) => e.data)).toEqual(['1101 01 001', '1101 01 002']);
  }, 120_000);

  it('encrypted SIA-DCS to a receiver whose clock is 2 minutes ahead: NAK, corrected, delivered once', async () => {
    const keyHex = '2B7E151628AED2A6ABF7158809CF4F3C';
    const { receiver, depth, press } = await chain({ keyHex, format: 'SIA-DCS', skewS: 120 });
    press('B1');
    await waitFor(() => receiver.events.length === 1, {
      what: 'the first event at the receiver',
      ms: 20_000,
    });
    expect(receiver.log[0]!.verdict).toMatch(/^time/);
    expect(receiver.events[0]).toMatchObject({
      token: 'SIA-DCS',
      encrypted: true,
      account: '4711',
      data: 'Nri1/QA001',
    });
    await waitFor(async () => (await depth()) === 0, { what: 'the hub outbox to drain', ms: 20_000 });
    expect(receiver.events).toHaveLength(1);
  }, 120_000);
});
