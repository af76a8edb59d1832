/** What a simulation reports as it runs: the CLI prints these, tests and the demo observe them. */
import type {
  DeviceEventFrame,
  DeviceHeartbeatFrame,
  EventClass,
  Frame,
  NakReason,
} from '../protocol/serial/index.ts';

export type SimEvent =
  | { type: 'sent'; deviceId: number; frame: DeviceEventFrame | DeviceHeartbeatFrame }
  | {
      type: 'acked';
      deviceId: number;
      seq: number;
      eventClass: EventClass;
      statusCode: number;
      attempts: number;
      latencyMs: number;
    }
  | { type: 'nak'; deviceId: number; seq: number; reason: NakReason }
  | {
      type: 'gave_up';
      deviceId: number;
      seq: number;
      eventClass: EventClass;
      statusCode: number;
      attempts: number;
      reason: string;
    }
  | { type: 'ignored'; deviceId: number; reason: string }
  /** A version-2 device refused an ACK/NAK that did not verify (forged, replayed, version 1). */
  | { type: 'rejected'; deviceId: number; kind: 'ack' | 'nak'; code: string }
  | { type: 'radio_lost'; deviceId: number; reason: string }
  | { type: 'serial_out'; frame: Frame }
  | { type: 'serial_in'; frame: Frame }
  | { type: 'serial_error'; code: string; message: string }
  | { type: 'paired'; deviceId: number; result: string }
  | { type: 'dongle'; state: 'plugged' | 'unplugged' }
  | { type: 'fault'; fault: string; active: boolean; detail?: string }
  | { type: 'action'; action: string; device?: string }
  | { type: 'sms'; to: string; text: string; at: string }
  | { type: 'expectation'; name: string; ok: boolean; detail: string };
