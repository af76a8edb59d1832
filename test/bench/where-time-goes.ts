/**
 * Where the delivery bench's time goes (not a bench: `npm run bench` does not run it). Runs one
 * latency pipeline — `ours` or `durable` (the durable bare pipeline) — for 1,000 alarms one at a
 * time and prints p50/p99 and this process's CPU per alarm, so a profiler or strace can watch it:
 *   node_modules/.bin/tsx test/bench/where-time-goes.ts ours
 *   strace -f -c -e trace=fsync,fdatasync,pwrite64,write node_modules/.bin/tsx test/bench/where-time-goes.ts ours
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof test/bench/where-time-goes.ts ours
 */
import { openPtyPair } from '../../firmware-sim/link/pty-pair.ts';
import { Mosquitto } from '../support/mosquitto.ts';
import { platform } from '../support/uplink-rig.ts';
import { oneAtATime, openPort, startGateway } from './delivery-rig.ts';
import { startDurableBare } from './durable-bare.ts';
import { percentile } from './harness.ts';

const which = process.argv[2];
const m = await new Mosquitto({ extra: ['set_tcp_nodelay true'] }).start();
const pair = await openPtyPair();
let samples: number[];
let cpu = { user: 0, system: 0 };
if (which === 'ours') {
  const seqs = new Map<string, number>();
  const p = await platform(m.url, {
    out: (line) => {
      const e = JSON.parse(line) as { kind: string; event: { eventId: string; deviceSeq?: number } };
      if (e.kind === 'alarm' && e.event.deviceSeq != null)
        seqs.set(e.event.eventId, Number(e.event.deviceSeq));
    },
  });
  const g = await startGateway('H-INV', pair.hubPath, m.url);
  const seqOf = (id: string) => seqs.get(id);
  const c1 = process.cpuUsage();
  samples = await oneAtATime(pair, (fn) => {
    g.onReceipted((id) => {
      const s = seqOf(id);
      if (s != null) fn(Number(s));
    });
  });
  cpu = process.cpuUsage(c1);
  await g.stop();
  await p.r.stop();
} else {
  const port = await openPort(pair.hubPath);
  const b = await startDurableBare(port, m.url);
  const c1 = process.cpuUsage();
  samples = await oneAtATime(pair, (fn) => b.onReceipt(fn));
  cpu = process.cpuUsage(c1);
  await b.close();
}
samples.sort((a, b) => a - b);
console.log(
  which,
  'cpu ms per alarm',
  ((cpu.user + cpu.system) / 1000 / samples.length).toFixed(3),
  'p50',
  percentile(samples, 50).toFixed(2),
  'p99',
  percentile(samples, 99).toFixed(2),
);
await m.stop();
process.exit(0);
