/**
 * What the hub state costs per delivered event, alone (not a bench: `npm run bench` does not run
 * it): 2,000 device events through `acceptDeviceEvent` (the durable commit before the ACK), its
 * sent attempt and its receipt — and, for comparison, the one-row INSERT the durable bare
 * pipeline commits (test/bench/durable-bare.ts; its table beside ours in a database opened as ours), both synchronous=FULL in WAL. Prints CPU
 * (user + system) and wall time per event:
 *   node_modules/.bin/tsx test/bench/store-commit-cost.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SystemClock } from '../../gateway/clock/system-clock.ts';
import { openDatabase } from '../../gateway/store/database.ts';
import { HubStore } from '../../gateway/store/hub-store.ts';
import { samplePendantAlarm } from '../../protocol/serial/index.ts';

const N = 2000;

function measure(name: string, each: (i: number) => void): void {
  const cpu = process.cpuUsage();
  const t = performance.now();
  for (let i = 0; i < N; i++) each(i);
  const used = process.cpuUsage(cpu);
  const wall = ((performance.now() - t) * 1000) / N;
  console.log(name, 'cpu µs per event', ((used.user + used.system) / N).toFixed(0), 'wall µs', wall.toFixed(0));
}

const dir = mkdtempSync(join(tmpdir(), 'vakt-commit-cost-'));
const store = new HubStore(openDatabase(join(dir, 'ours')), 'H-COST', new SystemClock());
store.pair({ deviceId: samplePendantAlarm.deviceId, deviceType: 3 });
const frame = (i: number) => ({ ...samplePendantAlarm, seq: i % 65_536, uptime: 1000 + i });
measure('accept only', (i) => store.acceptDeviceEvent(frame(i)));
measure('accept + sent + receipt', (i) => {
  const { eventId } = store.acceptDeviceEvent(frame(N + i));
  store.pending.markSent([{ eventId, attempt: 1 }]);
  store.pending.receipted([eventId]);
});
const bare = openDatabase(join(dir, 'bare'));
bare.exec('CREATE TABLE bare_events (event_id TEXT PRIMARY KEY, device_seq INTEGER, payload BLOB)');
const insert = bare.prepare('INSERT INTO bare_events (event_id, device_seq, payload) VALUES (?, ?, ?)');
const commit = bare.transaction((i: number) => insert.run(`e${i}`, i, Buffer.alloc(120)));
measure('durable bare INSERT', (i) => commit(i));
rmSync(dir, { recursive: true, force: true });
