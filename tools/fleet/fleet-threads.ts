/**
 * `vakt fleet --threads K`: the same fleet spread over K worker threads of this one process, each
 * a part with its own event loop (fleet-worker.ts) and a slice of the hubs. One event loop runs
 * out at a few thousand hubs: in a reconnect storm its I/O phase alone can hold timers back for
 * seconds (libuv runs up to 48 × 1,024 ready sockets per turn), so the simulator, not the platform,
 * sets the latency. The parts' FleetEvents are applied here in arrival order to one FleetStats:
 * the report is the same as one thread's. Times are the host's clock (Date.now), shared by threads.
 */
import { Worker } from 'node:worker_threads';
import { type FleetOptions, progressLine, recordFleetEvent } from './fleet.ts';
import type { FleetLane } from './fleet-hub.ts';
import { type FleetEvent, FleetStats } from './fleet-stats.ts';

/** What a part is started with: the fleet's options for its slice, without functions. */
export type PartOptions = Omit<FleetOptions, 'clock' | 'log' | 'onReceipt' | 'onEvent'> & {
  logLevel: string;
};

export type ToPart =
  | { t: 'start' | 'schedule' | 'unschedule' | 'stop' | 'lag' }
  | { t: 'raise'; lane: FleetLane; count: number }
  | { t: 'raiseEach'; lanes: FleetLane[] };

type FromPart =
  | { t: 'events'; events: FleetEvent[]; pending: number }
  | { t: 'started' | 'stopped' }
  | { t: 'raisedEach'; ids: Array<[string, string]> }
  | { t: 'lag'; p99Ms: number; maxMs: number };

export type FleetThreadsOptions = PartOptions & {
  threads: number;
  onReceipt?: FleetOptions['onReceipt'];
  onEvent?: FleetOptions['onEvent'];
};

interface Waiter {
  resolve(m: FromPart): void;
  reject(err: Error): void;
}

interface Part {
  worker: Worker;
  hubs: number;
  pending: number;
  waiting: Map<string, Waiter[]>;
  failed?: Error;
}

/** The worker, as TypeScript through tsx when these sources run as TypeScript, else plain. */
function spawnPart(data: PartOptions): Worker {
  const ts = import.meta.url.endsWith('.ts');
  const url = new URL(`./fleet-worker.${ts ? 'ts' : 'js'}`, import.meta.url);
  if (!ts) return new Worker(url, { workerData: data });
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { eval: true, workerData: data });
}

export class FleetThreads {
  stats = new FleetStats(Date.now());
  private readonly parts: Part[] = [];

  constructor(private readonly o: FleetThreadsOptions) {}

  get size(): number {
    return this.o.hubs;
  }

  /** Events without a receipt, as the parts last reported them (every 25 ms, and with each answer). */
  get pending(): number {
    return this.parts.reduce((n, p) => n + p.pending, 0);
  }

  progressLine(): string {
    return progressLine(this.stats, this.o.hubs, this.pending);
  }

  /** Starts every part (each brings its slice up at its share of the ramp). */
  async start(): Promise<void> {
    const { threads, onReceipt: _, onEvent: __, ...fleet } = this.o;
    const k = Math.max(1, Math.min(threads, this.o.hubs));
    this.stats = new FleetStats(Date.now());
    let first = this.o.firstHub ?? 1;
    for (let i = 0; i < k; i++) {
      const hubs = Math.floor(this.o.hubs / k) + (i < this.o.hubs % k ? 1 : 0);
      const worker = spawnPart({ ...fleet, hubs, firstHub: first, rampPerS: this.o.rampPerS / k });
      first += hubs;
      const part: Part = { worker, hubs, pending: 0, waiting: new Map() };
      worker.on('message', (m: FromPart) => this.onMessage(part, m));
      const fail = (err: Error) => {
        part.failed ??= err;
        for (const [, ws] of part.waiting) for (const w of ws) w.reject(err);
        part.waiting.clear();
      };
      worker.on('error', (err) => fail(new Error(`vakt fleet: a thread failed: ${err.message}`)));
      worker.on('exit', (code) => fail(new Error(`vakt fleet: a thread exited (code ${code})`)));
      this.parts.push(part);
    }
    await Promise.all(this.parts.map((p) => this.ask(p, { t: 'start' }, 'started')));
  }

  schedule(): void {
    for (const p of this.parts) p.worker.postMessage({ t: 'schedule' });
  }

  unschedule(): void {
    for (const p of this.parts) p.worker.postMessage({ t: 'unschedule' });
  }

  /**
   * Raises `count` events of `lane`, shared over the parts by their size (count = hubs: every
   * hub). It returns at once and the threads raise a moment later: to mark a window around the
   * raising (FleetStats.openWindow), use `raiseEach`, which answers once every thread has raised.
   */
  raise(lane: FleetLane, count: number): void {
    let hubsBefore = 0;
    let sent = 0;
    for (const p of this.parts) {
      hubsBefore += p.hubs;
      const upTo = Math.round((count * hubsBefore) / this.o.hubs);
      if (upTo > sent) p.worker.postMessage({ t: 'raise', lane, count: upTo - sent });
      sent = upTo;
    }
  }

  /** Raises each of `lanes` in turn on every hub; resolves with the last lane's [event id, hub id]s. */
  async raiseEach(lanes: FleetLane[]): Promise<Array<[eventId: string, hubId: string]>> {
    const replies = await Promise.all(
      this.parts.map((p) => this.ask(p, { t: 'raiseEach', lanes }, 'raisedEach')),
    );
    return replies.flatMap((m) => (m.t === 'raisedEach' ? m.ids : []));
  }

  /** Each part's event-loop delay since the last call (p99 and max, ms); starts a new span. */
  async loopDelay(): Promise<Array<{ p99Ms: number; maxMs: number }>> {
    const replies = await Promise.all(this.parts.map((p) => this.ask(p, { t: 'lag' }, 'lag')));
    return replies.flatMap((m) => (m.t === 'lag' ? [{ p99Ms: m.p99Ms, maxMs: m.maxMs }] : []));
  }

  async stop(): Promise<void> {
    this.unschedule();
    // A part that already failed has nothing left to stop.
    await Promise.all(this.parts.map((p) => this.ask(p, { t: 'stop' }, 'stopped').catch(() => undefined)));
    await Promise.all(this.parts.splice(0).map((p) => p.worker.terminate()));
  }

  private ask(part: Part, m: ToPart, answer: FromPart['t']): Promise<FromPart> {
    return new Promise((resolve, reject) => {
      if (part.failed) return reject(part.failed);
      const ws = part.waiting.get(answer) ?? [];
      ws.push({ resolve, reject });
      part.waiting.set(answer, ws);
      part.worker.postMessage(m);
    });
  }

  private onMessage(part: Part, m: FromPart): void {
    if (m.t !== 'events') {
      part.waiting.get(m.t)?.shift()?.resolve(m);
      return;
    }
    part.pending = m.pending;
    for (const e of m.events) recordFleetEvent(this.stats, this.o, e);
  }
}
