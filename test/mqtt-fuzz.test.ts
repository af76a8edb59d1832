/**
 * 100,000 payloads on a real hub's command and receipt topics (through mosquitto): random bytes,
 * truncated and bit-flipped signed commands, commands signed by a stranger, random Receipts and
 * protobuf-shaped garbage. Every one reaches the hub (mosquitto queues without a limit; its
 * $SYS counts say when all were delivered). The hub must not crash, must answer only commands
 * whose platform signature still verifies, must summarise the rest in a handful of log lines,
 * must keep its RSS within 20 MiB of its baseline, and must still deliver an alarm afterwards.
 * The RSS is the spawned `vakt run`'s (started with the systemd unit's node flags), not this
 * test process's. Figures: docs/benchmarks.md, "Floods and fuzz".
 */

import { generateKeyPairSync, randomBytes, randomInt } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt from 'mqtt';
import { afterAll, describe, expect, it } from 'vitest';
import { signCommand, v1 } from '../protocol/uplink/index.ts';
import { topicFor } from '../protocol/uplink/topics.ts';
import { UNIT_NODE_FLAGS } from './support/hub-daemon.ts';
import { ROOT, startMqttHubRig } from './support/mqtt-hub-rig.ts';
import { rssMiB, rssSampler, settledRss } from './support/rss.ts';
import { waitFor } from './support/wait-for.ts';

const cleanup: Array<() => Promise<unknown> | unknown> = [];
afterAll(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const HUB = 'H-FUZZ';
const PER_TOPIC = Number(process.env.VAKT_FUZZ_PER_TOPIC ?? 50_000);
/** Payloads published but not yet delivered to the hub (by the broker's $SYS count) at most. */
const BACKLOG = 3_000;
const platformKey = generateKeyPairSync('ed25519');
const stranger = generateKeyPairSync('ed25519');

function flip(b: Uint8Array): Uint8Array {
  const out = Uint8Array.from(b);
  for (let n = randomInt(1, 4); n > 0; n--) out[randomInt(out.length)]! ^= 1 << randomInt(8);
  return out;
}

/** Signing is the slow part of making payloads: a pool of signed commands, reused with mutations. */
const pool = (key: typeof platformKey.privateKey) =>
  Array.from(
    { length: 64 },
    () =>
      signCommand({ hubId: HUB, action: { requestInventory: {} }, privateKey: key, nowMs: Date.now() }).bytes,
  );
const ours = pool(platformKey.privateKey);
const theirs = pool(stranger.privateKey);

function commandPayload(i: number): Uint8Array {
  const signed = (from: Uint8Array[]) => from[randomInt(from.length)]!;
  switch (i % 6) {
    case 0:
      return randomBytes(randomInt(0, 600));
    case 1:
      return flip(signed(ours)); // tampered: the signature no longer verifies (mostly: see below)
    case 2: {
      const b = signed(ours);
      return b.subarray(0, randomInt(0, b.length)); // truncated
    }
    case 3:
      return signed(theirs);
    case 4:
      return v1.Command.encode({
        keyId: randomBytes(4).toString('hex'),
        body: randomBytes(randomInt(0, 200)),
        signature: randomBytes(64),
      }).finish();
    default:
      return randomBytes(i % 60 === 5 ? randomInt(1000, 200 * 1024) : randomInt(0, 100));
  }
}

function receiptPayload(i: number): Uint8Array {
  switch (i % 4) {
    case 0:
      return randomBytes(randomInt(0, 600));
    case 1:
      return v1.Receipt.encode({
        eventId: randomBytes(randomInt(0, 40)).toString('base64'),
        hubId: i % 8 === 1 ? HUB : randomBytes(6).toString('hex'),
        result: randomInt(0, 8),
        resendAfterS: randomInt(0, 100_000),
        reason: randomBytes(randomInt(0, 300)).toString('latin1'),
      }).finish();
    case 2:
      return flip(
        v1.Receipt.encode({ eventId: 'x'.repeat(randomInt(1, 64)), hubId: HUB, result: 1 }).finish(),
      );
    default:
      return Buffer.concat([
        Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]),
        randomBytes(randomInt(0, 50)),
      ]);
  }
}

/**
 * mosquitto's $SYS counts of PUBLISH packets sent to subscribers and dropped, published each
 * second when changed. The sent count includes the $SYS messages this client itself is sent, so
 * those are taken off; the rest stops changing once the broker has delivered all it will.
 */
async function publishCounters(url: string) {
  const client = await mqtt.connectAsync(url, { reconnectPeriod: 0 });
  const last = { sent: -1, dropped: 0, at: Date.now() };
  let sysSeen = 0;
  client.on('message', (topic, m) => {
    sysSeen++;
    const value = Number(m.toString());
    if (topic.endsWith('/dropped')) last.dropped = value;
    else if (value - sysSeen !== last.sent) {
      last.sent = value - sysSeen;
      last.at = Date.now();
    }
  });
  await client.subscribeAsync(['$SYS/broker/publish/messages/sent', '$SYS/broker/publish/messages/dropped']);
  return {
    /** Resolves once at least `atLeast` were sent and the counts have stopped changing. */
    async settled(atLeast = 0): Promise<{ sent: number; dropped: number }> {
      await waitFor(() => last.sent >= atLeast && Date.now() - last.at > 3000, {
        what: `the broker's $SYS sent count to reach ${atLeast} and stop changing`,
        ms: 120_000,
        everyMs: 200,
      }).catch((e: Error) => {
        throw new Error(`${e.message} (it is at ${last.sent})`);
      });
      return { sent: last.sent, dropped: last.dropped };
    },
    /** The latest count (the broker publishes it each second). */
    get sent(): number {
      return last.sent;
    },
    stop: () => client.endAsync(true),
  };
}

describe('MQTT fuzz against a real hub', () => {
  it(`${2 * PER_TOPIC} command- and receipt-topic payloads: no crash, no answer, few log lines, RSS bounded`, async () => {
    const pub = join(tmpdir(), `vakt-fuzz-${process.pid}.pub`);
    writeFileSync(pub, platformKey.publicKey.export({ type: 'spki', format: 'pem' }) as string);
    const rig = await startMqttHubRig({
      hubId: HUB,
      // $SYS counters each second: what the broker delivered (to the hub) and dropped.
      mosquitto: ['sys_interval 1', 'max_queued_messages 0'],
      platform: { signingKey: platformKey.privateKey },
      hub: {
        extraConfig: `commands:\n  publicKeys: [${pub}]\n`,
        receiptTimeout: '10s', // the default: heartbeat replies wait behind the flood's backlog
        // Without the unit's --max-semi-space-size=1, V8's young generation grows to 16 MiB
        // semi-spaces under the flood and the promoted garbage stays until a major GC, which an idle
        // hub may not run for minutes: RSS the hub as installed never holds.
        nodeArgs: UNIT_NODE_FLAGS,
      },
    });
    cleanup.push(() => rig.stop());
    const { broker, hub, pid } = rig;

    const results: Buffer[] = [];
    const fuzzer = await mqtt.connectAsync(broker.url, { protocolVersion: 5, reconnectPeriod: 0 });
    cleanup.push(() => fuzzer.endAsync(true));
    await fuzzer.subscribeAsync(topicFor(ROOT, HUB, 'command-result'), { qos: 0 });
    fuzzer.on('message', (_t, m) => results.push(m));
    const topics = {
      command: topicFor(ROOT, HUB, 'command'),
      receipt: topicFor(ROOT, HUB, 'receipt'),
    };
    // The baseline is a hub that has handled each kind of payload once (code compiled on first
    // use is not a flood's memory); the warm-up payloads are not counted.
    for (let i = 0; i < 120; i++) {
      fuzzer.publish(topics.command, Buffer.from(commandPayload(i)), { qos: 0 });
      fuzzer.publish(topics.receipt, Buffer.from(receiptPayload(i)), { qos: 0 });
    }
    await fuzzer.publishAsync(topics.receipt, Buffer.alloc(0), { qos: 1 });
    const delivered = await publishCounters(broker.url);
    cleanup.push(() => delivered.stop());
    const countsBefore = await delivered.settled();
    const logBefore = hub.daemon.out().split('\n').length;
    const baseline = await settledRss(pid);
    const sampler = rssSampler(pid, 100);
    const started = Date.now();
    let published = 0;
    for (let i = 0; i < PER_TOPIC; i++) {
      fuzzer.publish(topics.command, Buffer.from(commandPayload(i)), { qos: 0 });
      fuzzer.publish(topics.receipt, Buffer.from(receiptPayload(i)), { qos: 0 });
      published += 2;
      if (i % 500 !== 499) continue;
      // A QoS 1 round trip now and then keeps the fuzzer from queueing everything in its own memory.
      await fuzzer.publishAsync(topics.receipt, Buffer.alloc(0), { qos: 1 });
      published++;
      // The broker's queue for the hub stays short: a backlog of tens of thousands would hold the
      // platform's heartbeat replies past the hub's timeout, and the hub would rightly reconnect,
      // losing what was queued for it at QoS 0.
      await waitFor(() => published - (delivered.sent - countsBefore.sent) <= BACKLOG, {
        what: `the broker to deliver all but ${BACKLOG} of ${published} payloads to the hub`,
        ms: 60_000,
        everyMs: 50,
      });
    }
    const sentMs = Date.now() - started;
    // The broker queues what the hub has not read yet (max_queued_messages 0): wait until it has
    // delivered everything, then for the hub's memory to settle and come back, bounded.
    // A hub starved of CPU (2 shared cores, the whole suite) may not read for seconds: the count
    // it must reach is what was published, else only the wait's bound ends it.
    const countsAfter = await delivered.settled(countsBefore.sent + 2 * PER_TOPIC);
    const deliveredMs = Date.now() - started;
    const toHub = countsAfter.sent - countsBefore.sent;
    const dropped = countsAfter.dropped - countsBefore.dropped;
    const settleStarted = Date.now();
    await settledRss(pid);
    const after = await waitFor(
      () => {
        const now = rssMiB(pid);
        return now - baseline < 20 ? now : undefined;
      },
      {
        what: `the hub's RSS back within 20 MiB of its ${baseline.toFixed(1)} MiB baseline`,
        ms: 30_000,
        everyMs: 500,
      },
    );
    const settleMs = Date.now() - settleStarted;
    sampler.stop();
    expect(hub.daemon.child.exitCode).toBeNull();
    await rig.alarmAgain('the alarm after the fuzz at the platform', 30_000);
    const logLines = hub.daemon
      .out()
      .split('\n')
      .slice(logBefore - 1)
      .filter((l) => l.trim());
    console.info(
      `mqtt fuzz: ${2 * PER_TOPIC} payloads published in ${(sentMs / 1000).toFixed(1)} s, delivered by ${(deliveredMs / 1000).toFixed(1)} s; hub RSS before ${baseline.toFixed(1)} MiB, ` +
        `peak ${sampler.peak.toFixed(1)}, after ${after.toFixed(1)} (within ${(settleMs / 1000).toFixed(1)} s; final ${rssMiB(pid).toFixed(1)}); ` +
        `${logLines.length} log lines; ${results.length} command results published; ` +
        `broker delivered ${toHub} PUBLISH packets (to the hub, ${results.length} to the fuzzer), dropped ${dropped}`,
    );
    if (process.env.VAKT_FUZZ_LOG) writeFileSync(process.env.VAKT_FUZZ_LOG, logLines.join('\n'));
    // Only commands whose signature verified (a flipped bit in the envelope can leave it intact)
    // are answered, each naming its command id; nothing unsigned is.
    const answered = results.map((r) => v1.CommandResult.decode(r));
    expect(answered.filter((r) => r.commandId === '')).toEqual([]);
    // A command that verified is answered and logged on its own line ("command rejected": mostly
    // replays of the pool's nonces); everything else is summarised, a few lines per kind.
    const answeredLines = logLines.filter((l) => l.includes('"msg":"command rejected"'));
    expect(answeredLines.length).toBeLessThanOrEqual(results.length);
    expect(logLines.length - answeredLines.length).toBeLessThan(20);
    // The hub kept its connection through the flood (a drop would lose what was queued for it).
    expect(logLines.filter((l) => /broker connection lost|dropping broker connection/.test(l))).toEqual([]);
    // The payloads reached the hub, not just the broker (its QoS 1 subscriptions deliver them at 0).
    expect(toHub).toBeGreaterThanOrEqual(2 * PER_TOPIC);
    expect(dropped).toBe(0);
  }, 240_000);
});
