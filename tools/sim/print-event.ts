/** One line per simulator event, for people (`vakt sim`) or machines (`--json`). */

import type { SimEvent } from '../../firmware-sim/index.ts';
import { statusCodeName } from '../../protocol/codes/scaip.ts';
import { printable } from '../../protocol/printable.ts';
import { describeFrame, hex32 } from '../../protocol/serial/index.ts';

export function formatEvent(e: SimEvent, at: number, json: boolean): string | undefined {
  if (json) return JSON.stringify({ at: new Date(at).toISOString(), ...e });
  // SMS text, modem replies and fault details can hold anything: never print a control character raw.
  const text = line(e, at);
  return text === undefined ? undefined : printable(text);
}

function line(e: SimEvent, at: number): string | undefined {
  const t = new Date(at).toISOString().slice(11, 23);
  switch (e.type) {
    case 'sent':
      return `${t} → ${describeFrame(e.frame)}`;
    case 'acked':
      return `${t} ✓ ACK ${hex32(e.deviceId)} seq=${e.seq} ${statusCodeName(e.statusCode)} after ${e.attempts} transmission(s), ${Math.round(e.latencyMs)} ms`;
    case 'nak':
      return `${t} ✗ NAK ${hex32(e.deviceId)} seq=${e.seq} ${e.reason}`;
    case 'gave_up':
      return `${t} ✗ GAVE UP ${hex32(e.deviceId)} seq=${e.seq} ${statusCodeName(e.statusCode)} after ${e.attempts} transmission(s): ${e.reason}`;
    case 'radio_lost':
      return `${t} ~ radio: frame from ${hex32(e.deviceId)} lost (${e.reason})`;
    case 'serial_error':
      return `${t} ! serial: ${e.code} ${e.message}`;
    case 'paired':
      return `${t} + pairing ${hex32(e.deviceId)}: ${e.result}`;
    case 'dongle':
      return `${t} ⏚ dongle ${e.state}`;
    case 'fault':
      return `${t} ⚡ fault ${e.fault} ${e.active ? 'on' : 'off'}${e.detail ? ` (${e.detail})` : ''}`;
    case 'action':
      return `${t} ▶ ${e.action}${e.device ? ` ${e.device}` : ''}`;
    case 'sms':
      return `${t} ✉ SMS to ${e.to}: ${e.text.replace(/\n/g, ' | ')}`;
    case 'expectation':
      return `${t} ${e.ok ? 'PASS' : 'FAIL'} ${e.name}: ${e.detail}`;
    case 'ignored':
      return `${t} · ${hex32(e.deviceId)} ignored input (${e.reason})`;
    default:
      return undefined; // serial_in/serial_out: too chatty for a person
  }
}
