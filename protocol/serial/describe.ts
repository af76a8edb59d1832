/** One human-readable line per frame, for `vakt decode`, logs and the simulator. */
import { deviceTypeName, locationName, statusCodeName } from '../codes/scaip.ts';
import type { Frame } from './frame.ts';
import { hex32 } from './layout.ts';

export function describeFrame(f: Frame): string {
  const s = f.security ? ` counter=${f.security.counter} mic=${f.security.mic}` : '';
  const v = f.version && !f.security ? ' v2' : '';
  return `${describePayload(f)}${s}${v}`;
}

function describePayload(f: Frame): string {
  switch (f.kind) {
    case 'vendor':
      return `vendor kind=0x${f.vendorKind.toString(16).toUpperCase()} data=${f.data || '-'}`;
    case 'device_event': {
      const loc = f.location === null ? '' : ` location=${locationName(f.location)}`;
      return (
        `device_event ${hex32(f.deviceId)} ${deviceTypeName(f.deviceType)} seq=${f.seq} ${f.eventClass} ` +
        `${statusCodeName(f.statusCode)}(${f.statusCode}) battery=${pct(f.battery)} rssi=${dbm(f.rssi)} ` +
        `uptime=${f.uptime}s attempt=${f.attempt}${loc}`
      );
    }
    case 'device_heartbeat':
      return (
        `device_heartbeat ${hex32(f.deviceId)} ${deviceTypeName(f.deviceType)} seq=${f.seq} battery=${pct(f.battery)} ` +
        `rssi=${dbm(f.rssi)} uptime=${f.uptime}s period=${f.period}s${f.tamper ? ' TAMPER' : ''}${f.batteryLow ? ' BATTERY-LOW' : ''}`
      );
    case 'ack':
      return `ack ${hex32(f.deviceId)} seq=${f.seq}`;
    case 'nak':
      return `nak ${hex32(f.deviceId)} seq=${f.seq} reason=${f.reason}`;
    case 'receiver_status':
      return (
        `receiver_status ${hex32(f.receiverId)} seq=${f.seq} firmware=${f.firmware} uptime=${f.uptime}s ` +
        `paired=${f.pairedCount} noise=${dbm(f.noise)}${f.learnMode ? ' LEARN' : ''}${f.jamming ? ' JAMMING' : ''}` +
        `${f.rxOverflow ? ' RX-OVERFLOW' : ''}`
      );
    case 'receiver_command': {
      const arg =
        f.command === 'learn_enter'
          ? ` timeout=${f.timeout}s`
          : f.command === 'set_time'
            ? ` time=${new Date(f.time * 1000).toISOString()}`
            : f.command === 'unpair'
              ? ` device=${hex32(f.deviceId)}`
              : '';
      return `receiver_command seq=${f.seq} ${f.command}${arg}`;
    }
    case 'pairing_result':
      return `pairing_result ${hex32(f.deviceId)} ${deviceTypeName(f.deviceType)} ${f.result}`;
  }
}

const pct = (v: number | null): string => (v === null ? '?' : `${v}%`);
const dbm = (v: number | null): string => (v === null ? '?' : `${v}dBm`);
