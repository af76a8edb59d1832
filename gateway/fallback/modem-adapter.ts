/** The production SMS path: the AT modem driver and the documented SMS format. */
import type { Logger } from 'pino';
import type { Clock } from '../../protocol/clock.ts';
import { encodeSms } from '../../protocol/sms/format.ts';
import type { vakt } from '../../protocol/uplink/index.ts';
import { Modem } from './modem.ts';

export function openModem(port: string, clock: Clock, log: Logger): Modem {
  return new Modem(port, clock, log);
}

export function formatSms(a: vakt.v1.IAlarm): string {
  return encodeSms({
    hubId: a.hubId ?? '',
    deviceId: Number(a.deviceId ?? 0),
    deviceType: Number(a.deviceType ?? 0),
    statusCode: Number(a.statusCode ?? 0),
    eventClass: Number(a.eventClass ?? 1),
    eventId: a.eventId ?? '',
    atMs: Number(a.hubReceivedAtMs ?? 0),
    location: a.location?.text || a.deviceLabel || '',
  });
}
