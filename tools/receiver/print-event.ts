/** How `vakt receive` shows an event to a person: names, not codes (tools/term/event-words.ts). */
import { printable } from '../../protocol/printable.ts';
import { hex32 } from '../../protocol/serial/index.ts';
import type { UplinkMessage } from '../../protocol/uplink/index.ts';
import { deviceKindWords, eventWords, technicalWords } from '../term/event-words.ts';

const name = (s: unknown, prefix: string): string => String(s).replace(prefix, '').toLowerCase();
const time = (ms: number): string => (ms ? new Date(ms).toISOString() : '-');

/**
 * One line for a person. Every text field (location, root cause, detail, version) comes from a
 * hub or anyone who can publish on the broker, so control characters are made visible.
 */
export function describeMessage(hubId: string, m: UplinkMessage, json: Record<string, unknown>): string {
  return printable(line(hubId, m, json));
}

function line(hubId: string, m: UplinkMessage, json: Record<string, unknown>): string {
  switch (m.kind) {
    case 'alarm':
      return `${time(m.message.hubReceivedAtMs)} ${hubId} ${eventWords(String(json.eventClass), String(json.statusCode))} device ${hex32(m.message.deviceId)} (${deviceKindWords(String(json.deviceType))}${m.message.location?.text ? `, ${m.message.location.text}` : ''}) event ${m.message.eventId} attempt ${m.message.attempt} via ${name(json.path, 'DELIVERY_PATH_')}`;
    case 'technical':
      return `${time(m.message.raisedAtMs)} ${hubId} ${technicalHead(json.state)}: ${technicalWords(String(json.kind))}: ${m.message.rootCause}${m.message.affectedDeviceIds.length ? ` [${m.message.affectedDeviceIds.map(hex32).join(', ')}]` : ''} → ${m.message.suggestedAction} (event ${m.message.eventId})`;
    case 'heartbeat':
      return `${time(m.message.atMs)} ${hubId} heartbeat outbox=${m.message.outboxDepth} open-technical=${m.message.openTechnicalAlarms}`;
    case 'state':
      return `${time(m.message.atMs)} ${hubId} ${name(json.status, 'HUB_STATUS_')} bdSeq=${m.message.bdSeq} version=${m.message.softwareVersion}`;
    case 'inventory':
      return `${time(m.message.atMs)} ${hubId} inventory: ${m.message.devices.map((d) => hex32(d.deviceId ?? 0)).join(', ') || 'no devices'}`;
    case 'command-result':
      return `${time(m.message.atMs)} ${hubId} command ${m.message.commandId} ${name(json.status, 'COMMAND_STATUS_')}${m.message.reason ? ` (${name(json.reason, 'REJECT_REASON_')})` : ''} ${m.message.detail}`;
    default:
      return `${hubId} ${m.kind}`;
  }
}

/** "technical alarm raised", "technical alarm cleared", or "notice" for a one-off report. */
function technicalHead(state: unknown): string {
  const s = name(state, 'TECHNICAL_STATE_');
  return s === 'notice' ? 'notice' : `technical alarm ${s}`;
}

/** For `--json`: device ids as on the label ("00A1B2C3"), not as the fixed32 numbers on the wire. */
export function withDeviceLabels(json: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...json };
  if (typeof out.deviceId === 'number') out.deviceId = hex32(out.deviceId);
  if (Array.isArray(out.affectedDeviceIds))
    out.affectedDeviceIds = out.affectedDeviceIds.map((d) => hex32(d as number));
  if (Array.isArray(out.devices))
    out.devices = out.devices.map((d) => withDeviceLabels(d as Record<string, unknown>));
  return out;
}
