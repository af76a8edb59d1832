/**
 * One part of a `vakt fleet` spread over worker threads (fleet-threads.ts): a Fleet of this
 * thread's hubs on its own event loop, driven by the main thread's messages. What its hubs do
 * goes back as FleetEvents in batches (every BATCH_MS), each with the part's pending count; a
 * reply to a command is sent after the events before it, so the main thread sees them in order.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import pino from 'pino';
import { SystemClock } from '../../gateway/clock/system-clock.ts';
import { Fleet } from './fleet.ts';
import type { FleetEvent } from './fleet-stats.ts';
import type { PartOptions, ToPart } from './fleet-threads.ts';

const BATCH_MS = 25;
const port = parentPort!;
const o = workerData as PartOptions;
let events: FleetEvent[] = [];
const fleet = new Fleet({
  ...o,
  clock: new SystemClock(),
  log: pino(
    { level: o.logLevel, base: { fleet: true, part: o.firstHub }, redact: ['password', '*.password'] },
    pino.destination(2),
  ),
  onEvent: (e) => events.push(e),
});

function flush(): void {
  const batch = events;
  events = [];
  port.postMessage({ t: 'events', events: batch, pending: fleet.pending });
}
const batches = setInterval(flush, BATCH_MS);
const lag = monitorEventLoopDelay({ resolution: 10 });
lag.enable();

function reply(m: Record<string, unknown>): void {
  flush();
  port.postMessage(m);
}

port.on('message', (m: ToPart) => {
  if (m.t === 'start') void fleet.start().then(() => reply({ t: 'started' }));
  else if (m.t === 'schedule') fleet.schedule();
  else if (m.t === 'unschedule') fleet.unschedule();
  else if (m.t === 'raise') fleet.raise(m.lane, m.count);
  else if (m.t === 'raiseEach') reply({ t: 'raisedEach', ids: fleet.raiseEach(m.lanes) });
  else if (m.t === 'lag') {
    reply({ t: 'lag', p99Ms: lag.percentile(99) / 1e6, maxMs: lag.max / 1e6 });
    lag.reset();
  } else if (m.t === 'stop')
    void fleet.stop().then(() => {
      reply({ t: 'stopped' });
      clearInterval(batches);
      port.close();
    });
});
