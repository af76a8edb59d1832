/**
 * What `vakt fleet` measures: connections (first connect and every reconnect, in ms) and
 * raise-to-receipt latency by lane, kept as samples (bounded) for exact percentiles in the report.
 */
import type { FleetLane } from './fleet-hub.ts';

const MAX_SAMPLES = 2_000_000;
export const FLEET_LANES: readonly FleetLane[] = ['alarm', 'technical', 'test'];

export interface Summary {
  count: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
}

export function summarize(samples: readonly number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : null;
  return { count: s.length, p50: at(50), p95: at(95), p99: at(99), max: s.length ? s[s.length - 1]! : null };
}

/**
 * One thing that happened on a simulated hub, as FleetStats takes it. A fleet spread over worker
 * threads (fleet-threads.ts) sends these to the main thread, which applies them to its own stats.
 */
export type FleetEvent =
  | { k: 'raised'; lane: FleetLane }
  | { k: 'testFailed' }
  | { k: 'up'; downFor: number | null; at: number }
  | { k: 'down' }
  | { k: 'receipted'; hubId: string; lane: FleetLane; raisedAt: number; at: number; upAt: number }
  | { k: 'unheard'; hubId: string; lane: FleetLane };

export class FleetStats {
  connected = 0;
  readonly firstConnectMs: number[] = [];
  readonly reconnectMs: number[] = [];
  readonly raised: Record<FleetLane, number> = { alarm: 0, technical: 0, test: 0 };
  /** Automatic test alarms that got no receipt by their deadline (TEST_ALARM_FAILED). */
  testAlarmsFailed = 0;
  /** Copies the broker took while no receiver was subscribed (each resent soon), by lane. */
  readonly unheard: Record<FleetLane, number> = { alarm: 0, technical: 0, test: 0 };
  readonly latencyMs: Record<FleetLane, number[]> = { alarm: [], technical: [], test: [] };
  /** Latency of events raised inside a marked window (a storm), by lane. */
  readonly windowLatencyMs: Record<FleetLane, number[]> = { alarm: [], technical: [], test: [] };
  /** The same events, timed from when their hub was connected again (the raise, if later). */
  readonly windowAfterUpMs: Record<FleetLane, number[]> = { alarm: [], technical: [], test: [] };
  private window: { from: number; to: number } | undefined;

  constructor(private readonly startedAt: number) {}

  /** Events raised from now until `closeWindow` are also counted apart ("during the storm"). */
  openWindow(now: number): void {
    this.window = { from: now, to: Number.POSITIVE_INFINITY };
  }

  closeWindow(now: number): void {
    if (this.window) this.window.to = now;
  }

  up(downFor: number | null, now: number): void {
    this.connected++;
    if (downFor === null) push(this.firstConnectMs, now - this.startedAt);
    else push(this.reconnectMs, downFor);
  }

  down(): void {
    this.connected--;
  }

  receipted(lane: FleetLane, raisedAt: number, at: number, upAt: number): void {
    push(this.latencyMs[lane], at - raisedAt);
    const w = this.window;
    if (!w || raisedAt < w.from || raisedAt > w.to) return;
    push(this.windowLatencyMs[lane], at - raisedAt);
    push(this.windowAfterUpMs[lane], at - Math.max(raisedAt, upAt));
  }

  apply(e: FleetEvent): void {
    if (e.k === 'raised') this.raised[e.lane]++;
    else if (e.k === 'testFailed') this.testAlarmsFailed++;
    else if (e.k === 'up') this.up(e.downFor, e.at);
    else if (e.k === 'down') this.down();
    else if (e.k === 'unheard') this.unheard[e.lane]++;
    else this.receipted(e.lane, e.raisedAt, e.at, e.upAt);
  }

  receiptedCount(): number {
    return FLEET_LANES.reduce((n, l) => n + this.latencyMs[l].length, 0);
  }

  raisedCount(): number {
    return FLEET_LANES.reduce((n, l) => n + this.raised[l], 0);
  }
}

function push(a: number[], v: number): void {
  if (a.length < MAX_SAMPLES) a.push(v);
}
