/**
 * The last path: an alarm no broker has receipted within `deadline` (default 60 s, the national
 * answer target) is sent as a compact SMS (docs/sms-format.md) to every configured number through
 * the cellular modem. MQTT keeps trying; when it succeeds the platform gets the same event id with
 * path = SMS. Only alarm-class events go by SMS, each once. A TAKE_ALTERNATIVE or REJECTED receipt
 * for an alarm with no other broker left sends it at once. Modem trouble is a MODEM_FAULT
 * technical alarm, cleared when an SMS or a probe succeeds again.
 */
import type { Logger } from 'pino';
import { type Clock, every, type Timer } from '../../protocol/clock.ts';
import { hex32 } from '../../protocol/serial/index.ts';
import type { vakt } from '../../protocol/uplink/index.ts';
import type { HubStore, OutboxRow } from '../store/hub-store.ts';

export interface SmsModem {
  sendSms(number: string, text: string): Promise<unknown>;
  /** A health check (SIM, registration, signal); resolves with the problem, if any. */
  probe(): Promise<{ problem?: { message: string; action: string } | undefined }>;
}

export interface SmsSettings {
  numbers: string[];
  deadlineMs: number;
  /** How often the modem is probed when idle. */
  probeEveryMs: number;
}

/** After a failed send, wait this long before trying the modem again. */
const RETRY_MS = 15_000;

export class SmsFallback {
  private tick: Timer | undefined;
  private probeTimer: Timer | undefined;
  private busy = false;
  private notBefore = 0;
  private readonly urgent = new Set<string>();
  private faultOpen = false;
  private sentCount = 0;

  constructor(
    private readonly store: HubStore,
    private readonly modem: SmsModem,
    private readonly format: (alarm: vakt.v1.IAlarm) => string,
    private readonly s: SmsSettings,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** Alarms sent by SMS since start. */
  get sent(): number {
    return this.sentCount;
  }

  start(): void {
    this.faultOpen = this.store.openTechnicalAlarms().some((t) => t.key === 'modem_fault');
    this.tick = every(this.clock, 1000, () => void this.check());
    this.probeTimer = every(this.clock, this.s.probeEveryMs, () => void this.probe());
    void this.probe();
  }

  stop(): void {
    this.tick?.cancel();
    this.probeTimer?.cancel();
  }

  /** The platform will not take this alarm (or no broker is left): send it now. */
  sendNow(eventId: string): void {
    this.urgent.add(eventId);
    void this.check();
  }

  private async check(): Promise<void> {
    const now = this.clock.now();
    if (this.busy || now < this.notBefore) return;
    const due = this.store.alarmsUnreceiptedSince(now - this.s.deadlineMs);
    if (this.urgent.size > 0) {
      for (const r of this.store.outbox(100_000))
        if (this.urgent.has(r.eventId) && r.priority === 0 && r.smsAt === null && !due.includes(r))
          due.push(r);
      this.urgent.clear();
    }
    if (due.length === 0) return;
    this.busy = true;
    try {
      for (const row of due) if (!(await this.send(row))) break;
    } finally {
      this.busy = false;
    }
  }

  private async send(row: OutboxRow): Promise<boolean> {
    // A receipt may have come while earlier rows of this batch were being sent.
    if (!this.stillPending(row.eventId)) return true;
    const startedAt = this.clock.now();
    const alarm = row.payload as vakt.v1.IAlarm;
    const text = this.format(alarm);
    let delivered = 0;
    let lastError = '';
    for (const number of this.s.numbers) {
      try {
        await this.modem.sendSms(number, text);
        delivered++;
      } catch (err) {
        lastError = (err as Error).message;
        this.log.error({ eventId: row.eventId, err: lastError }, 'alarm SMS not sent');
      }
    }
    if (delivered === 0) {
      this.notBefore = this.clock.now() + RETRY_MS;
      this.fault(
        lastError,
        'check the SIM card, its credit and the mobile coverage at the hub; run vakt diag',
      );
      return false;
    }
    this.store.markSms(row.eventId);
    this.sentCount++;
    this.clearFault();
    const device = hex32(Number(alarm.deviceId ?? 0));
    this.log.warn(
      { eventId: row.eventId, deviceId: device, numbers: delivered },
      'alarm sent by SMS: no broker receipted it in time',
    );
    const iso = (ms: number) => new Date(ms).toISOString();
    const waited = ((startedAt - row.createdAt) / 1000).toFixed(1);
    const urgent = startedAt - row.createdAt < this.s.deadlineMs;
    this.store.notice({
      kind: 'DELIVERY_FELL_BACK',
      rootCause: `an alarm from device ${device}, received at ${iso(row.createdAt)}, had no accepted receipt ${urgent ? 'and the platform would not take it (TAKE_ALTERNATIVE or REJECTED)' : `by its ${Math.round(this.s.deadlineMs / 1000)} s deadline`}; the SMS went at ${iso(startedAt)} (${waited} s after it was received) to ${delivered} number(s)`,
      devices: alarm.deviceId ? [Number(alarm.deviceId)] : [],
      action: 'check the uplink (vakt status, vakt diag); the alarm follows over MQTT with the same event id',
      details: {
        path: 'sms',
        event_id: row.eventId,
        received_at_ms: String(row.createdAt),
        sms_at_ms: String(startedAt),
      },
    });
    return true;
  }

  private stillPending(eventId: string): boolean {
    try {
      return this.store.pending.find(eventId) !== undefined;
    } catch {
      return true; // storage trouble: better an SMS too many than an alarm unheard
    }
  }

  private async probe(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const h = await this.modem.probe();
      if (h.problem) this.fault(h.problem.message, h.problem.action);
      else this.clearFault();
    } catch (err) {
      this.fault((err as Error).message, 'check the modem is connected; run vakt diag');
    } finally {
      this.busy = false;
    }
  }

  private fault(message: string, action: string): void {
    if (this.faultOpen) return;
    try {
      this.store.raiseTechnical({
        key: 'modem_fault',
        kind: 'MODEM_FAULT',
        rootCause: `the SMS fallback cannot send: ${message}`,
        devices: [],
        action,
      });
      this.faultOpen = true;
    } catch (err) {
      this.log.error({ err: (err as Error).message }, 'modem fault could not be stored');
    }
  }

  private clearFault(): void {
    if (!this.faultOpen) return;
    this.store.clearTechnical('modem_fault');
    this.faultOpen = false;
  }
}
