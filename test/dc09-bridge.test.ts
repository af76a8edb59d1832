/**
 * `vakt bridge dc09` in-process on a mosquitto process ($share groups) against the test DC-09 receiver (written from the
 * standard, not from our codec): receipts only after the ACK, dedupe across resends and
 * restarts, NAK clock correction, DUH, garbage, backup over UDP, unknown hubs, link state.
 */
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import { v1 } from '../protocol/uplink/index.ts';
import { startBridge } from './support/dc09-bridge-rig.ts';
import { Dc09Receiver } from './support/dc09-receiver.ts';
import { freePort } from './support/free-port.ts';
import { Mosquitto } from './support/mosquitto.ts';
import { HubPublisher, sampleAlarm } from './support/hub-publisher.ts';
import { waitFor } from './support/wait-for.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function setup(receiverOptions: ConstructorParameters<typeof Dc09Receiver>[0] = {}, hubId = 'H1') {
  const broker = await new Mosquitto().start();
  cleanup.push(() => broker.stop());
  const receiver = await new Dc09Receiver(receiverOptions).start();
  cleanup.push(() => receiver.stop());
  const hub = await new HubPublisher(broker.url, hubId).start();
  cleanup.push(() => hub.stop());
  return { broker, receiver, hub };
}

const accepted = (hub: HubPublisher, id: string) =>
  hub.receipts.get(id)?.some((r) => r.result === v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED) ?? false;

describe('dc09 bridge', () => {
  it('ADM-CID over TCP: each alarm once with its account and code; a resend and a restart send nothing again', async () => {
    const { broker, receiver, hub } = await setup();
    let b = await startBridge({ brokerUrl: broker.url, mainPort: receiver.port });
    for (let i = 1; i <= 5; i++) await hub.publish(sampleAlarm('H1', i));
    await hub.settle(500);
    expect(receiver.events.map((m) => [m.token, m.account, m.data, m.seq.length])).toEqual(
      Array.from({ length: 5 }, () => ['ADM-CID', '1234', '1101 01 007', 4]),
    );
    expect(receiver.events[0]!.extended[0]).toBe('IPERSONAL EMERGENCY 00A1B2C3 Bedroom');
    await hub.publish({ ...sampleAlarm('H1', 3), attempt: 2 });
    await waitFor(() => (hub.receipts.get('ev-000003')?.length ?? 0) >= 2, {
      what: 'a second receipt for the resent ev-000003',
    });
    await b.stop();
    b = await startBridge({ brokerUrl: broker.url, mainPort: receiver.port, store: b.config.store });
    cleanup.push(() => b.stop());
    await hub.publish({ ...sampleAlarm('H1', 4), attempt: 3 });
    await waitFor(() => (hub.receipts.get('ev-000004')?.length ?? 0) >= 2, {
      what: 'a second receipt for ev-000004 after the restart',
    });
    expect(receiver.events).toHaveLength(5);
    expect(b.bridge.stats.duplicates).toBeGreaterThanOrEqual(1);
  });

  it('technical alarms: raised → qualifier 1, cleared → 3, zone of the device concerned; SIA restore code', async () => {
    const { broker, receiver, hub } = await setup();
    const b = await startBridge({ brokerUrl: broker.url, mainPort: receiver.port });
    cleanup.push(() => b.stop());
    const technical = (eventId: string, state: number) =>
      hub.publishRaw(
        'technical',
        v1.TechnicalAlarm.encode({
          eventId,
          hubId: 'H1',
          kind: v1.TechnicalKind.TECHNICAL_KIND_DEVICE_MISSING,
          state,
          rootCause: 'pendant not heard for 25 h',
          affectedDeviceIds: [0x00a1b2c3],
        }).finish(),
      );
    await technical('t-1', v1.TechnicalState.TECHNICAL_STATE_RAISED);
    await waitFor(() => accepted(hub, 't-1'), { what: 'the receipt for t-1' });
    await technical('t-2', v1.TechnicalState.TECHNICAL_STATE_CLEARED);
    await waitFor(() => accepted(hub, 't-2'), { what: 'the receipt for t-2' });
    expect(receiver.events.map((m) => m.data)).toEqual(['1381 01 007', '3381 01 007']);
    expect(receiver.events[0]!.extended[0]).toBe('IDEVICE MISSING: pendant not heard for 25 h');
  });

  it('receipts reach the hub only after the ACK: a silent centre gets no receipt, the resend after it answers does', async () => {
    const { broker, receiver, hub } = await setup();
    const b = await startBridge({ brokerUrl: broker.url, mainPort: receiver.port, replyTimeout: '400ms' });
    cleanup.push(() => b.stop());
    receiver.answer = 'silent';
    await hub.publish(sampleAlarm('H1', 1));
    await waitFor(() => b.bridge.stats.undelivered === 1, {
      what: 'the bridge to give up on the silent centre',
    });
    expect(receiver.log.length).toBe(2); // attempts: 2, same sequence number
    expect(hub.receipts.size).toBe(0);
    receiver.answer = 'ack';
    await hub.settle(300);
    expect(accepted(hub, 'ev-000001')).toBe(true);
    expect(receiver.events).toHaveLength(1);
    expect(b.bridge.centre.states.values().next().value!.up).toBe(true);
  });

  it('DUH → REJECTED receipt with the reason; garbage → typed error counted, then retried', async () => {
    const { broker, receiver, hub } = await setup();
    const b = await startBridge({ brokerUrl: broker.url, mainPort: receiver.port });
    cleanup.push(() => b.stop());
    receiver.answer = 'duh';
    await hub.publish(sampleAlarm('H1', 1));
    await waitFor(() => hub.receipts.has('ev-000001'), { what: 'the receipt for ev-000001' });
    expect(hub.receipts.get('ev-000001')![0]).toMatchObject({
      result: v1.ReceiptResult.RECEIPT_RESULT_REJECTED,
      snu: 2,
      reason: expect.stringContaining('DUH'),
    });
    receiver.answer = 'garbage';
    await hub.publish(sampleAlarm('H1', 2));
    await waitFor(() => b.bridge.centre.stats.badReplies >= 2, { what: 'two garbage replies' });
    expect(b.logLines.some((l) => String(l.code).startsWith('E_DC09_'))).toBe(true);
    expect(hub.receipts.has('ev-000002')).toBe(false);
    receiver.answer = 'ack';
    await hub.settle(300);
    // The test hub resends the rejected event too (a real hub would not); both arrive once now.
    expect(receiver.events.map((m) => m.data)).toEqual(['1101 01 007', '1101 01 007']);
    expect(accepted(hub, 'ev-000002')).toBe(true);
  });

  it('NAK from a receiver 5 minutes ahead: the bridge takes its clock and the encrypted SIA-DCS event is delivered', async () => {
    const keyHex = '00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF';
    const { broker, receiver, hub } = await setup({ keyHex, skewS: 300 });
    const b = await startBridge({
      brokerUrl: broker.url,
      mainPort: receiver.port,
      keyHex,
      format: 'SIA-DCS',
    });
    cleanup.push(() => b.stop());
    await hub.publish(sampleAlarm('H1', 1));
    await hub.settle(500);
    expect(receiver.log[0]!.verdict).toMatch(/^time/);
    expect(b.bridge.centre.stats.naks).toBe(1);
    expect(Math.abs(b.bridge.centre.offsetMs - 300_000)).toBeLessThan(2000);
    expect(receiver.events.map((m) => [m.token, m.encrypted, m.account, m.data])).toEqual([
      ['SIA-DCS', true, '1234', 'Nri1/QA007'],
    ]);
  });

  it('main receiver down → the UDP backup takes the event; link state and notice report the main down', async () => {
    const { broker, hub } = await setup();
    const backup = await new Dc09Receiver({ transport: 'udp' }).start();
    cleanup.push(() => backup.stop());
    const dead = await freePort();
    const b = await startBridge({
      brokerUrl: broker.url,
      mainPort: dead,
      backupPort: backup.port,
      extra: 'notify:\n  topic: vakt/v1/_bridge/dc09-test/link\n',
    });
    cleanup.push(() => b.stop());
    const watcher = await mqtt.connectAsync(broker.url, { protocolVersion: 4 });
    cleanup.push(() => watcher.endAsync());
    const notices: Array<Record<string, unknown>> = [];
    watcher.on('message', (_t, p) => notices.push(JSON.parse(p.toString())));
    await watcher.subscribeAsync('vakt/v1/_bridge/dc09-test/link', { qos: 1 });
    await hub.publish(sampleAlarm('H1', 1));
    await hub.settle(500);
    expect(backup.events).toHaveLength(1);
    await waitFor(() => notices.some((n) => n.state === 'down') && notices.some((n) => n.state === 'up'), {
      what: 'link notices: main down, backup up',
    });
    expect(notices.find((n) => n.state === 'down')).toMatchObject({
      link: expect.stringContaining('main tcp://'),
    });
  });

  it('unknown hub: not receipted, logged once, counted; heartbeats receipted only while a centre link is up', async () => {
    const { broker, receiver, hub: h1 } = await setup();
    const stranger = await new HubPublisher(broker.url, 'H-UNKNOWN').start();
    cleanup.push(() => stranger.stop());
    const b = await startBridge({ brokerUrl: broker.url, mainPort: receiver.port });
    cleanup.push(() => b.stop());
    for (let i = 1; i <= 3; i++) await stranger.publish(sampleAlarm('H-UNKNOWN', i));
    await waitFor(() => b.bridge.stats.unknownHub === 3, { what: 'three events of the unknown hub' });
    expect(stranger.receipts.size).toBe(0);
    expect(b.logLines.filter((l) => l.hubId === 'H-UNKNOWN')).toHaveLength(1);
    expect(receiver.accepted).toHaveLength(0);

    const heartbeat = (n: number) =>
      h1.publishRaw(
        'heartbeat',
        v1.Heartbeat.encode({ eventId: `hb-${n}`, hubId: 'H1', atMs: Date.now() }).finish(),
      );
    await heartbeat(1);
    await waitFor(() => b.bridge.stats.received >= 4, { what: 'the bridge to hear heartbeat hb-1' });
    expect(h1.receipts.has('hb-1')).toBe(false); // no link known up yet
    await h1.publish(sampleAlarm('H1', 1));
    await h1.settle(300);
    await heartbeat(2);
    await waitFor(() => h1.receipts.has('hb-2'), { what: 'the receipt for heartbeat hb-2' });
  });

  it('NULL link tests at the configured interval; the metrics snapshot follows the link down and up', async () => {
    const { broker, receiver } = await setup();
    const dir = mkdtempSync(join(tmpdir(), 'vakt-dc09-metrics-'));
    const metrics = join(dir, 'metrics.json');
    const b = await startBridge({
      brokerUrl: broker.url,
      mainPort: receiver.port,
      linkTest: '300ms',
      extra: `metricsFile: ${metrics}\n`,
    });
    cleanup.push(() => b.stop());
    const snapshot = () => JSON.parse(readFileSync(metrics, 'utf8')) as { links: Array<{ up: boolean }> };
    await waitFor(() => receiver.accepted.filter((m) => m.token === 'NULL').length >= 2, {
      what: 'two NULL link tests',
    });
    expect(receiver.accepted[0]).toMatchObject({ token: 'NULL', account: '1234', data: '' });
    await waitFor(() => existsSync(metrics) && snapshot().links[0]!.up === true, {
      what: 'the metrics file to show the link up',
    });
    expect(statSync(metrics).mode & 0o777).toBe(0o600);
    await receiver.stop();
    await waitFor(() => snapshot().links[0]!.up === false, {
      what: 'the metrics file to show the link down',
    });
    await receiver.start(receiver.port);
    await waitFor(() => snapshot().links[0]!.up === true, {
      what: 'the metrics file to show the link up again',
    });
  });
});
