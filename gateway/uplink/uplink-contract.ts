/** The uplink stage's contract: the settings it is built from and the events it emits. */
import type { KeyObject } from 'node:crypto';
import type { vakt } from '../../protocol/uplink/index.ts';
import type { OutboxRow } from '../store/rows.ts';
import type { BrokerLink } from './broker-link.ts';
import type { BrokerLinkSettings, PathName } from './broker-link-settings.ts';

export interface UplinkSettings {
  primary: BrokerLinkSettings;
  secondary?: BrokerLinkSettings;
  inFlight: number;
  receiptTimeoutMs: number;
  heartbeatIntervalMs: number;
  failoverAfterMs: number;
  outageReportAfterMs: number;
  maxOutbox: number;
  /** Platform keys receipts must be signed with (the commands' trust store); none: unauthenticated. */
  receiptKeys?: KeyObject[];
}

/** What the uplink tells later stages (fallback, commands, the test alarm, watchers). */
export type UplinkEvents = {
  /** The platform accepted the event (ACCEPTED receipt, committed). */
  receipted: [eventId: string, info: ReceiptInfo];
  /** The platform refused the event for good (REJECTED receipt); it left the outbox. */
  rejected: [row: OutboxRow, reason: string];
  /** The broker took the event but no platform receiver was subscribed: it is resent soon. */
  unheard: [eventId: string];
  /** TAKE_ALTERNATIVE and no other broker is left to take it. */
  alternative: [eventId: string];
  /** A command arrived on `via`; its result goes back on the same link. */
  command: [bytes: Uint8Array, via: BrokerLink];
  /** The path events go on changed (undefined: none is usable). */
  path: [path: PathName | undefined];
  /** `via` connected and published its birth (HubState ONLINE): retained state follows. */
  birth: [via: BrokerLink];
  /** `path` has failed to connect for `outageReportAfter`; `reason` is its last failure. */
  unreachable: [path: PathName, reason: string, sinceMs: number];
  /** `path` connected again after being reported unreachable. */
  reachable: [path: PathName];
};

/** What a receipted event's listeners learn besides its id. */
export interface ReceiptInfo {
  createdAt: number | undefined;
  path: string | undefined;
  receipt: vakt.v1.Receipt;
}

export type DeliveryEvents = {
  receipted: [eventId: string, info: ReceiptInfo];
  /** The broker took the event but no subscriber heard it (unheard.ts): it is resent soon. */
  unheard: [eventId: string];
  alternative: [eventId: string, reason: string];
  rejected: [row: OutboxRow, reason: string];
};
