/**
 * The SMS fallback built from the config's `sms` section: the given modem, or the AT driver
 * opened on `sms.modemPort` (loaded only when a modem is configured). `close` releases the port
 * the driver opened; a given modem belongs to whoever gave it.
 */
import type { Logger } from 'pino';
import type { Clock } from '../../protocol/clock.ts';
import type { Config } from '../config/schema.ts';
import type { HubStore } from '../store/hub-store.ts';
import { SmsFallback, type SmsModem } from './sms-fallback.ts';

export interface SmsParts {
  store: HubStore;
  clock: Clock;
  modem?: SmsModem | undefined;
  log(stage: string): Logger;
}

export interface SmsSetup {
  sms: SmsFallback;
  /** Closes the modem port the driver opened; undefined for a given modem. */
  close: (() => Promise<void>) | undefined;
}

export async function createSmsFallback(c: Config, p: SmsParts): Promise<SmsSetup | undefined> {
  const s = c.sms;
  if (!s) return undefined;
  const { openModem, formatSms } = await import('./modem-adapter.ts');
  let modem = p.modem;
  let close: (() => Promise<void>) | undefined;
  if (!modem) {
    const m = openModem(s.modemPort, p.clock, p.log('modem'));
    modem = m;
    close = () => m.close();
  }
  const sms = new SmsFallback(
    p.store,
    modem,
    (alarm) => formatSms(alarm),
    { numbers: s.numbers, deadlineMs: s.deadline, probeEveryMs: 300_000 },
    p.clock,
    p.log('sms'),
  );
  return { sms, close };
}
