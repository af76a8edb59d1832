/**
 * A running simulation: devices, the air, the dongle on its serial line, optionally a modem, and
 * a scenario's timeline. This is the simulator's programmatic entry point: `vakt sim`, the demo
 * and the gateway's integration tests all drive it.
 */
import { EventEmitter } from 'node:events';
import type { Clock } from '../protocol/clock.ts';
import { LocationCode } from '../protocol/codes/scaip.ts';
import { VaktError } from '../protocol/errors.ts';
import { DeviceKey } from '../protocol/serial/index.ts';
import { ScaledClock } from './clock/scaled-clock.ts';
import type { DeviceFirmware, FirmwareContext } from './devices/firmware.ts';
import { simDeviceKey } from './devices/install-codes.ts';
import { DEVICE_KINDS } from './devices/kinds.ts';
import { MemorySeqStore, type SeqStore } from './devices/seq-store.ts';
import { Dongle } from './dongle/dongle.ts';
import { SerialLink } from './dongle/serial-link.ts';
import type { SimEvent } from './events.ts';
import { LineFaults } from './faults/line-faults.ts';
import type { ModemState } from './modem/at-modem.ts';
import { ModemPort } from './modem/modem-port.ts';
import { Radio } from './radio/radio.ts';
import { seededRandom } from './random.ts';
import { perform, undoOf } from './scenario/actions.ts';
import { type ExpectationResult, evaluate } from './scenario/expectations.ts';
import type { Scenario, ScenarioFault } from './scenario/schema.ts';

export type LinkChoice =
  | { port: string }
  | { pty: true | { dir?: string; hubName?: string } }
  | { memory: (bytes: Buffer) => void };

export interface SimulationOptions {
  scenario: Scenario;
  link: LinkChoice;
  /** Scenario time. Default: real time compressed by `speed`. */
  clock?: Clock & { jump?(ms: number): void };
  /** Link time (ACK timeouts, backoff, dongle status). Default: `clock` when given, else real time. */
  linkClock?: Clock;
  speed?: number;
  seqStore?: SeqStore;
  modem?: { port?: string; smsLog?: string };
  /** Play the scenario's timeline (default true). Off: devices run, actions come from the API. */
  timeline?: boolean;
}

export class Simulation extends EventEmitter {
  /** Everything reported except serial traffic, in order. */
  readonly events: SimEvent[] = [];
  readonly devices = new Map<number, DeviceFirmware>();
  readonly radio: Radio;
  readonly dongle: Dongle;
  readonly faults: LineFaults;
  readonly finished: Promise<ExpectationResult[]>;
  private readonly byName = new Map<string, DeviceFirmware>();
  private readonly clock: Clock & { jump?(ms: number): void };
  private link: SerialLink | undefined;
  private modemPort: ModemPort | undefined;
  private readonly timers: Array<{ cancel(): void }> = [];
  private finish!: (r: ExpectationResult[]) => void;
  private stopped = false;

  private constructor(private readonly options: SimulationOptions) {
    super();
    const s = options.scenario;
    this.clock = options.clock ?? new ScaledClock(options.speed ?? 1);
    const linkClock = options.linkClock ?? (options.clock ? options.clock : new ScaledClock(1));
    const random = seededRandom(s.seed);
    const report = (e: SimEvent): void => void this.emit('event', e);
    this.faults = new LineFaults(random);
    this.radio = new Radio({ linkClock, random, emit: report }, (frame, device) =>
      this.dongle.fromRadio(frame, device),
    );
    const ctx: FirmwareContext = {
      clock: this.clock,
      linkClock,
      random,
      air: this.radio,
      seqStore: options.seqStore ?? new MemorySeqStore(),
      emit: report,
    };
    for (const d of s.devices) {
      const location =
        typeof d.location === 'string'
          ? LocationCode[d.location.toUpperCase() as keyof typeof LocationCode]
          : (d.location ?? null);
      const config = {
        id: d.id,
        name: d.name,
        location,
        ...(d.heartbeat !== undefined ? { heartbeatS: d.heartbeat / 1000 } : {}),
        battery: {
          level: d.battery ?? 100,
          ...(d.drainPerHour !== undefined ? { drainPerHour: d.drainPerHour } : {}),
        },
        ...(d.rssi !== undefined ? { rssi: d.rssi } : {}),
        ...(d.link === 'v2' ? { key: new DeviceKey(simDeviceKey(d.id, d.installCode)) } : {}),
      };
      const device = DEVICE_KINDS[d.kind](
        ctx,
        config,
        d.window !== undefined ? { windowS: d.window / 1000 } : {},
      );
      this.devices.set(d.id, device);
      this.byName.set(d.name, device);
    }
    this.dongle = new Dongle(
      { clock: this.clock, linkClock, emit: report, jamming: () => this.radio.jamming },
      s.receiver?.id ?? 0x52c0ffee,
      s.receiver?.firmware ?? '1.4',
      this.devices,
      this.faults,
      s.receiver?.version ?? 1,
    );
    for (const d of s.devices) if (d.paired) this.dongle.paired.add(d.id);
    this.finished = new Promise((resolve) => {
      this.finish = resolve;
    });
  }

  override emit(name: string | symbol, ...args: unknown[]): boolean {
    if (name === 'event') {
      const e = args[0] as SimEvent;
      if (e.type !== 'serial_out' && e.type !== 'serial_in') this.events.push(e);
    }
    return super.emit(name, ...args);
  }

  static async start(options: SimulationOptions): Promise<Simulation> {
    const sim = new Simulation(options);
    await sim.plugIn();
    if (options.modem) {
      sim.modemPort = await ModemPort.open({
        ...options.modem,
        now: () => sim.clock.now(),
        onSms: (sms) => sim.emit('event', { type: 'sms', to: sms.to, text: sms.text, at: sms.at }),
      });
    }
    for (const d of sim.devices.values()) d.start();
    if (options.timeline !== false) sim.playTimeline();
    return sim;
  }

  /** The serial port path the hub should open (PTY or given port). */
  get hubPath(): string | undefined {
    return this.link?.hubPath ?? ('port' in this.options.link ? this.options.link.port : undefined);
  }

  get modemPath(): string | undefined {
    return this.modemPort?.hubPath;
  }

  /** A device by scenario name or radio id. */
  device(nameOrId: string | number): DeviceFirmware {
    const d = typeof nameOrId === 'number' ? this.devices.get(nameOrId) : this.byName.get(nameOrId);
    if (!d)
      throw new VaktError(
        'E_SIM_DEVICE',
        `no device ${String(nameOrId)} in this simulation`,
        `devices: ${[...this.byName.keys()].join(', ')}`,
      );
    return d;
  }

  /** Bytes from the hub, for an in-memory link. */
  fromHub(bytes: Buffer): void {
    this.dongle.receive(bytes);
  }

  async unplug(): Promise<void> {
    if (!this.dongle.plugged) return;
    this.dongle.detach();
    await this.link?.unplug();
    this.emit('event', { type: 'dongle', state: 'unplugged' });
  }

  async replug(): Promise<void> {
    if (this.dongle.plugged || this.stopped) return;
    await this.plugIn();
  }

  setJamming(on: boolean): void {
    this.radio.jamming = on;
    this.emit('event', { type: 'fault', fault: 'jamming', active: on });
  }

  /** Sets a fault rate (0 clears it). `device` is needed for radio `loss`. */
  setFault(fault: ScenarioFault['fault'], rate: number, device?: string): void {
    if (fault === 'loss') this.radio.setLoss(this.device(device!).id, rate);
    else if (fault === 'collision') this.radio.collisionRate = rate;
    else if (fault === 'bit-error') this.faults.rates.bitError = rate;
    else this.faults.rates[fault] = rate;
    this.emit('event', {
      type: 'fault',
      fault,
      active: rate > 0,
      detail: `${(rate * 100).toFixed(2)}%${device ? ` ${device}` : ''}`,
    });
  }

  jumpClock(ms: number): void {
    this.clock.jump?.(ms);
    this.emit('event', { type: 'fault', fault: 'clock-jump', active: true, detail: `${ms} ms` });
  }

  setModem(state: Partial<ModemState>): void {
    if (this.modemPort) Object.assign(this.modemPort.modem.state, state);
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const t of this.timers) t.cancel();
    for (const d of this.devices.values()) d.stop();
    this.dongle.detach();
    await this.link?.close();
    await this.modemPort?.close();
  }

  private async plugIn(): Promise<void> {
    const choice = this.options.link;
    if ('memory' in choice) {
      this.dongle.attach({ write: choice.memory });
    } else {
      this.link ??= new SerialLink(
        'port' in choice ? { port: choice.port } : { pty: choice.pty === true ? {} : choice.pty },
        (b) => this.dongle.receive(b),
        (message) => this.emit('event', { type: 'serial_error', code: 'E_PORT_IO', message }),
      );
      await this.link.plug();
      this.dongle.attach(this.link);
    }
    this.emit('event', { type: 'dongle', state: 'plugged' });
  }

  /** Plays the scenario timeline (started with `timeline: false`, e.g. once the hub is ready). */
  playTimeline(): void {
    const s = this.options.scenario;
    const at = (ms: number, fn: () => void | Promise<void>): void => {
      this.timers.push(
        this.clock.setTimer(
          ms,
          () =>
            void Promise.resolve(fn()).catch((err: Error) =>
              this.emit('event', { type: 'serial_error', code: 'E_SIM_ACTION', message: err.message }),
            ),
        ),
      );
    };
    for (const entry of s.timeline) {
      if ('do' in entry) {
        at(entry.at, () => {
          const undo = undoOf(entry.do);
          if (entry.for !== undefined && undo) at(entry.for, () => perform(this, entry, undo));
          return perform(this, entry);
        });
      } else {
        at(entry.from, () => this.setFault(entry.fault, entry.rate, entry.device));
        at(entry.to, () => this.setFault(entry.fault, 0, entry.device));
      }
    }
    at(s.duration, () => {
      const results = evaluate(s.expect, this.events);
      for (const r of results) this.emit('event', { type: 'expectation', ...r });
      this.finish(results);
    });
  }
}
