/**
 * The gateway's recent events as they are recorded, read through the control socket's `events`
 * method: what `vakt monitor` prints and the demo tells. Only the newest WINDOW events can come
 * back from a poll, so only they are remembered — memory stays flat however long it runs.
 */
import { callGateway } from '../../gateway/control/client.ts';

export interface HubEvent {
  eventId: string;
  kind: string;
  deviceId: number | null;
  summary: string;
  createdAt: number;
}

const WINDOW = 200;

export class EventFollower {
  private seen = new Set<string>();

  constructor(private readonly socket: string) {}

  /** Marks what the gateway already recorded as seen: only what comes after is followed. */
  async start(): Promise<void> {
    this.seen = new Set((await this.recent()).map((e) => e.eventId));
  }

  /** Events recorded since the last poll, oldest first. */
  async poll(): Promise<HubEvent[]> {
    const events = (await this.recent()).reverse();
    const shown = this.seen;
    this.seen = new Set(events.map((e) => e.eventId));
    return events.filter((e) => !shown.has(e.eventId));
  }

  private async recent(): Promise<HubEvent[]> {
    return (await callGateway(this.socket, 'events', { limit: WINDOW })) as HubEvent[];
  }
}
