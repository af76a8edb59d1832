/**
 * The last path: an alarm no broker has receipted within `deadline` (default 60 s, the national
 * answer target) is sent as a compact SMS (docs/sms-format.md) to every configured number through
 * the cellular modem. MQTT keeps trying; when it succeeds the platform gets the same event id with
 * path = SMS. Only alarm-class events go by SMS, each once to each number: a number the modem could
 * not reach is tried again every RETRY_MS until it is reached or the alarm is receipted. A
 * TAKE_ALTERNATIVE or REJECTED receipt for an alarm with no other broker left sends it at once.
 * Modem trouble is a MODEM_FAULT technical alarm, cleared when an SMS or a probe succeeds again
 * and no number is owed an alarm.
 */
import type { Logger } from 'pino';
import { type Clock, every, type Timer } from '../../protocol/clock.ts';
import { hex32 } from '../../protocol/serial/index.ts';
import type { vakt } from '../../protocol/uplink/index.ts';
import type { HubStore, OutboxRow } from '../store/hub-store.ts';

/** The modem carries out its calls one at a time, in the order they were made. */
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

/** After a failed send, wait this long before trying the modem (or that number) again. */
const RETRY_MS = 15_000;
/** Alarms with numbers still owed, at most; the oldest is given up (and logged) beyond it. */
const MAX_OWED = 1000;

/** An alarm whose SMS reached some numbers but not all (its row is already marked SMS). */
interface Owed {
  row: OutboxRow;
  numbers: string[];
  retryAt: number;
}

export class SmsFallback {
  private tick: Timer | undefined;
  private probeTimer: Timer | undefined;
  /** An alarm SMS batch is going out; probes wait for the next period. */
  private sending = false;
  /** A probe is in progress; it never holds an alarm back (the modem queues the send behind it). */
  private probing = false;
  private notBefore = 0;
  private readonly urgent = new Set<string>();
  /** Numbers not reached yet, by event id. In memory: after a restart an owed number is not retried. */
  private readonly owed = new Map<string, Owed>();
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
    if (this.sending || now < this.notBefore) return;
    const due = this.store.alarmsUnreceiptedSince(now - this.s.deadlineMs);
    if (this.urgent.size > 0) {
      for (const r of this.store.outbox(100_000))
        if (this.urgent.has(r.eventId) && r.priority === 0 && r.smsAt === null && !due.includes(r))
          due.push(r);
      this.urgent.clear();
    }
    for (const o of this.owed.values()) if (o.retryAt <= now) due.push(o.row);
    if (due.length === 0) return;
    this.sending = true;
    try {
      for (const row of due) if (!(await this.send(row))) break;
    } finally {
      this.sending = false;
    }
  }

  private async send(row: OutboxRow): Promise<boolean> {
    // A receipt may have come while earlier rows of this batch were being sent.
    if (!this.stillPending(row.eventId)) {
      this.owed.delete(row.eventId);
      return true;
    }
    const startedAt = this.clock.now();
    const alarm = row.payload as vakt.v1.IAlarm;
    const text = this.format(alarm);
    const before = this.owed.get(row.eventId);
    const numbers = before?.numbers ?? this.s.numbers;
    const failed: string[] = [];
    let lastError = '';
    for (const number of numbers) {
      try {
        await this.modem.sendSms(number, text);
      } catch (err) {
        failed.push(number);
        lastError = `${(err as Error).message} (to sms.numbers[${this.s.numbers.indexOf(number)}])`;
        this.log.error({ eventId: row.eventId, err: lastError }, 'alarm SMS not sent');
      }
    }
    const delivered = numbers.length - failed.length;
    // An alarm no number got stays unmarked and comes back as due; one some got is owed the rest.
    if (delivered > 0 || before) this.owe(row, failed);
    if (failed.length > 0)
      this.fault(
        lastError,
        'check the SIM card, its credit and the mobile coverage at the hub; run vakt diag',
      );
    else if (this.owed.size === 0) this.clearFault();
    if (delivered === 0) {
      this.notBefore = this.clock.now() + RETRY_MS;
      return false;
    }
    if (before === undefined) this.fellBack(row, alarm, startedAt, delivered);
    else
      this.log.warn({ eventId: row.eventId, numbers: delivered }, 'alarm SMS sent to a number missed before');
    return true;
  }

  private owe(row: OutboxRow, numbers: string[]): void {
    this.owed.delete(row.eventId);
    if (numbers.length === 0) return;
    this.owed.set(row.eventId, { row, numbers, retryAt: this.clock.now() + RETRY_MS });
    if (this.owed.size <= MAX_OWED) return;
    const [oldest] = this.owed.keys();
    this.owed.delete(oldest!);
    this.log.error(
      { eventId: oldest },
      'alarm SMS: too many alarms with numbers owed; the oldest is given up',
    );
  }

  /** The alarm reached at least one number: mark it (MQTT follows with path = SMS) and say so. */
  private fellBack(row: OutboxRow, alarm: vakt.v1.IAlarm, startedAt: number, delivered: number): void {
    this.store.markSms(row.eventId);
    this.sentCount++;
    const device = hex32(Number(alarm.deviceId ?? 0));
    this.log.warn(
      { eventId: row.eventId, deviceId: device, numbers: delivered },
      'alarm sent by SMS: no broker receipted it in time',
    );
    const iso = (ms: number) => new Date(ms).toISOString();
    const waited = ((startedAt - row.createdAt) / 1000).toFixed(1);
    const urgent = startedAt - row.createdAt < this.s.deadlineMs;
    const of =
      delivered < this.s.numbers.length ? ` of ${this.s.numbers.length} (the rest are tried again)` : '';
    this.store.notice({
      kind: 'DELIVERY_FELL_BACK',
      rootCause: `an alarm from device ${device}, received at ${iso(row.createdAt)}, had no accepted receipt ${urgent ? 'and the platform would not take it (TAKE_ALTERNATIVE or REJECTED)' : `by its ${Math.round(this.s.deadlineMs / 1000)} s deadline`}; the SMS went at ${iso(startedAt)} (${waited} s after it was received) to ${delivered}${of} number(s)`,
      devices: alarm.deviceId ? [Number(alarm.deviceId)] : [],
      action: 'check the uplink (vakt status, vakt diag); the alarm follows over MQTT with the same event id',
      details: {
        path: 'sms',
        event_id: row.eventId,
        received_at_ms: String(row.createdAt),
        sms_at_ms: String(startedAt),
      },
    });
  }

  private stillPending(eventId: string): boolean {
    try {
      return this.store.pending.find(eventId) !== undefined;
    } catch {
      return true; // storage trouble: better an SMS too many than an alarm unheard
    }
  }

  private async probe(): Promise<void> {
    if (this.sending || this.probing) return;
    this.probing = true;
    try {
      const h = await this.modem.probe();
      if (h.problem) this.fault(h.problem.message, h.problem.action);
      else if (this.owed.size === 0) this.clearFault(); // a number still owed keeps it open
    } catch (err) {
      this.fault((err as Error).message, 'check the modem is connected; run vakt diag');
    } finally {
      this.probing = false;
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
