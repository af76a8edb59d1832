/**
 * `vakt receive --store postgres://…` against a PostgreSQL cluster this test makes (initdb in a
 * temp dir, free port) and a mosquitto process: a `$share` group of three receivers with one
 * killed by SIGKILL mid-stream, hub state and liveness, alarms overtaking queued test alarms,
 * shedding under saturation, and the OpenMetrics endpoint.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt from 'mqtt';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topicFor, v1 } from '../protocol/uplink/index.ts';
import { PgEventStore } from '../tools/receiver/postgres/pg-event-store.ts';
import { Receiver } from '../tools/receiver/receiver.ts';
import { HubPublisher, sampleAlarm } from './support/hub-publisher.ts';
import { Mosquitto } from './support/mosquitto.ts';
import { Postgres } from './support/postgres.ts';
import { runCli, startCli } from './support/run-cli.ts';
import { waitFor } from './support/wait-for.ts';

const quiet = pino({ level: 'silent' });
const unavailable = Postgres.available();
const testAlarm = (hubId: string, n: number) => ({
  ...sampleAlarm(hubId, n),
  eventClass: 4,
  statusCode: 102,
});

describe.skipIf(unavailable)(
  `vakt receive on PostgreSQL${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    let pg: Postgres;
    let mosq: Mosquitto;
    beforeAll(async () => {
      [pg, mosq] = await Promise.all([
        new Postgres().start(),
        new Mosquitto({ extra: ['max_queued_messages 0', 'set_tcp_nodelay true'] }).start(),
      ]);
    }, 60_000);
    afterAll(async () => {
      await mosq?.stop();
      await pg?.stop();
    });

    async function inProcess(
      extra: Partial<ConstructorParameters<typeof Receiver>[0]> = {},
      batchMax?: number,
    ) {
      const id = `r-${Math.random().toString(16).slice(2, 8)}`;
      const r = new Receiver({
        url: mosq.url,
        mqtt: { protocolVersion: 5, clientId: id },
        store: new PgEventStore({
          url: pg.url,
          receiverId: id,
          log: quiet,
          ...(batchMax ? { batchMax } : {}),
        }),
        receiverId: id,
        json: true,
        out: () => {},
        log: quiet,
        ...extra,
      });
      await r.start();
      return r;
    }

    it('3 receivers in a $share group, 2,000 alarms from 20 hubs, one receiver SIGKILLed mid-stream: every alarm once in the table, every hub receipted', async () => {
      const args = (n: number) => [
        'receive',
        ...[
          '--broker',
          mosq.url,
          '--share',
          'centre',
          '--store',
          pg.url,
          '--client-id',
          `group-${n}`,
          '--json',
        ],
      ];
      const receivers = [1, 2, 3].map((n) => startCli(args(n)));
      await waitFor(() => receivers.every((r) => r.err().includes('receiver subscribed')), {
        what: 'all three receivers subscribed',
        ms: 30_000,
      });
      const hubs = await Promise.all(
        Array.from({ length: 20 }, (_, h) =>
          new HubPublisher(mosq.url, `NO-0301-HUB-${String(h).padStart(4, '0')}`).start(),
        ),
      );
      const sending = Promise.all(
        hubs.map(async (hub) => {
          for (let i = 0; i < 100; i++) await hub.publish(sampleAlarm(hub.hubId, i));
        }),
      );
      const victim = receivers[0]!;
      await waitFor(() => victim.out().split('\n').length > 50, {
        what: 'the first receiver to show 50 alarms',
        ms: 30_000,
      });
      victim.child.kill('SIGKILL');
      await victim.exit;
      await sending;
      await Promise.all(hubs.map((hub) => hub.settle(1000, 90_000)));
      for (const hub of hubs) expect(hub.unreceipted).toBe(0);

      const rows = await pg.query<{ hub_id: string; event_id: string; receiver_id: string }>(
        'SELECT hub_id, event_id, receiver_id FROM alarms',
      );
      expect(rows.length).toBe(2000);
      const expected = hubs.flatMap((hub) =>
        Array.from({ length: 100 }, (_, i) => `${hub.hubId}\t${sampleAlarm('x', i).eventId}`),
      );
      expect(new Set(rows.map((r) => `${r.hub_id}\t${r.event_id}`))).toEqual(new Set(expected));
      // The load was split: every receiver, the killed one included, recorded some.
      expect(new Set(rows.map((r) => r.receiver_id))).toEqual(new Set(['group-1', 'group-2', 'group-3']));

      for (const r of receivers.slice(1)) r.child.kill('SIGTERM');
      await Promise.all(receivers.slice(1).map((r) => r.exit));
      // The survivors showed each alarm they recorded exactly once.
      const shown = receivers
        .slice(1)
        .flatMap((r) => r.out().split('\n').filter(Boolean))
        .map((l) => JSON.parse(l) as { hubId: string; event: { eventId: string } })
        .map((e) => `${e.hubId}\t${e.event.eventId}`);
      expect(shown.length).toBe(new Set(shown).size);
      expect(shown.length).toBe(rows.filter((r) => r.receiver_id !== 'group-1').length);
      await Promise.all(hubs.map((hub) => hub.stop()));
    }, 180_000);

    it('keeps births and deaths by bd_seq and heartbeats; online, offline and silent are queryable (view and --hubs)', async () => {
      const r = await inProcess();
      const c = await mqtt.connectAsync(mosq.url, { protocolVersion: 5 });
      const state = (hubId: string, status: number, bdSeq: number) =>
        c.publishAsync(
          topicFor('vakt/v1', hubId, 'state'),
          Buffer.from(v1.HubState.encode({ hubId, status, bdSeq, softwareVersion: '1.2.0' }).finish()),
          { qos: 1 },
        );
      const beat = (hubId: string, intervalS: number) =>
        c.publishAsync(
          topicFor('vakt/v1', hubId, 'heartbeat'),
          Buffer.from(
            v1.Heartbeat.encode({ eventId: `hb-${Date.now()}`, hubId, intervalS, atMs: Date.now() }).finish(),
          ),
          { qos: 1 },
        );
      await state('HUB-LIVE', 1, 5);
      await state('HUB-LIVE', 2, 4); // a stale will from connection 4: ignored
      await beat('HUB-LIVE', 60);
      await state('HUB-DEAD', 1, 7);
      await state('HUB-DEAD', 2, 7); // the will of the current connection
      await state('HUB-QUIET', 1, 1);
      await beat('HUB-QUIET', 1); // silent once 3 × 1 s pass without another
      const liveness = async () =>
        Object.fromEntries(
          (
            await pg.query<{ hub_id: string; liveness: string }>('SELECT hub_id, liveness FROM hub_liveness')
          ).map((x) => [x.hub_id, x.liveness]),
        );
      await waitFor(async () => (await liveness())['HUB-QUIET'] === 'silent', {
        what: 'HUB-QUIET to fall silent',
      });
      expect(await liveness()).toMatchObject({
        'HUB-LIVE': 'online',
        'HUB-DEAD': 'offline',
        'HUB-QUIET': 'silent',
      });
      const [live] = await pg.query<{ bd_seq: string; heartbeat_interval_s: number }>(
        "SELECT * FROM hubs WHERE hub_id = 'HUB-LIVE'",
      );
      expect(live).toMatchObject({ bd_seq: '5', heartbeat_interval_s: 60 });

      const cli = await runCli(['receive', '--store', pg.url, '--hubs', '--json']);
      expect(cli.status).toBe(0);
      const listed = cli.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { hubId: string; liveness: string; bdSeq: number });
      expect(listed.find((h) => h.hubId === 'HUB-DEAD')).toMatchObject({ liveness: 'offline', bdSeq: 7 });
      const table = await runCli(['receive', '--store', pg.url, '--hubs']);
      expect(table.stdout).toMatch(/1 online, 1 offline, 1 silent/);
      await c.endAsync();
      await r.stop();
    }, 60_000);

    it('alarms overtake test alarms queued before them, and a saturated receiver sheds test alarms, never alarms', async () => {
      const r = await inProcess({ limits: { backlogHigh: 1_000 } }, 20);
      const hub = await new HubPublisher(mosq.url, 'HUB-STORM').start();
      const locker = new (await import('pg')).default.Client({ connectionString: pg.url });
      await locker.connect();
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE alarms IN ACCESS EXCLUSIVE MODE'); // the database stalls
      for (let i = 0; i < 300; i++) await hub.publish(testAlarm('HUB-STORM', 1000 + i));
      for (let i = 0; i < 30; i++) await hub.publish(sampleAlarm('HUB-STORM', i));
      await waitFor(() => r.stats.received >= 330, { what: 'all 330 events at the receiver' });
      await locker.query('COMMIT');
      await waitFor(() => hub.receipts.size >= 330, { what: '330 receipts', ms: 30_000 });
      const order = [...hub.receipts.keys()];
      const lastAlarm = Math.max(...order.map((id, i) => (Number(id.slice(3)) < 1000 ? i : -1)));
      // At most the two batches the writers had taken before the lock are ahead of the alarms.
      expect(lastAlarm).toBeLessThan(30 + 2 * 20);
      await locker.end();
      await hub.stop();
      await r.stop();

      // Saturated (backlog past 10 rows): test alarms are told to come back in 60 s; alarms wait and go in.
      const s = await inProcess({ limits: { backlogHigh: 10 } }, 20);
      const hub2 = await new HubPublisher(mosq.url, 'HUB-SHED').start();
      const lock2 = new (await import('pg')).default.Client({ connectionString: pg.url });
      await lock2.connect();
      await lock2.query('BEGIN');
      await lock2.query('LOCK TABLE alarms IN ACCESS EXCLUSIVE MODE');
      for (let i = 0; i < 50; i++) await hub2.publish(sampleAlarm('HUB-SHED', i));
      await waitFor(() => s.stats.received >= 50, { what: '50 alarms at the receiver' });
      for (let i = 0; i < 20; i++) await hub2.publish(testAlarm('HUB-SHED', 1000 + i));
      await waitFor(() => s.stats.shed >= 20, { what: '20 test alarms shed' });
      await lock2.query('COMMIT');
      await waitFor(() => hub2.receipts.size >= 70, { what: '70 receipts', ms: 30_000 });
      for (let i = 0; i < 50; i++)
        expect(hub2.receipts.get(sampleAlarm('x', i).eventId!)?.[0]?.result).toBe(
          v1.ReceiptResult.RECEIPT_RESULT_ACCEPTED,
        );
      for (let i = 0; i < 20; i++)
        expect(hub2.receipts.get(testAlarm('x', 1000 + i).eventId!)?.[0]).toMatchObject({
          result: v1.ReceiptResult.RECEIPT_RESULT_HOLD_AND_RESEND,
          resendAfterS: 60,
        });
      const stored = await pg.query<{ n: string }>(
        "SELECT count(*) AS n FROM alarms WHERE hub_id = 'HUB-SHED'",
      );
      expect(Number(stored[0]!.n)).toBe(50);
      await lock2.end();
      await hub2.stop();
      await s.stop();
    }, 90_000);

    it('serves OpenMetrics on loopback: events by lane, receipts, latency histograms, hubs by liveness, queue depths', async () => {
      const r = await inProcess({ metrics: { host: '127.0.0.1', port: 0 } });
      const hub = await new HubPublisher(mosq.url, 'HUB-METRICS').start();
      for (let i = 0; i < 10; i++) await hub.publish(sampleAlarm('HUB-METRICS', i));
      await hub.publish(sampleAlarm('HUB-METRICS', 3)); // a resend
      await hub.settle(500);
      const res = await fetch(`http://127.0.0.1:${r.metricsPort}/metrics`);
      expect(res.headers.get('content-type')).toMatch(/application\/openmetrics-text/);
      const text = await res.text();
      expect(text).toMatch(/vakt_receiver_events_total\{lane="alarm"\} 11/);
      expect(text).toMatch(/vakt_receiver_receipts_total\{lane="alarm",result="accepted"\} 11/);
      expect(text).toMatch(/vakt_receiver_duplicates_total\{lane="alarm"\} 1/);
      expect(text).toMatch(/vakt_receiver_receipt_latency_seconds_count\{lane="alarm"\} 11/);
      expect(text).toMatch(/vakt_receiver_queue_depth\{lane="alarm"\} 0/);
      expect(text).toMatch(/vakt_hubs\{liveness="offline"\} \d+/);
      expect(text).toMatch(/# EOF\s*$/);
      await hub.stop();
      await r.stop();
    }, 60_000);

    it('refuses a password in the URL and --exec with the database store; names an unreachable database', async () => {
      const pw = await runCli([
        'receive',
        '--broker',
        mosq.url,
        '--store',
        'postgres://centre:secret@127.0.0.1/vakt',
      ]);
      expect(pw.status).toBe(2);
      expect(pw.stderr).toMatch(/must not contain a password/);
      expect(pw.stderr).not.toContain('secret');
      const exec = await runCli(['receive', '--broker', mosq.url, '--store', pg.url, '--exec', 'true']);
      expect(exec.status).toBe(2);
      expect(exec.stderr).toMatch(/--exec cannot be combined with the postgres store/);
      const dir = mkdtempSync(join(tmpdir(), 'vakt-nodb-'));
      const down = await runCli([
        'receive',
        '--broker',
        mosq.url,
        '--store',
        `postgres://vakt@127.0.0.1:1/vakt?host=${dir}`,
      ]);
      expect(down.status).toBe(3);
      expect(down.stderr).toMatch(/cannot connect to PostgreSQL/);
    }, 60_000);
  },
);
