/**
 * A sample Alarm (the pendant press of the serial SPEC's first example, as the uplink carries it):
 * the proto tests, the test hub publisher and the benchmark all start from it.
 */
import type { vakt } from './generated/vakt.js';

/** Event number `n` of hub `hubId`: event id "ev-00000n", device 00A1B2C3, alarm manual, bedroom. */
export function sampleAlarm(hubId: string, n: number): vakt.v1.IAlarm {
  return {
    eventId: `ev-${n.toString().padStart(6, '0')}`,
    hubId,
    deviceId: 0x00a1b2c3,
    deviceType: 3,
    statusCode: 10,
    eventClass: 1,
    priority: 1,
    location: { code: 12, text: 'Bedroom' },
    batteryPercent: 87,
    rssiDbm: -62,
    deviceSeq: n % 65536,
    hubReceivedAtMs: 1795572847000 + n,
    attempt: 1,
    path: 1,
    sentAtMs: 1795572847000 + n,
  };
}
