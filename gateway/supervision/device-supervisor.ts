/**
 * Device supervision and the correlation of its technical alarms. Fed by ingest (frames from
 * devices, receiver up/down, jamming); raises and clears through a sink (the hub store).
 *
 * Nothing heard over the radio, and nothing on the serial line, restarts a device's window:
 * only a frame from that device does. Time the hub was deaf (receiver lost, radio jammed, a
 * serial flap, a `rebootLink`) extends the window by exactly that time (radio-deafness.ts).
 * While the radio is jammed right now a silent device is not declared missing (RADIO_JAMMING
 * covers it); once it is clear, the device's silence counts again where it left off.
 */
import { type Clock, every, type Timer } from '../../protocol/clock.ts';
import { deviceTypeName, StatusCode } from '../../protocol/codes/scaip.ts';
import { hex32 } from '../../protocol/serial/index.ts';
import type { TechnicalAlarmInput } from '../store/hub-store.ts';
import { DeafTime, JAMMING_DEFAULTS, JammingDuty, type JammingSettings } from './radio-deafness.ts';
import { missingAfterMs, periodMs, type WindowSettings } from './windows.ts';

export interface TechnicalSink {
  raise(t: TechnicalAlarmInput): void;
  clear(key: string): void;
}

export interface SupervisedDevice {
  deviceId: number;
  deviceType: number;
  label: string;
}

export interface SupervisorSettings extends WindowSettings {
  bootGraceMs: number;
  restoreAfterHeartbeats: number;
  /** RADIO_JAMMING on a duty cycle: JAMMING_DEFAULTS unless given. */
  jamming?: JammingSettings;
  checkEveryMs?: number;
}

export const BATTERY_THRESHOLDS = [25, 15, 5] as const;

interface State {
  device: SupervisedDevice;
  /** Last time it was heard, or when it was added. */
  since: number;
  /** DeafTime reading at `since`: the deaf time of the current silence is the difference. */
  deafAtSince: number;
  statedPeriodS: number | null;
  missing: boolean;
  heardSinceMissing: number;
  batteryReported: Set<number>;
  tamper: boolean;
}

export class DeviceSupervisor {
  private readonly states_ = new Map<number, State>();
  private startedAt = 0;
  private receiverUp = true;
  private readonly deaf = new DeafTime();
  private readonly jam: JammingDuty;
  private jammingRaised = false;
  private timer: Timer | undefined;

  constructor(
    private readonly clock: Clock,
    private settings: SupervisorSettings,
    private readonly sink: TechnicalSink,
  ) {
    this.jam = new JammingDuty(this.jamming.windowMs);
  }

  /**
   * New windows, grace and restore counts from a config reload; each device's silence so far
   * counts against the new window at the next check. Jamming and the check period stay.
   */
  retune(next: Omit<SupervisorSettings, 'jamming' | 'checkEveryMs'>): void {
    this.settings = { ...this.settings, ...next };
  }

  private get jamming(): JammingSettings {
    return this.settings.jamming ?? JAMMING_DEFAULTS;
  }

  start(devices: SupervisedDevice[]): void {
    this.startedAt = this.clock.now();
    for (const d of devices) this.add(d);
    this.timer = every(this.clock, this.settings.checkEveryMs ?? 60_000, () => this.check());
  }

  stop(): void {
    this.timer?.cancel();
  }

  /**
   * Each device's supervision state by its hex id: `grace` (just started or paired), `ok`,
   * `late` (a heartbeat is overdue, not yet missing), `missing`.
   */
  states(): Record<string, 'grace' | 'ok' | 'late' | 'missing'> {
    const now = this.clock.now();
    const out: Record<string, 'grace' | 'ok' | 'late' | 'missing'> = {};
    for (const s of this.states_.values()) {
      const period = periodMs(s.device.deviceType, s.statedPeriodS, this.settings);
      const silent = this.silence(s, now);
      out[hex32(s.device.deviceId)] = s.missing
        ? 'missing'
        : now - this.startedAt < this.settings.bootGraceMs && silent < period
          ? 'grace'
          : silent > period * (1 + this.settings.jitterTolerance)
            ? 'late'
            : 'ok';
    }
    return out;
  }

  add(device: SupervisedDevice): void {
    const now = this.clock.now();
    this.states_.set(device.deviceId, {
      device,
      since: now,
      deafAtSince: this.deaf.at(now),
      statedPeriodS: null,
      missing: false,
      heardSinceMissing: 0,
      batteryReported: new Set(),
      tamper: false,
    });
  }

  /** Stops supervising the device; its open alarms are the registry's to close (as UNPAIRED). */
  remove(deviceId: number): void {
    this.states_.delete(deviceId);
  }

  /** Any frame from the device: a heartbeat (with its telemetry) or an event. */
  heard(
    deviceId: number,
    t: { battery: number | null; tamper?: boolean; statedPeriodS?: number; statusCode?: number },
  ): void {
    const s = this.states_.get(deviceId);
    if (!s) return;
    const now = this.clock.now();
    s.since = now;
    s.deafAtSince = this.deaf.at(now);
    if (t.statedPeriodS) s.statedPeriodS = t.statedPeriodS; // clamped where used (windows.ts)
    if (s.missing && ++s.heardSinceMissing >= this.settings.restoreAfterHeartbeats) {
      s.missing = false;
      this.sink.clear(`device_missing:${hex32(deviceId)}`);
    }
    if (t.battery !== null) this.battery(s, t.battery);
    const tamper =
      t.tamper ??
      (t.statusCode === StatusCode.TAMPER
        ? true
        : t.statusCode === StatusCode.RESTORAL && s.tamper
          ? false
          : undefined);
    if (tamper !== undefined && tamper !== s.tamper) this.setTamper(s, tamper);
  }

  /** The receiver (dongle) went away or came back: deaf time while away, never a restart. */
  setReceiverUp(up: boolean): void {
    this.receiverUp = up;
    this.deafChanged();
  }

  /** The receiver's jamming flag, from each receiver_status. */
  setJamming(on: boolean): void {
    this.jam.set(on, this.clock.now());
    this.deafChanged();
  }

  /** Runs every minute; public for tests and for `vakt diag`. */
  check(): void {
    const now = this.clock.now();
    this.checkJamming(now);
    if (!this.receiverUp || this.jam.on) return; // covered by that root cause while it lasts
    if (now - this.startedAt < this.settings.bootGraceMs) return;
    for (const s of this.states_.values()) {
      const limit = missingAfterMs(s.device.deviceType, s.statedPeriodS, this.settings);
      if (s.missing || this.silence(s, now) <= limit) continue;
      s.missing = true;
      s.heardSinceMissing = 0;
      const name = `${deviceTypeName(s.device.deviceType).replace(/_/g, ' ')} ${hex32(s.device.deviceId)}${s.device.label ? ` (${s.device.label})` : ''}`;
      this.sink.raise({
        key: `device_missing:${hex32(s.device.deviceId)}`,
        kind: 'DEVICE_MISSING',
        rootCause: `no signal from the ${name} since ${new Date(s.since).toISOString()} (${Math.round(limit / 60_000)} min window)`,
        devices: [s.device.deviceId],
        action:
          'check the device is worn/in place and within range, replace its battery, then press its button to test',
        statusCode: StatusCode.RADIO_TEST_MISSING,
      });
    }
  }

  /** Silence of a device that counts: time since it was heard, less the time the hub was deaf. */
  private silence(s: State, now: number): number {
    return now - s.since - (this.deaf.at(now) - s.deafAtSince);
  }

  private deafChanged(): void {
    this.deaf.update(!this.receiverUp || this.jam.on, this.clock.now());
  }

  /** Raised on the duty cycle over the window; cleared after a quiet period with no jamming. */
  private checkJamming(now: number): void {
    const j = this.jamming;
    if (this.jammingRaised) {
      const ended = this.jam.endedAt;
      if (ended === undefined || now - ended < j.quietMs) return;
      this.jammingRaised = false;
      this.jam.forget();
      this.sink.clear('radio_jamming');
      return;
    }
    const jammed = this.jam.jammedWithin(now);
    if (jammed < j.thresholdMs) return;
    this.jammingRaised = true;
    this.sink.raise({
      key: 'radio_jamming',
      kind: 'RADIO_JAMMING',
      rootCause: `the radio receiver heard interference drowning the devices for ${Math.round(jammed / 1000)} s within the last ${Math.round(j.windowMs / 60_000)} min`,
      devices: [...this.states_.keys()],
      action:
        'look for a new radio source near the hub (baby monitor, wireless doorbell, faulty appliance); move the hub',
      statusCode: StatusCode.RADIO_INTERFERENCE,
      details: { jammed_s: String(Math.round(jammed / 1000)), window_s: String(j.windowMs / 1000) },
    });
  }

  private battery(s: State, level: number): void {
    if (level > 50 && s.batteryReported.size > 0) {
      // A new battery: clear and re-arm every threshold.
      for (const t of s.batteryReported) this.sink.clear(`battery:${hex32(s.device.deviceId)}:${t}`);
      s.batteryReported.clear();
      return;
    }
    for (const t of BATTERY_THRESHOLDS) {
      if (level > t || s.batteryReported.has(t)) continue;
      s.batteryReported.add(t);
      this.sink.raise({
        key: `battery:${hex32(s.device.deviceId)}:${t}`,
        kind: 'DEVICE_BATTERY_LOW',
        rootCause: `battery of ${deviceTypeName(s.device.deviceType).replace(/_/g, ' ')} ${hex32(s.device.deviceId)} at ${level} % (below ${t} %)`,
        devices: [s.device.deviceId],
        action:
          t <= 5
            ? 'replace the battery today: the device will soon fall silent'
            : 'replace the battery at the next visit',
        statusCode: StatusCode.BATTERY_LOW,
        details: { battery_percent: String(level), threshold: String(t) },
      });
    }
  }

  private setTamper(s: State, open: boolean): void {
    s.tamper = open;
    const key = `tamper:${hex32(s.device.deviceId)}`;
    if (!open) {
      this.sink.clear(key);
      return;
    }
    this.sink.raise({
      key,
      kind: 'DEVICE_TAMPER',
      rootCause: `the case of ${hex32(s.device.deviceId)} is open or it was removed from its mount`,
      devices: [s.device.deviceId],
      action: 'close the device case or remount it; check for damage',
      statusCode: StatusCode.TAMPER,
    });
  }
}
