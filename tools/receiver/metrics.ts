/**
 * The receiver's OpenMetrics, on its own prom-client Registry (so several receivers in one process
 * never share counters) and served over HTTP at /metrics, on loopback unless told otherwise.
 * Names: docs/platform.md §9.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { VaktError } from '../../protocol/errors.ts';
import { type EventStore, LANES } from './event-store.ts';

/** Seconds: alarms are receipted in milliseconds when healthy; the top buckets catch storms. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60];

export class ReceiverMetrics {
  readonly registry = new Registry<typeof Registry.OPENMETRICS_CONTENT_TYPE>();
  readonly eventsIn: Counter<'lane'>;
  readonly receipted: Counter<'lane' | 'result'>;
  readonly duplicates: Counter<'lane'>;
  readonly shed: Counter<'work'>;
  readonly rejected: Counter;
  readonly undecodable: Counter;
  readonly receiptLatency: Histogram<'lane'>;
  readonly deliveryLatency: Histogram<'lane'>;
  private server: Server | undefined;

  constructor(store: () => EventStore | undefined, now: () => number, saturated: () => boolean) {
    this.registry.setContentType(Registry.OPENMETRICS_CONTENT_TYPE);
    const r = [this.registry];
    this.eventsIn = new Counter({
      name: 'vakt_receiver_events',
      help: 'Alarm-topic and technical events received, every copy, by lane (alarm, technical, routine, test)',
      labelNames: ['lane'],
      registers: r,
    });
    this.receipted = new Counter({
      name: 'vakt_receiver_receipts',
      help: 'Receipts sent for events, by lane and result (accepted, hold_and_resend, rejected)',
      labelNames: ['lane', 'result'],
      registers: r,
    });
    this.duplicates = new Counter({
      name: 'vakt_receiver_duplicates',
      help: 'Copies of events already recorded (by this or another receiver of the group), by lane',
      labelNames: ['lane'],
      registers: r,
    });
    this.shed = new Counter({
      name: 'vakt_receiver_shed',
      help: 'Low-priority work shed under saturation: test alarms told to resend later, heartbeat writes dropped',
      labelNames: ['work'],
      registers: r,
    });
    this.rejected = new Counter({
      name: 'vakt_receiver_rejected',
      help: 'Invalid events receipted REJECTED',
      registers: r,
    });
    this.undecodable = new Counter({
      name: 'vakt_receiver_undecodable',
      help: 'Payloads that did not decode (not receipted)',
      registers: r,
    });
    this.receiptLatency = new Histogram({
      name: 'vakt_receiver_receipt_latency_seconds',
      help: 'From the copy arriving at this receiver to its receipt being published (after the commit), by lane',
      labelNames: ['lane'],
      buckets: LATENCY_BUCKETS,
      registers: r,
    });
    this.deliveryLatency = new Histogram({
      name: 'vakt_receiver_delivery_latency_seconds',
      help: "From the hub's sent_at_ms of the copy to its receipt (includes clock offset between hub and receiver), by lane",
      labelNames: ['lane'],
      buckets: LATENCY_BUCKETS,
      registers: r,
    });
    new Gauge({
      name: 'vakt_receiver_queue_depth',
      help: 'Work waiting to be written to the store, by lane',
      labelNames: ['lane'],
      registers: r,
      collect() {
        const d = store()?.depth();
        if (d) for (const l of LANES) this.set({ lane: l }, d[l]);
      },
    });
    new Gauge({
      name: 'vakt_receiver_saturated',
      help: '1 while admission control sheds low-priority work (store backlog, slow writes or event-loop lag)',
      registers: r,
      collect() {
        this.set(saturated() ? 1 : 0);
      },
    });
    new Gauge({
      name: 'vakt_hubs',
      help: 'Hubs by liveness: online, offline (last will), silent (no heartbeat within 3 intervals)',
      labelNames: ['liveness'],
      registers: r,
      async collect() {
        const l = await store()?.liveness(now());
        if (l) for (const [k, v] of Object.entries(l)) this.set({ liveness: k }, v);
      },
    });
  }

  /** Serves /metrics on host:port (port 0: any free one); resolves with the bound port. */
  async serve(host: string, port: number): Promise<number> {
    const server = createServer((req, res) => {
      if (req.url !== '/metrics') {
        res.writeHead(404).end('see /metrics\n');
        return;
      }
      this.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': this.registry.contentType }).end(text),
        (err: Error) => res.writeHead(500).end(`metrics failed: ${err.message}\n`),
      );
    });
    server.maxConnections = 16;
    await new Promise<void>((resolve, reject) => {
      server.once('error', (err) =>
        reject(
          new VaktError(
            'E_METRICS_LISTEN',
            `cannot serve metrics on ${host}:${port}: ${err.message}`,
            'choose a free port with --metrics-port',
          ),
        ),
      );
      server.listen(port, host, () => resolve());
    });
    this.server = server;
    return (server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (s) await new Promise<void>((r) => s.close(() => r()));
  }
}
