/**
 * Receipts the hub can trust, on a mosquitto process with the ACL docs/platform.md documents
 * (acl_file and password_file made here): a second receiver account — allowed, like every
 * receiver, to publish on any hub's receipt topic — forges ACCEPTED, HOLD_AND_RESEND (resend
 * 10⁶ s) and receipts for another hub id. The alarm still goes by SMS at its deadline (the real
 * AT modem driver on firmware-sim's modem over a PTY) while the platform is silent, and reaches
 * the real platform, whose signed receipt alone clears it, once it answers.
 */
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mqtt from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import { ModemPort } from '../firmware-sim/modem/modem-port.ts';
import { SystemClock } from '../gateway/clock/system-clock.ts';
import { Modem } from '../gateway/fallback/modem.ts';
import { formatSms } from '../gateway/fallback/modem-adapter.ts';
import { SmsFallback } from '../gateway/fallback/sms-fallback.ts';
import { signReceipt, topicFor, v1 } from '../protocol/uplink/index.ts';
import { RECEIVER_ACL } from './support/broker-acl.ts';
import { Mosquitto } from './support/mosquitto.ts';
import { HUB, HubRig, platform, quiet, uplinkSettings } from './support/uplink-rig.ts';
import { waitFor } from './support/wait-for.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const platformKey = generateKeyPairSync('ed25519');
const rogueKey = generateKeyPairSync('ed25519');
const DEADLINE_MS = 3000;
const USERS = { [HUB]: 'hub-pw', 'centre-receiver': 'centre-pw', 'other-receiver': 'other-pw' };

/** mosquitto as docs/platform.md sets it up: passwords, the documented ACL, username as client id. */
async function broker(): Promise<Mosquitto> {
  const extra: string[] = ['use_username_as_clientid true'];
  const m = new Mosquitto({ users: USERS, extra });
  writeFileSync(join(m.dir, 'acl'), RECEIVER_ACL(['centre-receiver', 'other-receiver']));
  extra.push(`acl_file ${join(m.dir, 'acl')}`);
  await m.start();
  cleanup.push(() => m.stop());
  return m;
}

/** The forger: subscribes to alarms like any receiver and answers each copy with four forgeries. */
async function forger(url: string) {
  const c = await mqtt.connectAsync(url, {
    username: 'other-receiver',
    password: 'other-pw',
    clientId: 'rogue',
  });
  cleanup.push(() => c.endAsync());
  const sent = { accepted: 0, signedByStranger: 0, hold: 0, otherHub: 0 };
  const R = v1.ReceiptResult;
  c.on('message', (topic, payload) => {
    const alarm = v1.Alarm.decode(payload);
    const receipt = topicFor('vakt/v1', alarm.hubId, 'receipt');
    const base = { eventId: alarm.eventId, hubId: alarm.hubId, atMs: Date.now(), receiverId: 'rogue' };
    const forgeries = [
      v1.Receipt.encode({ ...base, result: R.RECEIPT_RESULT_ACCEPTED }).finish(),
      signReceipt({ ...base, result: R.RECEIPT_RESULT_ACCEPTED }, rogueKey.privateKey),
      v1.Receipt.encode({
        ...base,
        result: R.RECEIPT_RESULT_HOLD_AND_RESEND,
        snu: 4,
        resendAfterS: 1_000_000,
      }).finish(),
      // A genuine platform signature, captured from another hub's receipt topic.
      signReceipt({ ...base, hubId: 'H-OTHER', result: R.RECEIPT_RESULT_ACCEPTED }, platformKey.privateKey),
    ];
    for (const f of forgeries) c.publish(receipt, Buffer.from(f), { qos: 1 });
    sent.accepted++;
    sent.signedByStranger++;
    sent.hold++;
    sent.otherHub++;
    void topic;
  });
  await c.subscribeAsync('vakt/v1/+/alarm', { qos: 1 });
  return sent;
}

async function smsRig(hub: HubRig) {
  const sms: Array<{ to: string; at: number }> = [];
  const modemPort = await ModemPort.open({ onSms: (s) => sms.push({ to: s.to, at: Date.now() }) });
  cleanup.push(() => modemPort.close());
  const modem = new Modem(modemPort.hubPath, new SystemClock(), quiet);
  cleanup.push(() => modem.close());
  const fallback = new SmsFallback(
    hub.store,
    modem,
    formatSms,
    { numbers: ['+4791234567'], deadlineMs: DEADLINE_MS, probeEveryMs: 60_000 },
    new SystemClock(),
    quiet,
  );
  cleanup.push(() => fallback.stop());
  return { sms, fallback };
}

describe('forged receipts (documented receiver ACL on mosquitto)', () => {
  it('forged ACCEPTED, HOLD 10⁶ s and another hub id change nothing: SMS at the deadline, then the real platform', async () => {
    const mosq = await broker();
    const settings = uplinkSettings(mosq.url, { receiptKeys: [platformKey.publicKey] });
    Object.assign(settings.primary.options, { username: HUB, password: 'hub-pw' });
    const hub = new HubRig(settings);
    cleanup.push(() => hub.stop());
    const { sms, fallback } = await smsRig(hub);
    const forged = await forger(mosq.url);
    hub.uplink.start();
    fallback.start();
    const acceptedAt = Date.now();
    const [alarm] = hub.accept(1, 'alarm');
    await waitFor(() => sms.length === 1, { ms: 20_000, what: 'the alarm SMS' });
    expect(sms[0]!.at - acceptedAt).toBeGreaterThanOrEqual(DEADLINE_MS);
    expect(forged.accepted).toBeGreaterThanOrEqual(1);
    expect(hub.store.outboxStats().depth).toBeGreaterThanOrEqual(1); // still waiting for a real receipt
    // The platform answers now: its signed receipt is the only one that clears the alarm.
    const p = await platform(mosq.url, {
      mqtt: { protocolVersion: 4, clientId: 'centre', username: 'centre-receiver', password: 'centre-pw' },
      signingKey: platformKey.privateKey,
    });
    cleanup.push(() => p.r.stop());
    await waitFor(() => hub.store.outboxStats().depth === 0, { ms: 30_000, what: 'the outbox to drain' });
    expect(p.handled().map((e) => e.eventId)).toContain(alarm);
    const stats = hub.uplink.status().receipts as {
      acted: number;
      untrusted: Record<string, number>;
    };
    // Every copy drew four forgeries: unsigned ACCEPTED and HOLD, a stranger's key, another hub.
    expect(stats.untrusted.unsigned).toBe(2 * forged.accepted);
    expect(stats.untrusted.unknown_key).toBe(forged.signedByStranger);
    expect(stats.untrusted.wrong_hub).toBe(forged.otherHub);
    const notices = p.handled('technical').filter((t) => t.kind === 'TECHNICAL_KIND_RECEIPT_UNTRUSTED');
    expect(notices).toHaveLength(1); // rate-limited: one per 10 min
    console.info(
      `forged-receipt test: ${forged.accepted} alarm copies forged 4× each; refused ${JSON.stringify(stats.untrusted)}; acted on ${stats.acted}; SMS ${sms[0]!.at - acceptedAt} ms after acceptance (deadline ${DEADLINE_MS} ms)`,
    );
  }, 60_000);
});

describe('platform key rotation', () => {
  it('old and new keys both accepted during the overlap; the old one refused after', async () => {
    const { startEmbeddedBroker } = await import('../tools/broker/embedded-broker.ts');
    const b = await startEmbeddedBroker({ port: 0 });
    cleanup.push(() => b.close());
    const oldKey = generateKeyPairSync('ed25519');
    const newKey = generateKeyPairSync('ed25519');
    const run = async (trusted: (typeof oldKey)[], signer: typeof oldKey) => {
      const hub = new HubRig(uplinkSettings(b.url, { receiptKeys: trusted.map((k) => k.publicKey) }));
      const p = await platform(b.url, { signingKey: signer.privateKey });
      hub.uplink.start();
      const [alarm] = hub.accept(1, 'alarm');
      await waitFor(() => p.handled().some((e) => e.eventId === alarm), { ms: 10_000, what: 'the alarm' });
      const drained = await waitFor(() => hub.store.outboxStats().depth === 0, { ms: 3000, what: 'a drain' })
        .then(() => true)
        .catch(() => false);
      const stats = hub.uplink.status().receipts as { untrusted: Record<string, number> };
      await p.r.stop();
      await hub.stop();
      return { drained, untrusted: stats.untrusted };
    };
    // Overlap: the hub trusts both; receivers sign with either.
    expect((await run([oldKey, newKey], oldKey)).drained).toBe(true);
    expect((await run([oldKey, newKey], newKey)).drained).toBe(true);
    // After: the hub trusts only the new key.
    const after = await run([newKey], oldKey);
    expect(after.drained).toBe(false);
    expect(after.untrusted.unknown_key).toBeGreaterThanOrEqual(1);
    expect((await run([newKey], newKey)).drained).toBe(true);
  }, 60_000);
});
