/**
 * The hub daemon, wired: the only file that knows every stage. Data flows one way — serial
 * ingest → store (event + outbox in one commit) → supervision — and the control socket reads
 * from them. Constructors only store dependencies; `start` and `stop` do the work.
 */
import type { Logger } from 'pino';
import type { Clock } from '../protocol/clock.ts';
import { VaktError } from '../protocol/errors.ts';
import { hex32, parseDeviceId } from '../protocol/serial/index.ts';
import { SystemClock } from './clock/system-clock.ts';
import type { LoadedConfig } from './config/load.ts';
import { ControlServer } from './control/server.ts';
import { HEALTH_DEFAULTS, HubMonitor } from './health/hub-monitor.ts';
import { SysfsPowerSource } from './health/power-source.ts';
import { DirectoryStorageProbe } from './health/storage-probe.ts';
import { Ingest } from './ingest/ingest.ts';
import { type PortFactory, SerialLink } from './ingest/serial-link.ts';
import { createLogger } from './log.ts';
import { LearnSession } from './registry/learn-session.ts';
import { DeviceRegistry } from './registry/registry.ts';
import { type Db, openDatabase } from './store/database.ts';
import { HubStore } from './store/hub-store.ts';
import { DeviceSupervisor } from './supervision/device-supervisor.ts';

export interface GatewayOptions {
  clock?: Clock;
  /** Monotonic milliseconds (performance.now() by default); tests drive it with their clock. */
  monotonic?: () => number;
  power?: import('./health/power-source.ts').PowerSource;
  log?: Logger;
  portFactory?: PortFactory;
}

export class Gateway {
  private db: Db | undefined;
  private store!: HubStore;
  private supervisor!: DeviceSupervisor;
  private ingest!: Ingest;
  private control!: ControlServer;
  private health!: HubMonitor;
  private learn!: LearnSession;
  private registry!: DeviceRegistry;
  private readonly clock: Clock;
  readonly log: Logger;
  private readonly startedAt: number;

  constructor(
    private readonly loaded: LoadedConfig,
    options: GatewayOptions = {},
  ) {
    const c = loaded.config;
    this.clock = options.clock ?? new SystemClock();
    this.log = options.log ?? createLogger(c.hub.id, c.log.level);
    this.startedAt = this.clock.now();
    this.portFactory = options.portFactory;
    this.options = options;
  }

  private readonly options: GatewayOptions;

  private readonly portFactory: PortFactory | undefined;

  async start(): Promise<void> {
    const c = this.loaded.config;
    this.db = openDatabase(c.storage.dir);
    this.store = new HubStore(this.db, c.hub.id, this.clock);
    const sink = {
      raise: (t: Parameters<HubStore['raiseTechnical']>[0]) => void this.store.raiseTechnical(t),
      clear: (k: string) => void this.store.clearTechnical(k),
      notice: (t: Parameters<HubStore['notice']>[0]) => void this.store.notice(t),
    };
    this.supervisor = new DeviceSupervisor(
      this.clock,
      { ...c.supervision, bootGraceMs: c.supervision.bootGrace },
      sink,
    );
    const link = new SerialLink(
      {
        path: c.serial.port,
        baudRate: c.serial.baudRate,
        quietAfterMs: c.serial.receiverLostAfter,
        reopenMinMs: c.serial.reopenMin,
        reopenMaxMs: c.serial.reopenMax,
      },
      this.clock,
      this.portFactory,
    );
    this.ingest = new Ingest(
      link,
      this.store,
      this.supervisor,
      this.clock,
      { receiverLostAfterMs: c.serial.receiverLostAfter },
      this.log.child({ stage: 'ingest' }),
    );
    this.registry = new DeviceRegistry(
      this.store,
      this.supervisor,
      this.ingest,
      this.log.child({ stage: 'registry' }),
    );
    this.learn = new LearnSession(
      this.registry,
      this.ingest,
      this.clock,
      this.log.child({ stage: 'registry' }),
    );
    this.ingest.onPairing = (f) => this.learn.onPairingResult(f);
    this.health = new HubMonitor(
      this.clock,
      this.options.monotonic ?? (() => performance.now()),
      this.options.power ?? new SysfsPowerSource(c.health.powerSupplyDir),
      new DirectoryStorageProbe(c.storage.dir),
      {
        ...HEALTH_DEFAULTS,
        mainsLostAfterMs: c.health.mainsLostAfter,
        hubBatteryLowPercent: c.health.hubBatteryLowPercent,
        minFreeMb: c.storage.minFreeMb,
        stallAfterMs: c.health.stallAfter,
        clockStepAfterMs: c.health.clockStepAfter,
      },
      sink,
      this.log.child({ stage: 'health' }),
    );
    this.control = new ControlServer(
      c.control.socket,
      this.handlers(),
      this.log.child({ stage: 'control' }),
      c.control.group,
    );
    this.supervisor.start(this.store.devices());
    this.health.start(this.store.openTechnicalAlarms().map((t) => t.key));
    this.ingest.start();
    await this.control.start();
    this.log.info(
      { port: c.serial.port, socket: c.control.socket, devices: this.store.devices().length },
      'gateway started',
    );
  }

  async stop(): Promise<void> {
    this.supervisor?.stop();
    this.health?.stop();
    this.learn?.stop();
    await this.ingest?.stop();
    await this.control?.stop();
    this.db?.close();
    this.log.info('gateway stopped');
  }

  private handlers(): ConstructorParameters<typeof ControlServer>[1] {
    const deviceId = (p: Record<string, unknown>): number => {
      if (typeof p.deviceId !== 'string')
        throw new VaktError(
          'E_CONTROL_PARAMS',
          'params.deviceId must be the 8 hex digits on the device label',
        );
      return parseDeviceId(p.deviceId);
    };
    return {
      status: () => ({
        hubId: this.loaded.config.hub.id,
        uptimeS: Math.floor((this.clock.now() - this.startedAt) / 1000),
        receiver: { port: this.loaded.config.serial.port },
        devices: this.store.devices().length,
        unpairedHeard: this.ingest.unpaired.size,
        outbox: this.store.outboxStats(),
        technicalAlarms: this.store.openTechnicalAlarms().length,
        health: this.health.snapshot,
        learn: this.learn.state(),
      }),
      devices: () => ({
        paired: this.store.devices().map((d) => ({ ...d, deviceId: hex32(d.deviceId) })),
        unpairedHeard: [...this.ingest.unpaired.values()].map((d) => ({ ...d, deviceId: hex32(d.deviceId) })),
      }),
      pair: (p) => {
        const id = deviceId(p);
        const heard = this.ingest.unpaired.get(id);
        const deviceType = typeof p.deviceType === 'number' ? p.deviceType : heard?.deviceType;
        if (deviceType === undefined)
          throw new VaktError(
            'E_CONTROL_PARAMS',
            `device ${hex32(id)} has not been heard; give params.deviceType or press its button first`,
          );
        this.registry.pair({
          deviceId: id,
          deviceType,
          label: typeof p.label === 'string' ? p.label : '',
          location: typeof p.location === 'number' ? p.location : null,
        });
        return { deviceId: hex32(id), paired: true };
      },
      unpair: (p) => {
        const id = deviceId(p);
        const removed = this.registry.unpair(id);
        return { deviceId: hex32(id), removed };
      },
      learn: (p) => this.learn.enter(p),
      events: (p) => this.store.recentEvents(typeof p.limit === 'number' ? Math.min(p.limit, 1000) : 50),
      technical: () => this.store.openTechnicalAlarms().map((t) => ({ ...t, devices: t.devices.map(hex32) })),
      'test-alarm': () => {
        throw new VaktError(
          'E_CONTROL_UNAVAILABLE',
          'test alarms need the uplink, which this hub software version does not run yet',
          'use vakt sim press DEVICE to send a test press through the radio path',
        );
      },
    };
  }
}
