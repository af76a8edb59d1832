/**
 * Device supervision and the correlation of its technical alarms. Fed by ingest (frames from
 * devices, receiver up/down, jamming); raises and clears through a sink (the hub store). One root
 * cause, one technical alarm: while the receiver is lost or the radio jammed, silent devices are
 * covered by that alarm, and their windows restart when it ends.
 */
import { type Clock, every, type Timer } from '../../protocol/clock.ts';
import { deviceTypeName, StatusCode } from '../../protocol/codes/scaip.ts';
import { hex32 } from '../../protocol/serial/index.ts';
import type { TechnicalAlarmInput } from '../store/hub-store.ts';
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
  /** Jamming must persist this long before it is reported (short bursts are normal). */
  jammingAfterMs?: number;
  checkEveryMs?: number;
}

export const BATTERY_THRESHOLDS = [25, 15, 5] as const;

interface State {
  device: SupervisedDevice;
  /** Last time it was heard, or when its window last restarted. */
  since: number;
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
  private jammingSince: number | undefined;
  private jammingRaised = false;
  private timer: Timer | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly settings: SupervisorSettings,
    private readonly sink: TechnicalSink,
  ) {}

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
      out[hex32(s.device.deviceId)] = s.missing
        ? 'missing'
        : now - this.startedAt < this.settings.bootGraceMs && now - s.since < period
          ? 'grace'
          : now - s.since > period * (1 + this.settings.jitterTolerance)
            ? 'late'
            : 'ok';
    }
    return out;
  }

  add(device: SupervisedDevice): void {
    this.states_.set(device.deviceId, {
      device,
      since: this.clock.now(),
      statedPeriodS: null,
      missing: false,
      heardSinceMissing: 0,
      batteryReported: new Set(),
      tamper: false,
    });
  }

  remove(deviceId: number): void {
    this.states_.delete(deviceId);
    for (const key of [
      `device_missing:${hex32(deviceId)}`,
      `tamper:${hex32(deviceId)}`,
      ...BATTERY_THRESHOLDS.map((t) => `battery:${hex32(deviceId)}:${t}`),
    ])
      this.sink.clear(key);
  }

  /** Any frame from the device: a heartbeat (with its telemetry) or an event. */
  heard(
    deviceId: number,
    t: { battery: number | null; tamper?: boolean; statedPeriodS?: number; statusCode?: number },
  ): void {
    const s = this.states_.get(deviceId);
    if (!s) return;
    s.since = this.clock.now();
    if (t.statedPeriodS) s.statedPeriodS = t.statedPeriodS;
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

  /** The receiver (dongle) went away or came back (raised/cleared by the link supervisor). */
  setReceiverUp(up: boolean): void {
    if (up && !this.receiverUp) this.restartWindows();
    this.receiverUp = up;
  }

  setJamming(on: boolean): void {
    if (on) {
      this.jammingSince ??= this.clock.now();
      return;
    }
    if (this.jammingSince === undefined) return;
    this.jammingSince = undefined;
    if (this.jammingRaised) {
      this.jammingRaised = false;
      this.sink.clear('radio_jamming');
    }
    this.restartWindows();
  }

  /** Runs every minute; public for tests and for `vakt diag`. */
  check(): void {
    const now = this.clock.now();
    if (
      this.jammingSince !== undefined &&
      !this.jammingRaised &&
      now - this.jammingSince >= (this.settings.jammingAfterMs ?? 60_000)
    ) {
      this.jammingRaised = true;
      this.sink.raise({
        key: 'radio_jamming',
        kind: 'RADIO_JAMMING',
        rootCause: 'the radio receiver hears interference that drowns the devices',
        devices: [...this.states_.keys()],
        action:
          'look for a new radio source near the hub (baby monitor, wireless doorbell, faulty appliance); move the hub',
        statusCode: StatusCode.RADIO_INTERFERENCE,
      });
    }
    if (!this.receiverUp || this.jammingSince !== undefined) return; // covered by that root cause
    if (now - this.startedAt < this.settings.bootGraceMs) return;
    for (const s of this.states_.values()) {
      const limit = missingAfterMs(s.device.deviceType, s.statedPeriodS, this.settings);
      if (s.missing || now - s.since <= limit) continue;
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

  private restartWindows(): void {
    const now = this.clock.now();
    for (const s of this.states_.values()) s.since = Math.max(s.since, now);
  }
}
