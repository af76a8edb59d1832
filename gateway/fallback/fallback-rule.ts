/**
 * When the platform will not take an event over MQTT, a person must still hear of it:
 * - REJECTED (the platform refuses it for good): a DELIVERY_FELL_BACK notice naming the event and
 *   the reason, and an alarm (priority 0) goes by SMS at once.
 * - TAKE_ALTERNATIVE with no other broker left: the alarm goes by SMS at once.
 * Without an SMS fallback configured, only the notice is raised.
 */
import type { TypedEmitter } from '../events.ts';
import type { HubStore } from '../store/hub-store.ts';
import type { UplinkEvents } from '../uplink/uplink.ts';

export interface UrgentSms {
  sendNow(eventId: string): void;
}

export class FallbackRule {
  private offs: Array<() => void> = [];

  constructor(
    private readonly uplink: Pick<TypedEmitter<UplinkEvents>, 'on'>,
    private readonly store: Pick<HubStore, 'notice'>,
    private readonly sms: UrgentSms | undefined,
  ) {}

  start(): void {
    if (this.offs.length > 0) return;
    this.offs = [
      this.uplink.on('rejected', (row, reason) => this.onRejected(row, reason)),
      this.uplink.on('alternative', (eventId) => this.sms?.sendNow(eventId)),
    ];
  }

  stop(): void {
    for (const off of this.offs) off();
    this.offs = [];
  }

  private onRejected(row: { eventId: string; priority: number }, reason: string): void {
    this.store.notice({
      kind: 'DELIVERY_FELL_BACK',
      rootCause: `the platform rejected event ${row.eventId}: ${reason}`,
      devices: [],
      action: 'report this to the response centre: the hub and the platform disagree about the contract',
      details: { event_id: row.eventId, reason },
    });
    if (row.priority === 0) this.sms?.sendNow(row.eventId);
  }
}
