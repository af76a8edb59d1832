/**
 * What the demo counts as it watches the hub, for its closing summary: alarms and whether the
 * platform receipted them, every receipt with how long it took (accepted by the hub → receipted
 * by the platform), and the technical alarms raised and cleared. Fed the hub's pushed events.
 */
import { type HubEvent, technicalWords } from '../term/event-words.ts';

export class DemoTally {
  private readonly alarms = new Set<string>();
  private readonly alarmsReceipted = new Set<string>();
  private readonly latencies: number[] = [];
  private readonly raised: string[] = [];
  private readonly cleared: string[] = [];

  add(e: HubEvent): void {
    const id = String(e.eventId ?? '');
    if (e.kind === 'device_event' && e.eventClass === 'alarm') this.alarms.add(id);
    else if (e.kind === 'receipted') {
      if (typeof e.receiptedAfterMs === 'number') this.latencies.push(e.receiptedAfterMs);
      if (this.alarms.has(id)) this.alarmsReceipted.add(id);
    } else if (e.kind === 'technical_raised') this.raised.push(technicalWords(String(e.technicalKind)));
    else if (e.kind === 'technical_cleared') this.cleared.push(technicalWords(String(e.technicalKind)));
  }

  /** Alarms the platform has not receipted yet: the demo waits (briefly) for none before its summary. */
  get unreceiptedAlarms(): number {
    return this.alarms.size - this.alarmsReceipted.size;
  }

  /** The closing summary, one fact a line. */
  summary(): string[] {
    const [p50, p99] = [percentile(this.latencies, 50), percentile(this.latencies, 99)];
    const kinds = [...new Set(this.raised)].join(', ');
    return [
      `alarms            ${this.alarms.size} sent, ${this.alarmsReceipted.size} receipted by the platform`,
      `receipts          ${this.latencies.length} (alarms, statuses, tests and technical alarms alike)`,
      this.latencies.length
        ? `latency           p50 ${p50} ms, p99 ${p99} ms (accepted by the hub → receipted by the platform)`
        : 'latency           no receipt yet',
      `technical alarms  ${this.raised.length} raised, ${this.cleared.length} cleared${kinds ? ` (${kinds})` : ''}`,
    ];
  }
}

/** The nearest-rank percentile of `values` (0 when empty). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
