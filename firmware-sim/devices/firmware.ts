/**
 * What every simulated device's firmware does, as SPEC §6 requires: one sequence counter kept
 * across battery swaps, events delivered stop-and-wait (stop-and-wait.ts: alarms first,
 * retransmission with backoff and give-up), periodic heartbeats with jitter, a battery that
 * drains and reports "low" once per threshold, tamper; with a key, version-2 security (§4):
 * every frame secured, only verified ACK/NAKs heard. Kinds (pendant, door…) extend this.
 */
import type { Timer } from '../../protocol/clock.ts';
import { StatusCode } from '../../protocol/codes/scaip.ts';
import type {
  DeviceEventFrame,
  DeviceHeartbeatFrame,
  EventClass,
  Frame,
  NakReason,
  Verifiable,
} from '../../protocol/serial/index.ts';
import { jitter } from '../random.ts';
import { Battery } from './battery.ts';
import type { Pending } from './delivery-queue.ts';
import type { DeviceConfig, FirmwareContext } from './firmware-context.ts';
import { LinkSecurity } from './link-security.ts';
import { StopAndWait } from './stop-and-wait.ts';

export type { Air, DeviceConfig, FirmwareContext } from './firmware-context.ts';

export const HEARTBEAT_JITTER = 0.1;
/** Presses closer than this are one press (contact bounce); tests wait it out between presses. */
export const DEBOUNCE_MS = 500;

export abstract class DeviceFirmware {
  abstract readonly deviceType: number;
  abstract readonly kind: string;
  protected abstract readonly defaultHeartbeatS: number;

  readonly id: number;
  readonly name: string;
  readonly location: number | null;
  readonly rssi: number;
  readonly battery: Battery;
  tamperOpen = false;

  private seq: number;
  private bootedAt: number;
  private readonly delivery: StopAndWait;
  private heartbeatTimer: Timer | undefined;
  private lastDrainAt: number;
  private lastPressAt = -Infinity;
  private stopped = true;
  private readonly security: LinkSecurity | undefined;

  constructor(
    protected readonly ctx: FirmwareContext,
    protected readonly config: DeviceConfig,
  ) {
    this.id = config.id;
    this.name = config.name;
    this.location = config.location;
    this.rssi = config.rssi ?? -65;
    this.battery = new Battery(config.battery);
    this.seq = ctx.seqStore.load(config.id);
    this.bootedAt = ctx.clock.now();
    this.lastDrainAt = this.bootedAt;
    this.security = config.key ? new LinkSecurity(config.id, config.key, ctx.seqStore) : undefined;
    this.delivery = new StopAndWait(config.id, ctx, {
      frameFor: (p) => this.eventFrame(p),
      transmit: (frame) => this.transmitEvent(frame),
    });
  }

  /** Version 2 (frames secured, SPEC §4) or version 1 (legacy, unauthenticated). */
  get linkVersion(): 1 | 2 {
    return this.security ? 2 : 1;
  }

  get heartbeatS(): number {
    return this.config.heartbeatS ?? this.defaultHeartbeatS;
  }

  /** Events waiting or in flight. */
  get backlog(): number {
    return this.delivery.backlog;
  }

  start(): void {
    this.stopped = false;
    this.delivery.start();
    // The first heartbeat comes somewhere in the first period, as after a real power-up.
    this.scheduleHeartbeat(this.ctx.random.next() * this.heartbeatS * 1000);
  }

  stop(): void {
    this.stopped = true;
    this.heartbeatTimer?.cancel();
    this.delivery.stop();
  }

  /** A battery swap: RAM is lost (queue, timers), the sequence counter survives (SPEC §5.2). */
  swapBattery(level = 100): void {
    this.stop();
    this.delivery.clear();
    this.battery.replace(level);
    this.seq = this.ctx.seqStore.load(this.id);
    this.security?.reload();
    this.bootedAt = this.ctx.clock.now();
    this.start();
  }

  /** Queues an event; alarms go ahead of waiting events of other classes (SPEC §5.4). */
  raise(eventClass: EventClass, statusCode: number): void {
    if (this.stopped || this.battery.dead) {
      this.ctx.emit({
        type: 'ignored',
        deviceId: this.id,
        reason: this.battery.dead ? 'battery dead' : 'stopped',
      });
      return;
    }
    this.delivery.add({ eventClass, statusCode, raisedAt: this.ctx.clock.now() });
  }

  /** True when a press is too close to the previous one to be a new press (contact bounce). */
  protected debounced(): boolean {
    const now = this.ctx.clock.now();
    if (now - this.lastPressAt < DEBOUNCE_MS) return true;
    this.lastPressAt = now;
    return false;
  }

  setTamper(open: boolean): void {
    if (open === this.tamperOpen) return;
    this.tamperOpen = open;
    this.raise(open ? 'status' : 'restore', open ? StatusCode.TAMPER : StatusCode.RESTORAL);
  }

  /**
   * An ACK or NAK the dongle routed here. A version-2 device hears only what verifies (SPEC §4.5):
   * a forged ACK does not stop its retransmission, a forged NAK does not make it give up.
   */
  fromHub(d: Verifiable & { frame: Frame }): void {
    const f = d.frame;
    if (f.kind !== 'ack' && f.kind !== 'nak') return;
    if (this.security) {
      const r = this.security.accept(d);
      if (!r.ok) {
        this.ctx.emit({ type: 'rejected', deviceId: this.id, kind: f.kind, code: r.error.code });
        return;
      }
    } else if (f.version !== undefined) return; // a version-1 device cannot read version 2
    if (f.kind === 'ack') this.onAck(f.seq);
    else this.onNak(f.seq, f.reason);
  }

  onAck(seq: number): void {
    this.delivery.onAck(seq);
  }

  onNak(seq: number, reason: NakReason): void {
    this.delivery.onNak(seq, reason);
  }

  private eventFrame(next: Pending): DeviceEventFrame {
    return {
      kind: 'device_event',
      deviceId: this.id,
      deviceType: this.deviceType,
      seq: this.nextSeq(),
      eventClass: next.eventClass,
      statusCode: next.statusCode,
      battery: this.battery.level,
      rssi: null, // measured by the dongle
      uptime: this.uptime(),
      attempt: 0,
      location: this.location,
    };
  }

  /** One transmission of an event; why it could not go, if it could not. */
  private transmitEvent(attempt: DeviceEventFrame): string | undefined {
    if (this.battery.dead) return 'battery dead';
    const frame = this.secured(attempt);
    if (!frame) return 'frame counters exhausted: re-pair with a new install code';
    this.battery.transmitted();
    this.ctx.emit({ type: 'sent', deviceId: this.id, frame });
    this.ctx.air.transmit(this, frame);
    return undefined;
  }

  private heartbeat(): void {
    if (this.stopped) return;
    this.drainBattery();
    if (this.battery.dead) {
      this.ctx.emit({ type: 'ignored', deviceId: this.id, reason: 'battery dead' });
      return; // a dead device is silent: supervision must notice
    }
    const frame = this.secured<DeviceHeartbeatFrame>({
      kind: 'device_heartbeat',
      deviceId: this.id,
      deviceType: this.deviceType,
      seq: this.nextSeq(),
      battery: this.battery.level,
      rssi: null,
      uptime: this.uptime(),
      tamper: this.tamperOpen,
      batteryLow: this.battery.low,
      period: this.heartbeatS,
    });
    if (!frame) {
      this.ctx.emit({ type: 'ignored', deviceId: this.id, reason: 'frame counters exhausted' });
      return;
    }
    this.battery.transmitted();
    this.ctx.emit({ type: 'sent', deviceId: this.id, frame });
    this.ctx.air.transmit(this, frame);
    this.scheduleHeartbeat(jitter(this.ctx.random, this.heartbeatS * 1000, HEARTBEAT_JITTER));
  }

  /** Version 2: the frame with the next counter and its MIC; undefined when counters ran out. */
  private secured<F extends DeviceEventFrame | DeviceHeartbeatFrame>(frame: F): F | undefined {
    return this.security ? this.security.secure(frame) : frame;
  }

  private scheduleHeartbeat(ms: number): void {
    this.heartbeatTimer = this.ctx.clock.setTimer(ms, () => this.heartbeat());
  }

  /** Applies time-based drain and reports a newly crossed low-battery threshold, once. */
  protected drainBattery(): void {
    const now = this.ctx.clock.now();
    this.battery.elapse(now - this.lastDrainAt);
    this.lastDrainAt = now;
    if (this.battery.takeNewThreshold() !== undefined && !this.battery.dead)
      this.raise('status', StatusCode.BATTERY_LOW);
  }

  /** Empties the battery: the device falls silent (fault injection). */
  killBattery(): void {
    this.battery.die();
    this.drainBattery();
  }

  private nextSeq(): number {
    this.seq = (this.seq + 1) & 0xffff;
    this.ctx.seqStore.save(this.id, this.seq);
    return this.seq;
  }

  private uptime(): number {
    return Math.max(0, Math.floor((this.ctx.clock.now() - this.bootedAt) / 1000));
  }
}
