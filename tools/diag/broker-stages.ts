/**
 * One broker, stage by stage, so the failing row names the stage: DNS, TCP, TLS (mqtts:// only),
 * auth (CONNACK), publish (PUBACK) and receipt (the platform's answer). The connection is made by
 * the provision check (`connectBroker`) with the client id suffix "-diag", so a running daemon's
 * session is left alone. What is published is a Heartbeat, which every platform receiver answers
 * with a Receipt; its event id starts "hb-<path>-" so a running daemon takes the receipt for one
 * of its own heartbeats on that path and ignores it.
 */
import { randomBytes } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { isIP, connect as tcpConnect } from 'node:net';
import type { MqttClient } from 'mqtt';
import type { Clock } from '../../protocol/clock.ts';
import { publishProperties, topicFor, v1 } from '../../protocol/uplink/index.ts';
import { connectBroker } from '../provision/checks/broker-check.ts';
import type { DiagContext } from './context.ts';
import { type DiagRow, fail, pass, skip } from './row.ts';

export type Which = 'primary' | 'secondary';

type Name = (stage: string) => string;
type Skips = (from: string[], why: string) => DiagRow[];

export async function checkBrokerStages(ctx: DiagContext, which: Which): Promise<DiagRow[]> {
  const c = ctx.loaded!.config;
  const b = c.uplink[which]!;
  const name = (stage: string) => `${which} broker ${stage}`;
  const url = new URL(b.url);
  const tls = url.protocol === 'mqtts:';
  const port = Number(url.port || (tls ? 8883 : 1883));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const rows: DiagRow[] = [];
  const rest = (from: string[], why: string) => from.map((s) => skip(name(s), `not tried — ${why}`));
  const later = [...(tls ? ['TLS'] : []), 'auth', 'publish', 'receipt'];

  const address = await resolveHost(ctx, which, host, name, rows);
  if (address === undefined) return [...rows, ...rest(['TCP', ...later], 'DNS failed')];

  const tcp = await tcpReach(address, port, ctx.settings.timeoutMs);
  if (tcp !== 'ok') {
    rows.push(tcpFailRow(which, host, port, tcp, name));
    return [...rows, ...rest(later, 'TCP failed')];
  }
  rows.push(pass(name('TCP'), `${address}:${port} accepts connections`));

  const secret = ctx.loaded!.secrets[which];
  const conn = await connectBroker(name('auth'), b, secret, {
    clientId: c.hub.id,
    clock: ctx.clock,
    timeoutMs: ctx.settings.timeoutMs,
    clientIdSuffix: '-diag',
  });
  if (!('client' in conn)) return [...rows, ...connectFailRows(tls, conn.result, name, rest)];
  if (tls) rows.push(pass(name('TLS'), `certificate verified${b.ca ? ` against ${b.ca}` : ''}`));
  rows.push(
    pass(name('auth'), `CONNACK accepted${b.username ? ` user ${b.username}` : ' (no credentials)'}`),
  );
  try {
    rows.push(...(await roundTrip(conn.client, ctx, which, name)));
  } finally {
    await conn.client.endAsync(true).catch(() => undefined);
  }
  return rows;
}

/** The DNS stage: pushes its row; the address, or undefined when the name does not resolve. */
async function resolveHost(
  ctx: DiagContext,
  which: Which,
  host: string,
  name: Name,
  rows: DiagRow[],
): Promise<string | undefined> {
  if (isIP(host)) {
    rows.push(pass(name('DNS'), `${host} is an address, no lookup needed`));
    return host;
  }
  try {
    const address = (await withTimeout(lookup(host), ctx.settings.timeoutMs, ctx.clock)).address;
    rows.push(pass(name('DNS'), `${host} → ${address}`));
    return address;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    rows.push(
      fail(
        name('DNS'),
        `the host name ${host} does not resolve (${code})`,
        `check the spelling in uplink.${which}.url and the hub's DNS (cat /etc/resolv.conf; ping ${host})`,
      ),
    );
    return undefined;
  }
}

function tcpFailRow(which: Which, host: string, port: number, tcp: string, name: Name): DiagRow {
  return fail(
    name('TCP'),
    tcp === 'ECONNREFUSED'
      ? `nothing listens on ${host}:${port}`
      : `${host}:${port} cannot be reached (${tcp})`,
    tcp === 'ECONNREFUSED'
      ? `check the port in uplink.${which}.url (TLS is usually 8883, plain 1883) and that the broker runs`
      : "check the hub's network connection and that no firewall blocks the port",
  );
}

type ConnectFailure = Extract<Awaited<ReturnType<typeof connectBroker>>, { result: unknown }>['result'];

/** The provision check's failure names the stage that failed: TLS (or the CA file) or auth. */
function connectFailRows(
  tls: boolean,
  r: ConnectFailure,
  name: Name,
  rest: Skips,
): DiagRow[] {
  const rows: DiagRow[] = [];
  const stage = r.code?.startsWith('E_BROKER_TLS') || r.step === 'ca' ? 'TLS' : 'auth';
  // A refused login is explained by provision's check, as every tool explains it (login-refusal.ts).
  const action = (r.hint ?? 'check the broker settings').replace('--check-timeout', 'vakt diag --timeout');
  if (stage === 'auth' && tls) rows.push(pass(name('TLS'), 'handshake completed, certificate verified'));
  rows.push(fail(name(stage), r.detail, action));
  return [
    ...rows,
    ...rest(stage === 'TLS' ? ['auth', 'publish', 'receipt'] : ['publish', 'receipt'], `${stage} failed`),
  ];
}

async function roundTrip(client: MqttClient, ctx: DiagContext, which: Which, name: Name): Promise<DiagRow[]> {
  const c = ctx.loaded!.config;
  const hubId = c.hub.id;
  const eventId = `hb-${which}-diag-${randomBytes(4).toString('hex')}`;
  const receiptTopic = topicFor(c.uplink.root, hubId, 'receipt');
  const heartbeatTopic = topicFor(c.uplink.root, hubId, 'heartbeat');
  const receipt = listenForReceipt(client, receiptTopic, eventId);
  const subscribed = await subscribe(client, receiptTopic);
  try {
    await publishHeartbeat(client, ctx, heartbeatTopic, eventId);
  } catch (err) {
    receipt.stop();
    return [
      fail(
        name('publish'),
        `the broker refused a QoS 1 publish to ${heartbeatTopic}: ${(err as Error).message}`,
        `ask the platform operator to let hub ${hubId} publish to ${c.uplink.root}/${hubId}/… (docs/platform.md, access control)`,
      ),
      skip(name('receipt'), 'not tried — publish failed'),
    ];
  }
  const published = pass(name('publish'), `QoS 1 heartbeat ${eventId} acknowledged (PUBACK)`);
  if (!subscribed) {
    receipt.stop();
    return [
      published,
      fail(
        name('receipt'),
        `the broker refused the subscription to ${receiptTopic}`,
        `ask the platform operator to let hub ${hubId} subscribe to ${receiptTopic}`,
      ),
    ];
  }
  const r = await receipt.wait(ctx);
  receipt.stop();
  return [published, receiptRow(ctx, r, name)];
}

/** Whether the broker granted the receipt subscription. */
async function subscribe(client: MqttClient, topic: string): Promise<boolean> {
  try {
    const granted = await client.subscribeAsync(topic, { qos: 1 });
    return granted.every((g) => g.qos < 128);
  } catch {
    return false;
  }
}

/** A Heartbeat carrying the running daemon's outbox figures when it answers, zeros otherwise. */
async function publishHeartbeat(
  client: MqttClient,
  ctx: DiagContext,
  topic: string,
  eventId: string,
): Promise<void> {
  const c = ctx.loaded!.config;
  const hubId = c.hub.id;
  const s = ctx.daemon?.status;
  const now = ctx.clock.now();
  const intervalS = Math.round(c.uplink.heartbeatInterval / 1000);
  const bytes = v1.Heartbeat.encode({
    eventId,
    hubId,
    atMs: now,
    intervalS,
    outboxDepth: s?.outbox.depth ?? 0,
    oldestPendingMs: s?.outbox.oldestAt ? now - s.outbox.oldestAt : 0,
    openTechnicalAlarms: s?.technicalAlarms ?? 0,
  }).finish();
  await client.publishAsync(topic, Buffer.from(bytes), {
    qos: 1,
    ...(client.options.protocolVersion === 5
      ? { properties: publishProperties('heartbeat', hubId, eventId, intervalS) }
      : {}),
  });
}

function receiptRow(ctx: DiagContext, r: Receipt | undefined, name: Name): DiagRow {
  if (!r)
    return fail(
      name('receipt'),
      `no receipt from the platform within ${ctx.settings.timeoutMs / 1000} s`,
      `check that the response platform is subscribed (its receivers listen on ${ctx.loaded!.config.uplink.root}/+/heartbeat) and running; ask the platform operator`,
    );
  if (r.result !== v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED)
    return fail(
      name('receipt'),
      `the platform answered ${v1.ReceiptResult[r.result]}${r.reason ? `: ${r.reason}` : ''}`,
      'ask the platform operator why this hub is not accepted',
    );
  return pass(
    name('receipt'),
    `answered by the platform${r.receiverId ? ` (receiver ${r.receiverId})` : ''}`,
  );
}

type Receipt = InstanceType<typeof v1.Receipt>;

/** Listens from before the publish, so a fast receipt is not missed; `wait` starts the timeout. */
function listenForReceipt(client: MqttClient, topic: string, eventId: string) {
  let got: Receipt | undefined;
  let notify: (() => void) | undefined;
  const onMessage = (t: string, payload: Buffer) => {
    if (t !== topic) return;
    try {
      const r = v1.Receipt.decode(payload);
      if (r.eventId !== eventId) return;
      got = r;
      notify?.();
    } catch {
      // Not a receipt: someone else's traffic on the topic.
    }
  };
  client.on('message', onMessage);
  return {
    stop: () => client.off('message', onMessage),
    wait: (ctx: DiagContext) =>
      new Promise<Receipt | undefined>((resolve) => {
        if (got) return resolve(got);
        const timer = ctx.clock.setTimer(ctx.settings.timeoutMs, () => resolve(undefined));
        notify = () => {
          timer.cancel();
          resolve(got);
        };
      }),
  };
}

function tcpReach(host: string, port: number, timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    const s = tcpConnect({ host, port });
    const end = (r: string) => {
      s.destroy();
      resolve(r);
    };
    s.setTimeout(timeoutMs, () => end(`no answer within ${timeoutMs / 1000} s`));
    s.once('connect', () => end('ok'));
    s.once('error', (err: NodeJS.ErrnoException) => end(err.code ?? err.message));
  });
}

function withTimeout<T>(p: Promise<T>, ms: number, clock: Clock): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = clock.setTimer(ms, () =>
      reject(Object.assign(new Error('timeout'), { code: `no answer within ${ms / 1000} s` })),
    );
    p.then(
      (v) => {
        timer.cancel();
        resolve(v);
      },
      (err) => {
        timer.cancel();
        reject(err);
      },
    );
  });
}
