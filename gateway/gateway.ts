/**
 * The hub daemon, wired: the only file that knows every stage. Data flows one way — serial
 * ingest → registry and supervision → store (event + outbox in one commit) → uplink → fallback —
 * and the control socket reads from them. Constructors only store dependencies; `start` and
 * `stop` do the work.
 */
import type { Logger } from 'pino';
import type { Clock } from '../protocol/clock.ts';
import { VaktError } from '../protocol/errors.ts';
import { hex32 } from '../protocol/serial/index.ts';
import { v1 } from '../protocol/uplink/index.ts';
import { SystemClock } from './clock/system-clock.ts';
import { CommandHandler, loadPublicKeys } from './commands/command-handler.ts';
import type { LoadedConfig } from './config/load.ts';
import { controlHandlers } from './control/handlers.ts';
import { ControlServer } from './control/server.ts';
import { SmsFallback, type SmsModem } from './fallback/sms-fallback.ts';
import { HEALTH_DEFAULTS, type HealthSink, HubMonitor } from './health/hub-monitor.ts';
import { type PowerSource, SysfsPowerSource } from './health/power-source.ts';
import { DirectoryStorageProbe } from './health/storage-probe.ts';
import { Ingest } from './ingest/ingest.ts';
import { type PortFactory, SerialLink } from './ingest/serial-link.ts';
import { createLogger } from './log.ts';
import { LearnSession } from './registry/learn-session.ts';
import { DeviceRegistry } from './registry/registry.ts';
import { backupDatabase, storeWriteProblem } from './store/backup.ts';
import { type Db, openDatabase } from './store/database.ts';
import { HubStore } from './store/hub-store.ts';
import { DeviceSupervisor } from './supervision/device-supervisor.ts';
import type { BrokerLink } from './uplink/broker-link.ts';
import { connectOptions } from './uplink/connect-options.ts';
import { inventory } from './uplink/inventory.ts';
import { Uplink } from './uplink/uplink.ts';
import { SOFTWARE_VERSION } from './version.ts';

export interface GatewayOptions {
  clock?: Clock;
  /** Monotonic milliseconds (performance.now() by default); tests drive it with their clock. */
  monotonic?: () => number;
  power?: PowerSource;
  portFactory?: PortFactory;
  /** The cellular modem for the SMS fallback (default: the driver on `sms.modemPort`). */
  modem?: SmsModem;
  log?: Logger;
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
  private uplink!: Uplink;
  private sms: SmsFallback | undefined;
  private modemClose: (() => Promise<void>) | undefined;
  private commands: CommandHandler | undefined;
  private readonly clock: Clock;
  readonly log: Logger;
  private readonly startedAt: number;

  constructor(
    private readonly loaded: LoadedConfig,
    private readonly options: GatewayOptions = {},
  ) {
    this.clock = options.clock ?? new SystemClock();
    this.log = options.log ?? createLogger(loaded.config.hub.id, loaded.config.log.level);
    this.startedAt = this.clock.now();
  }

  async start(): Promise<void> {
    const c = this.loaded.config;
    this.db = openDatabase(c.storage.dir);
    const store = new HubStore(this.db, c.hub.id, this.clock);
    this.store = store;
    const storageLog = this.log.child({ stage: 'store' });
    let lastStorageLog = Number.NEGATIVE_INFINITY;
    store.events.on('storage-error', (err, what) => {
      // One line per 10 s while storage fails, not one per write.
      if (this.clock.now() - lastStorageLog < 10_000) return;
      lastStorageLog = this.clock.now();
      storageLog.error({ err: err.message, what, heldInMemory: store.memory.size }, 'hub state write failed');
    });
    const sink: HealthSink = {
      raise: (t) => void store.raiseTechnical(t),
      clear: (k) => void store.clearTechnical(k),
      notice: (t) => void store.notice(t),
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
      this.options.portFactory,
    );
    this.ingest = new Ingest(
      link,
      store,
      this.supervisor,
      this.clock,
      { receiverLostAfterMs: c.serial.receiverLostAfter },
      this.log.child({ stage: 'ingest' }),
    );
    this.registry = new DeviceRegistry(
      store,
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
    this.uplink = this.createUplink();
    await this.createFallback();
    this.createCommands();
    this.control = new ControlServer(
      c.control.socket,
      controlHandlers({
        hubId: c.hub.id,
        version: SOFTWARE_VERSION,
        startedAt: this.startedAt,
        serialPort: c.serial.port,
        clock: this.clock,
        store,
        ingest: this.ingest,
        supervisor: this.supervisor,
        registry: this.registry,
        learn: this.learn,
        health: this.health,
        uplink: this.uplink,
        testAlarm: (id, ms) => this.testAlarm(id, ms),
        backup: (to) => backupDatabase(this.db!, to),
      }),
      this.log.child({ stage: 'control' }),
      c.control.group,
    );
    this.supervisor.start(store.devices());
    this.health.start(store.openTechnicalAlarms().map((t) => t.key));
    this.uplink.start();
    this.sms?.start();
    this.ingest.start();
    await this.control.start();
    this.log.info(
      {
        port: c.serial.port,
        socket: c.control.socket,
        devices: store.devices().length,
        version: SOFTWARE_VERSION,
      },
      'gateway started',
    );
  }

  /** Why the daemon is unhealthy now, or null: the store takes a write lock and the state directory a write. */
  liveness(): string | null {
    if (!this.db) return 'not started';
    const store = storeWriteProblem(this.db);
    if (store) return store;
    const dir = this.health.snapshot.writeError;
    return dir ? `the state directory cannot be written (${dir})` : null;
  }

  /** One line for systemd's STATUS=. */
  statusLine(): string {
    return `running: ${this.store.devices().length} devices, outbox ${this.store.outboxStats().depth}`;
  }

  /** Stops intake first, then the uplink (OFFLINE published), then storage. Nothing in flight is lost: it is in the outbox. */
  async stop(): Promise<void> {
    await this.ingest?.stop();
    this.supervisor?.stop();
    this.health?.stop();
    this.learn?.stop();
    this.sms?.stop();
    await this.control?.stop();
    await this.uplink?.stop();
    await this.modemClose?.();
    this.db?.close();
    this.log.info('gateway stopped');
  }

  /** Calls `fn` with each event id the platform receipted (for the control socket's watchers and benchmarks). */
  onReceipted(fn: (eventId: string) => void): () => void {
    const listener = (id: string) => fn(id);
    this.uplink.on('receipted', listener);
    return () => this.uplink.off('receipted', listener);
  }

  private createUplink(): Uplink {
    const c = this.loaded.config;
    const u = c.uplink;
    const link = (b: typeof u.primary, name: 'primary' | 'secondary') => ({
      url: b.url,
      options: connectOptions(b, c.hub.id, this.loaded.secrets[name], name === 'primary' ? '' : '-secondary'),
      root: u.root,
      hubId: c.hub.id,
      reconnectMinMs: u.reconnectMin,
      reconnectMaxMs: u.reconnectMax,
      heartbeatIntervalS: Math.round(u.heartbeatInterval / 1000),
    });
    const uplink = new Uplink(
      this.store,
      {
        primary: link(u.primary, 'primary'),
        ...(u.secondary ? { secondary: link(u.secondary, 'secondary') } : {}),
        inFlight: u.inFlight,
        receiptTimeoutMs: u.receiptTimeout,
        heartbeatIntervalMs: u.heartbeatInterval,
        failoverAfterMs: u.failoverAfter,
        outageReportAfterMs: u.outageReportAfter,
        maxOutbox: u.maxOutbox,
      },
      {
        nextBdSeq: () => this.store.nextBdSeq(),
        state: () => ({
          softwareVersion: SOFTWARE_VERSION,
          pairedDevices: this.store.devices().length,
          openTechnicalAlarms: this.store.openTechnicalAlarms().length,
        }),
      },
      this.clock,
      this.log.child({ stage: 'uplink' }),
    );
    uplink.on('rejected', (row: { eventId: string; priority: number }, reason: string) => {
      this.store.notice({
        kind: 'DELIVERY_FELL_BACK',
        rootCause: `the platform rejected event ${row.eventId}: ${reason}`,
        devices: [],
        action: 'report this to the response centre: the hub and the platform disagree about the contract',
        details: { event_id: row.eventId, reason },
      });
      if (row.priority === 0) this.sms?.sendNow(row.eventId);
    });
    uplink.on('alternative', (eventId: string) => this.sms?.sendNow(eventId));
    return uplink;
  }

  private async createFallback(): Promise<void> {
    const s = this.loaded.config.sms;
    if (!s) return;
    const { openModem, formatSms } = await import('./fallback/modem-adapter.ts');
    let modem = this.options.modem;
    if (!modem) {
      const m = openModem(s.modemPort, this.clock, this.log.child({ stage: 'modem' }));
      modem = m;
      this.modemClose = () => m.close();
    }
    this.sms = new SmsFallback(
      this.store,
      modem,
      (alarm) => formatSms(alarm),
      { numbers: s.numbers, deadlineMs: s.deadline, probeEveryMs: 300_000 },
      this.clock,
      this.log.child({ stage: 'sms' }),
    );
  }

  private createCommands(): void {
    const cfg = this.loaded.config.commands;
    if (!cfg) {
      this.uplink.on('command', () =>
        this.log.warn('command received but no platform key is configured; ignored'),
      );
      return;
    }
    this.commands = new CommandHandler(
      this.loaded.config.hub.id,
      loadPublicKeys(cfg.publicKeys),
      this.store,
      {
        testAlarm: (id) => {
          const eventId = this.store.testEvent(id);
          return `test event ${eventId} queued`;
        },
        setHeartbeatInterval: (s) => {
          this.uplink.setHeartbeatInterval(s * 1000);
          return `heartbeat every ${s} s`;
        },
        enterLearnMode: (t) => {
          this.learn.enter({ timeoutS: t });
          return `learn mode for ${t} s`;
        },
        rebootLink: () => {
          this.ingest.reopenLink('remote command');
          return 'serial link to the receiver reopened';
        },
        requestInventory: async () => {
          await this.uplink.publishDirect(
            'inventory',
            inventory(this.loaded.config.hub.id, this.store, this.supervisor, this.clock),
          );
          return `${this.store.devices().length} devices published`;
        },
      },
      this.clock,
      this.log.child({ stage: 'commands' }),
    );
    this.uplink.on('command', (bytes: Uint8Array, via: BrokerLink) => {
      void this.commands!.handle(bytes)
        .catch((err: Error) => {
          this.log.error({ err: err.message }, 'command could not be handled');
          return undefined;
        })
        .then(async (r) => {
          if (!r) return;
          try {
            await this.uplink.publishDirect('command-result', v1.CommandResult.encode(r).finish(), via);
          } catch (err) {
            this.log.warn(
              { commandId: r.commandId, err: (err as Error).message },
              'command result not published',
            );
          }
        });
    });
  }

  /** A test event through the whole uplink: resolves when the platform receipted it. */
  private testAlarm(
    deviceId: number,
    timeoutMs: number,
  ): Promise<{ eventId: string; roundTripMs: number; path: string }> {
    const started = this.clock.now();
    const eventId = this.store.testEvent(deviceId);
    this.log.info({ eventId, deviceId: hex32(deviceId) }, 'test alarm sent');
    return new Promise((resolve, reject) => {
      const onReceipted = (id: string, info: { path?: string }) => {
        if (id !== eventId) return;
        timer.cancel();
        this.uplink.off('receipted', onReceipted);
        resolve({ eventId, roundTripMs: this.clock.now() - started, path: info.path ?? 'unknown' });
      };
      const timer = this.clock.setTimer(timeoutMs, () => {
        this.uplink.off('receipted', onReceipted);
        this.store.notice({
          kind: 'TEST_ALARM_FAILED',
          rootCause: `a test alarm got no receipt from the platform within ${Math.round(timeoutMs / 1000)} s`,
          devices: deviceId ? [deviceId] : [],
          action: 'run vakt diag; check the broker settings and that the response centre receives this hub',
          details: { event_id: eventId },
        });
        reject(
          new VaktError(
            'E_TEST_ALARM_TIMEOUT',
            `no receipt for test alarm ${eventId} within ${Math.round(timeoutMs / 1000)} s (uplink path: ${this.uplink.activePath ?? 'none'})`,
            'run vakt diag to see which step of the uplink fails',
          ),
        );
      });
      this.uplink.on('receipted', onReceipted);
    });
  }
}
