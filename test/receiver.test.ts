/**
 * The reference receiver against real brokers: aedes in-process and mosquitto processes on free
 * loopback ports. Delivery, dedupe, receipts, bad payloads, shared subscriptions, TLS, credentials.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v1 } from '../protocol/uplink/index.ts';
import { type EmbeddedBroker, startEmbeddedBroker } from '../tools/broker/embedded-broker.ts';
import { Receiver } from '../tools/receiver/receiver.ts';
import { HubPublisher, sampleAlarm } from './support/hub-publisher.ts';
import { Mosquitto } from './support/mosquitto.ts';
import { runCli, startCli } from './support/run-cli.ts';
import { makeTestCa, type TestCa } from './support/test-ca.ts';
import { waitFor } from './support/wait-for.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'vakt-recv-'));
const quiet = pino({ level: 'silent' });

async function inProcessReceiver(
  url: string,
  extra: Partial<ConstructorParameters<typeof Receiver>[0]> = {},
) {
  const lines: string[] = [];
  const r = new Receiver({
    url,
    mqtt: { protocolVersion: extra.mqtt?.protocolVersion ?? 4, clientId: `r-${Math.random()}` },
    storeDir: tmp(),
    receiverId: 'test',
    json: true,
    out: (l) => lines.push(l),
    log: quiet,
    ...extra,
  });
  await r.start();
  return {
    r,
    lines,
    events: () =>
      lines.map((l) => JSON.parse(l) as { hubId: string; kind: string; event: { eventId: string } }),
  };
}

for (const brokerKind of ['aedes', 'mosquitto'] as const) {
  describe(`vakt receive on ${brokerKind}`, () => {
    let url: string;
    let aedes: EmbeddedBroker | undefined;
    let mosq: Mosquitto | undefined;
    beforeAll(async () => {
      if (brokerKind === 'aedes') {
        aedes = await startEmbeddedBroker({ port: 0 });
        url = aedes.url;
      } else {
        mosq = await new Mosquitto().start();
        url = mosq.url;
      }
    });
    afterAll(async () => {
      await aedes?.close();
      await mosq?.stop();
    });

    it('publish → receive → Receipt(accepted); a duplicate is receipted again but shown once', async () => {
      const { r, events } = await inProcessReceiver(url, {
        mqtt: { protocolVersion: brokerKind === 'aedes' ? 4 : 5, clientId: `r1-${brokerKind}` },
      });
      const hub = await new HubPublisher(url, 'NO-4630-HUB-000123').start();
      for (let i = 0; i < 20; i++) await hub.publish(sampleAlarm(hub.hubId, i));
      await hub.publish(sampleAlarm(hub.hubId, 3)); // the hub resends an event
      await hub.settle(500);
      await waitFor(() => hub.receipts.get('ev-000003')?.length === 2 && r.stats.duplicates === 1, {
        what: 'the resent ev-000003 to be receipted again',
      });
      expect(
        events()
          .map((e) => e.event.eventId)
          .sort(),
      ).toEqual(Array.from({ length: 20 }, (_, i) => sampleAlarm('x', i).eventId).sort());
      expect(hub.receipts.get('ev-000003')?.length).toBe(2);
      expect(hub.receipts.get('ev-000000')?.[0]).toMatchObject({
        result: v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED,
        snu: 0,
        receiverId: 'test',
      });
      expect(r.stats).toMatchObject({ handled: 20, duplicates: 1 });
      await hub.stop();
      await r.stop();
    });

    it('logs, counts and never accepts undecodable or inconsistent payloads, and keeps running', async () => {
      const { r, events } = await inProcessReceiver(url, {
        mqtt: { protocolVersion: 4, clientId: `r2-${brokerKind}` },
      });
      const hub = await new HubPublisher(url, 'H2').start();
      await hub.publishRaw('alarm', Buffer.from([0xff, 0xff, 0xff, 0x0f]));
      await hub.publishRaw('alarm', v1.Alarm.encode({ ...sampleAlarm('OTHER-HUB', 1) }).finish());
      await hub.publish(sampleAlarm('H2', 2));
      await hub.settle(500);
      expect(r.stats.undecodable).toBe(1);
      expect(r.stats.rejected).toBe(1);
      expect(hub.receipts.get('ev-000001')?.[0]?.result).toBe(v1.ReceiptResult.RECEIPT_RESULT_REJECTED);
      expect(events().map((e) => e.event.eventId)).toEqual(['ev-000002']);
      await hub.stop();
      await r.stop();
    });

    it('--exec failing asks the hub to resend (hold and resend); succeeding accepts', async () => {
      const flag = join(tmp(), 'ok');
      const { r } = await inProcessReceiver(url, {
        exec: `test -f ${flag}`,
        mqtt: { protocolVersion: 4, clientId: `r3-${brokerKind}` },
      });
      const hub = await new HubPublisher(url, 'H3').start();
      await hub.publish(sampleAlarm('H3', 1));
      await waitFor(() => hub.receipts.get('ev-000001')?.[0], { what: 'a receipt for ev-000001' });
      expect(hub.receipts.get('ev-000001')?.[0]).toMatchObject({
        result: v1.ReceiptResult.RECEIPT_RESULT_HOLD_AND_RESEND,
        snu: 4,
        resendAfterS: 10,
      });
      writeFileSync(flag, '');
      await hub.settle(300);
      expect(r.stats).toMatchObject({ heldForResend: 1, handled: 1 });
      await hub.stop();
      await r.stop();
    });
  });
}

describe('vakt receive on mosquitto: restarts, shared groups, TLS, credentials', () => {
  let mosq: Mosquitto;
  let ca: TestCa;
  const password = 'Sup3r-s3cret-p4ss';
  beforeAll(async () => {
    ca = makeTestCa();
    mosq = await new Mosquitto({ tls: ca, users: { centre: password, hub: 'hubpw' } }).start();
  });
  afterAll(async () => {
    await mosq.stop();
  });

  const cli = (args: string[], env: Record<string, string> = {}) => startCli(['receive', ...args], env);
  const exited = (c: ChildProcess) => new Promise<number | null>((r) => c.on('exit', (code) => r(code)));

  it('a receiver killed with SIGKILL mid-stream and restarted loses nothing and handles nothing twice', async () => {
    const store = tmp();
    const pwFile = join(store, 'pw');
    writeFileSync(pwFile, password);
    const args = [
      '--broker',
      mosq.url,
      '--username',
      'centre',
      '--password-file',
      pwFile,
      '--store',
      store,
      '--client-id',
      'recv-kill',
      '--json',
    ];
    const first = cli(args);
    await waitFor(() => first.err().includes('receiver subscribed'), {
      what: 'the first receiver to subscribe',
    });
    const hub = await new HubPublisher(mosq.url, 'H-KILL', { username: 'hub', password: 'hubpw' }).start();
    const sending = (async () => {
      for (let i = 0; i < 300; i++) await hub.publish(sampleAlarm('H-KILL', i));
    })();
    await waitFor(() => first.out().split('\n').length > 50, {
      what: 'the first receiver to print 50 lines',
    });
    first.child.kill('SIGKILL');
    await exited(first.child);
    await sending;
    const second = cli(args);
    await waitFor(() => second.err().includes('receiver subscribed'), {
      what: 'the second receiver to subscribe',
    });
    await hub.settle(1000, 60_000);
    second.child.kill('SIGTERM');
    await exited(second.child);
    const ids = (o: string) =>
      o
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { event: { eventId: string } }).event.eventId);
    const a = ids(first.out());
    const b = ids(second.out());
    expect(new Set([...a, ...b]).size).toBe(300); // nothing lost
    const shownTwice = a.filter((id) => b.includes(id));
    // Only events the first run showed but had not yet made durable when it was killed may be
    // shown again: its last group commit (everything one socket read brought, at most the
    // in-flight window), so exactly the newest events it showed — never an older, durable one.
    expect(new Set(shownTwice)).toEqual(new Set(a.slice(a.length - shownTwice.length)));
    expect(b.length).toBe(new Set(b).size);
    await hub.stop();
  }, 90_000);

  it('two receivers in one $share group split the events, none lost, none handled twice', async () => {
    const opts = { protocolVersion: 5 as const, username: 'centre', password };
    const one = await inProcessReceiver(mosq.url, {
      shareGroup: 'centre',
      mqtt: { ...opts, clientId: 'share-1' },
    });
    const two = await inProcessReceiver(mosq.url, {
      shareGroup: 'centre',
      mqtt: { ...opts, clientId: 'share-2' },
    });
    const hub = await new HubPublisher(mosq.url, 'H-SHARE', { username: 'hub', password: 'hubpw' }).start();
    for (let i = 0; i < 200; i++) await hub.publish(sampleAlarm('H-SHARE', i));
    await hub.settle(1000);
    const a = one.events().map((e) => e.event.eventId);
    const b = two.events().map((e) => e.event.eventId);
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect(a.length + b.length).toBe(200);
    expect(new Set([...a, ...b]).size).toBe(200);
    await hub.stop();
    await one.r.stop();
    await two.r.stop();
  });

  it('connects over TLS verified against the test CA; refuses a broker signed by another CA', async () => {
    const ok = await inProcessReceiver(mosq.tlsUrl, {
      mqtt: {
        protocolVersion: 5,
        clientId: 'tls-ok',
        ca: ca.ca(),
        rejectUnauthorized: true,
        username: 'centre',
        password,
      },
    });
    await ok.r.stop();
    const wrong = makeTestCa('Wrong CA');
    const r = cli(['--broker', mosq.tlsUrl, '--ca', wrong.caFile, '--username', 'centre', '--store', tmp()], {
      VAKT_BROKER_PASSWORD: password,
    });
    expect(await exited(r.child)).toBe(3);
    expect(r.err()).toMatch(
      /cannot connect to mqtts:\/\/127\.0\.0\.1:\d+\/?: .*(self[- ]signed|unable to verify|certificate)/i,
    );
  });

  it('never prints the broker password, whether it connects or is refused', async () => {
    const good = cli(['--broker', mosq.url, '--username', 'centre', '--store', tmp()], {
      VAKT_BROKER_PASSWORD: password,
    });
    await waitFor(() => good.err().includes('receiver subscribed'), { what: 'the receiver to subscribe' });
    good.child.kill('SIGTERM');
    expect(await exited(good.child)).toBe(0);
    const bad = cli(['--broker', mosq.url, '--username', 'centre', '--store', tmp()], {
      VAKT_BROKER_PASSWORD: `${password}-wrong`,
    });
    expect(await exited(bad.child)).toBe(3);
    for (const text of [good.out(), good.err(), bad.out(), bad.err()]) {
      expect(text).not.toContain(password);
    }
    // Explained as provision, diag and command explain it (tools/receiver/login-refusal.ts).
    expect(bad.err()).toContain(
      'the broker refused the username/password (username centre, password from $VAKT_BROKER_PASSWORD)',
    );
    expect(bad.err()).toMatch(/check --username and the password in \$VAKT_BROKER_PASSWORD/);
    // The banner first, as plain text: broker, group, store.
    expect(good.out()).toMatch(/^vakt receive\n {2}broker {3}mqtt\S+ \(MQTT auto, user centre, /);
    expect(good.out()).toMatch(/\n {2}group {4}none — /);
    expect(good.out()).toMatch(/\n {2}store {4}\S+\/ \(handled event ids/);
  });

  it('vakt command explains a refused login the same way', async () => {
    const dir = tmp();
    expect((await runCli(['keys', 'generate', '--out', dir])).status).toBe(0);
    const pw = join(dir, 'broker.pw');
    writeFileSync(pw, 'not-the-password\n', { mode: 0o600 });
    const r = await runCli([
      'command',
      'H1',
      'set-heartbeat-interval',
      '--arg',
      'interval=300',
      '--key',
      join(dir, 'vakt-command.key'),
      '--broker',
      mosq.url,
      '--username',
      'centre',
      '--password-file',
      pw,
      '--wait',
      '0',
    ]);
    expect(r.status, r.stderr).toBe(3);
    expect(r.stderr).toContain(
      `the broker refused the username/password (username centre, password from --password-file ${pw})`,
    );
    expect(r.stderr).toMatch(/check --username and the password in --password-file/);
    expect(r.stderr).not.toContain('not-the-password');
  });
});
