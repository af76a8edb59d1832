/**
 * An uplink payload → what the centre is sent, or why not. Pure (no I/O): the fuzz tests hit it.
 * Throws PayloadError (undecodable) or VaktError E_BRIDGE_EVENT (decodable but unusable).
 */
import {
  contactIdData,
  type Dc09Message,
  mapDeviceEvent,
  mapTechnical,
  type Mapped,
  siaData,
} from '../../protocol/dc09/index.ts';
import { VaktError } from '../../protocol/errors.ts';
import { hex32 } from '../../protocol/serial/index.ts';
import {
  decodeMessage,
  type HubTopicKind,
  parseTopic,
  type UplinkMessage,
} from '../../protocol/uplink/index.ts';
import type { BridgeConfig, HubMapping } from './config.ts';

export type Incoming =
  | { kind: 'heartbeat'; hubId: string; eventId: string; hub: HubMapping | undefined }
  | {
      kind: 'alarm' | 'technical';
      hubId: string;
      eventId: string;
      hub: HubMapping | undefined;
      uplink: UplinkMessage;
    };

const bad = (message: string) =>
  new VaktError('E_BRIDGE_EVENT', message, 'the hub sent an event the bridge cannot forward');

/** Topic + payload → the event, with the hub's mapping (undefined: unknown hub). */
export function readIncoming(root: string, topic: string, payload: Uint8Array, c: BridgeConfig): Incoming {
  const t = parseTopic(root, topic);
  if (!t || !['alarm', 'technical', 'heartbeat'].includes(t.kind))
    throw bad(`topic ${topic.slice(0, 120)} is not an event topic`);
  const m = decodeMessage(t.kind as HubTopicKind, payload);
  if (m.kind !== 'alarm' && m.kind !== 'technical' && m.kind !== 'heartbeat') throw bad('not an event');
  const { eventId, hubId } = m.message;
  if (!eventId || eventId.length > 64) throw bad(`${m.kind} without a valid event id`);
  if (hubId !== t.hubId)
    throw bad(`message hub id "${hubId.slice(0, 64)}" differs from topic hub "${t.hubId}"`);
  const hub = Object.hasOwn(c.hubs, t.hubId) ? c.hubs[t.hubId] : undefined;
  if (m.kind === 'heartbeat') return { kind: 'heartbeat', hubId, eventId, hub };
  return { kind: m.kind, hubId, eventId, hub, uplink: m };
}

/** Printable ASCII without the characters DC-09 uses as delimiters. */
const clean = (s: string): string => s.replace(/[^\x20-\x7e]|[[\]|]/g, '?').slice(0, 120);

export interface Outgoing {
  mapped: Mapped;
  build: (seq: number, timeMs: number) => Omit<Dc09Message, 'encrypted'>;
}

/** The DC-09 message for an alarm or technical alarm of a known hub. */
export function outgoingFor(
  e: Extract<Incoming, { kind: 'alarm' | 'technical' }>,
  hub: HubMapping,
  c: BridgeConfig,
): Outgoing {
  let mapped: Mapped;
  let zone = 0;
  let text: string;
  const zoneOf = (id: number | undefined) =>
    id === undefined ? 0 : (hub.zones[hex32(id)] ?? hub.zones[hex32(id).toLowerCase()] ?? 0);
  if (e.uplink.kind === 'alarm') {
    const a = e.uplink.message;
    mapped = mapDeviceEvent({ statusCode: a.statusCode, eventClass: a.eventClass, deviceType: a.deviceType });
    zone = c.centre.zoneFrom === 'location' ? Math.min(a.location?.code ?? 0, 999) : zoneOf(a.deviceId);
    text = [mapped.text, hex32(a.deviceId), a.deviceLabel, a.location?.text].filter(Boolean).join(' ');
  } else if (e.uplink.kind === 'technical') {
    const t = e.uplink.message;
    mapped = mapTechnical({ kind: t.kind, state: t.state });
    zone = c.centre.zoneFrom === 'location' ? 0 : zoneOf(t.affectedDeviceIds[0]);
    text = `${mapped.text}: ${t.rootCause}`;
  } else throw bad('not an alarm or technical alarm');
  const fields = { ...mapped, group: hub.group, zone };
  const data = c.centre.format === 'ADM-CID' ? contactIdData(fields) : siaData(fields);
  const extended = c.centre.alarmText ? [{ id: 'I', value: clean(text) }] : [];
  return {
    mapped,
    build: (seq, timeMs) => ({
      id: c.centre.format,
      seq,
      receiver: hub.receiver ?? c.centre.receiver,
      line: hub.line ?? c.centre.line,
      account: hub.account,
      data,
      extended,
      timeMs,
    }),
  };
}
