/**
 * The order in which each hub of a fleet had its events receipted, from the fleet's events, and
 * which of them went unheard (the broker took a copy while no receiver was subscribed). Alarms
 * go first (the outbox's priority), with one exception a hub cannot prevent: a receiver that
 * subscribes between two of the hub's publishes. Then the alarm went unheard and the event sent
 * right after it was heard, so that one is receipted first and the alarm follows on its quick
 * retry — and the alarm went unheard more often than that event (docs/uplink.md, "Nobody
 * subscribed"). A priority fault has no such excuse: both go unheard equally, or neither does.
 */
import type { FleetLane } from '../../tools/fleet/fleet-hub.ts';
import type { FleetEvent } from '../../tools/fleet/fleet-stats.ts';

export class StormOrder {
  /** Lanes in the order each hub had them receipted. */
  readonly receipts = new Map<string, FleetLane[]>();
  private readonly unheard = new Map<string, Record<FleetLane, number>>();

  /** Give this to the fleet as `onEvent`. */
  readonly onEvent = (e: FleetEvent): void => {
    if (e.k === 'receipted') this.receipts.set(e.hubId, [...(this.receipts.get(e.hubId) ?? []), e.lane]);
    if (e.k !== 'unheard') return;
    const counts = this.unheard.get(e.hubId) ?? { alarm: 0, technical: 0, test: 0 };
    counts[e.lane]++;
    this.unheard.set(e.hubId, counts);
  };

  /** Forgets what was seen: the storm starts here. */
  clear(): void {
    this.receipts.clear();
    this.unheard.clear();
  }

  /** Hubs whose first receipt was not the alarm's, though the receiver's return does not explain it. */
  alarmOvertaken(): string[] {
    const out: string[] = [];
    for (const [hubId, lanes] of this.receipts) {
      const first = lanes[0];
      if (first === undefined || first === 'alarm') continue;
      const n = this.unheard.get(hubId);
      if (!n || n.alarm <= n[first])
        out.push(`${hubId} (${lanes.join(', ')}; unheard ${JSON.stringify(n ?? {})})`);
    }
    return out;
  }

  /** How many hubs had their alarm receipted first. */
  alarmFirst(): number {
    return [...this.receipts.values()].filter((lanes) => lanes[0] === 'alarm').length;
  }
}
