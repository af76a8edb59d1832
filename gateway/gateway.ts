/**
 * The hub daemon, wired: the only file that knows every stage. Data flows one way — serial
 * ingest → registry and supervision → store (event + outbox in one commit) → uplink → fallback —
 * and the control socket reads from them. Stages talk through typed events (gateway/README.md
 * has the map); policy lives in the stage that owns it. This file only constructs and wires;
 * constructors only store dependencies; `start` and `stop` do the work.
 */
import type { KeyObject } from 'node:crypto';
import type { Logger } from 'pino';
import type { Clock } from '../protocol/clock.ts';
import { SystemClock } from './clock/system-clock.ts';
import { type CommandHandler, loadPublicKeys } from './commands/command-handler.ts';
import { createCommandHandler } from './commands/command-setup.ts';
import { RemoteCommands } from './commands/remote-commands.ts';
import type { LoadedConfig } from './config/load.ts';
import type { GatewayOptions } from './gateway-options.ts';
import { EventFeed } from './control/event-feed.ts';
import { EventBus } from './events.ts';
import { controlHandlers } from './control/handlers.ts';
import { ConfigReload } from './control/reload.ts';
import { ControlServer } from './control/server.ts';
import { FallbackRule } from './fallback/fallback-rule.ts';
import { createSmsFallback, type SmsSetup } from './fallback/sms-setup.ts';
import type { HealthSink, HubMonitor } from './health/hub-monitor.ts';
import { createHubMonitor } from './health/monitor-setup.ts';
import { StorageErrorLog } from './health/storage-error-log.ts';
import type { Ingest } from './ingest/ingest.ts';
import { createIntake } from './ingest/intake-setup.ts';
import { createLogger } from './log.ts';
import type { LearnSession } from './registry/learn-session.ts';
import type { DeviceRegistry } from './registry/registry.ts';
import { backupDatabase, storeWriteProblem } from './store/backup.ts';
import { type Db, openDatabase } from './store/database.ts';
import { HubStore } from './store/hub-store.ts';
import { DeviceSupervisor, type SupervisorSettings } from './supervision/device-supervisor.ts';
import { InventoryPublisher } from './uplink/inventory-publisher.ts';
import { TestAlarm } from './uplink/test-alarm.ts';
import { TestAlarmSchedule } from './uplink/test-alarm-schedule.ts';
import type { UplinkEvents } from './uplink/uplink-contract.ts';
import { alarmWhenUnreachable } from './uplink/unreachable-alarm.ts';
import { Uplink } from './uplink/uplink.ts';
import { uplinkSettings } from './uplink/uplink-settings.ts';
import { SOFTWARE_VERSION } from './version.ts';

export type { GatewayOptions } from './gateway-options.ts';

export class Gateway {
  private db: Db | undefined;
  private store!: HubStore;
  private storageLog!: StorageErrorLog;
  private supervisor!: DeviceSupervisor;
  private ingest!: Ingest;
  private control!: ControlServer;
  private health!: HubMonitor;
  private learn!: LearnSession;
  private registry!: DeviceRegistry;
  private uplink!: Uplink;
  private inventory!: InventoryPublisher;
  private testAlarm!: TestAlarm;
  private testSchedule: TestAlarmSchedule | undefined;
  private fallback!: FallbackRule;
  private sms: SmsSetup | undefined; // the fallback and the modem it opened
  private commands!: RemoteCommands;
  private readonly clock: Clock;
  private platformKeys: KeyObject[] = []; // commands.publicKeys: they verify commands and receipts
  readonly log: Logger;
  private readonly startedAt: number;
  /** Path changes and receipts from whichever uplink a live reload last built (feed, test alarm). */
  private readonly uplinkRelay = new EventBus<Pick<UplinkEvents, 'path' | 'receipted'>>();
  private feed!: EventFeed;

  constructor(
    private loaded: LoadedConfig,
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
    const advanced = store.deviceKeys.advanceAfterRestore();
    if (advanced !== undefined)
      this.log.warn(
        { devices: advanced },
        'hub state restored from a backup: device-link counters advanced by 2^20',
      );
    this.storageLog = new StorageErrorLog(store, this.clock, this.stageLog('store'));
    const sink: HealthSink = {
      raise: (t) => void store.raiseTechnical(t),
      clear: (k) => void store.clearTechnical(k),
      notice: (t) => void store.notice(t),
    };
    this.supervisor = new DeviceSupervisor(this.clock, supervisorSettings(c), sink);
    const { portFactory } = this.options;
    const parts = { store, supervisor: this.supervisor, clock: this.clock, portFactory };
    const intake = createIntake(c, parts, (st) => this.stageLog(st));
    ({ ingest: this.ingest, registry: this.registry, learn: this.learn } = intake);
    const monitor = { ...this.options, clock: this.clock, sink, log: this.stageLog('health') };
    this.health = createHubMonitor(c, monitor);
    // Built once: a test alarm in flight while a live reload rebuilds the uplink still hears its receipt.
    const stages = this;
    const receipts = {
      on: this.uplinkRelay.on.bind(this.uplinkRelay),
      get activePath() {
        return stages.uplink.activePath;
      },
    };
    this.testAlarm = new TestAlarm(store, receipts, this.clock, this.stageLog('uplink'));
    await this.startUplinkSide();
    const sources = { clock: this.clock, store, uplink: this.uplinkRelay, ingest: this.ingest };
    this.feed = new EventFeed(sources);
    this.control = this.createControl();
    this.storageLog.start();
    this.supervisor.start(store.devices());
    this.registry.start();
    this.learn.start();
    this.health.start(store.openTechnicalAlarms().map((t) => t.key));
    this.ingest.start();
    await this.control.start();
    const started = { port: c.serial.port, socket: c.control.socket, devices: store.devices().length };
    this.log.info({ ...started, version: SOFTWARE_VERSION }, 'gateway started');
  }

  /**
   * Applies a config whose changes are all live (config/reload-plan.ts): the uplink side is built
   * again from it, supervision retuned; serial link, intake, store and control socket stay, and
   * what was queued goes out on the new links. If it cannot start, the old config is put back.
   */
  async applyLive(next: LoadedConfig): Promise<void> {
    const previous = this.loaded;
    await this.stopUplinkSide();
    const use = async (l: LoadedConfig) => {
      this.loaded = l;
      this.supervisor.retune(supervisorSettings(l.config));
      await this.startUplinkSide();
    };
    try {
      await use(next);
    } catch (err) {
      await this.stopUplinkSide();
      await use(previous);
      throw err;
    }
    this.log.info('config reloaded live; serial link kept');
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
    this.registry?.stop();
    this.supervisor?.stop();
    this.health?.stop();
    this.learn?.stop();
    await this.control?.stop();
    await this.stopUplinkSide();
    this.storageLog?.stop();
    this.db?.close();
    this.log.info('gateway stopped');
  }

  /** The uplink and what follows it: test alarm, SMS fallback, remote commands, inventory. */
  private async startUplinkSide(): Promise<void> {
    const c = this.loaded.config;
    this.platformKeys = loadPublicKeys(c.commands?.publicKeys ?? []);
    this.uplink = this.createUplink();
    const every = c.uplink.testAlarmInterval;
    const send = (ms: number) => this.testAlarm.send(0, ms);
    this.testSchedule = new TestAlarmSchedule(send, this.store, every, this.clock, this.stageLog('uplink'));
    this.uplink.on('path', (path) => this.uplinkRelay.emit('path', path));
    this.uplink.on('receipted', (id, info) => this.uplinkRelay.emit('receipted', id, info));
    const log = (stage: string) => this.stageLog(stage);
    const parts = { store: this.store, clock: this.clock, modem: this.options.modem, log };
    this.sms = await createSmsFallback(c, parts);
    this.fallback = new FallbackRule(this.uplink, this.store, this.sms?.sms);
    this.commands = new RemoteCommands(
      this.uplink,
      this.createCommandHandler(),
      this.stageLog('commands'),
      this.clock,
    );
    this.fallback.start();
    this.commands.start();
    this.inventory.start();
    this.uplink.start();
    this.testSchedule.start();
    this.sms?.sms.start();
  }

  private async stopUplinkSide(): Promise<void> {
    this.testSchedule?.stop();
    this.sms?.sms.stop();
    this.fallback?.stop();
    this.commands?.stop();
    this.inventory?.stop();
    await this.uplink?.stop();
    await this.sms?.close?.();
    this.sms = undefined;
  }

  /** Calls `fn` with each event id the platform receipted (control-socket watchers, benchmarks). */
  onReceipted(fn: (eventId: string) => void): () => void {
    return this.uplinkRelay.on('receipted', (id) => fn(id)); // the relay outlives a live reload's uplink
  }

  private stageLog(stage: string): Logger {
    return this.log.child({ stage });
  }

  private createControl(): ControlServer {
    const c = this.loaded.config;
    const stages = this;
    const handlers = controlHandlers({
      hubId: c.hub.id,
      version: SOFTWARE_VERSION,
      startedAt: this.startedAt,
      serialPort: c.serial.port,
      clock: this.clock,
      store: this.store,
      ingest: this.ingest,
      supervisor: this.supervisor,
      registry: this.registry,
      learn: this.learn,
      health: this.health,
      // Built again by a live reload: always the one in force.
      get uplink() {
        return stages.uplink;
      },
      feed: this.feed,
      testAlarm: (id, ms) => this.testAlarm.send(id, ms),
      backup: (to) => backupDatabase(this.db!, to),
      reload: new ConfigReload(
        {
          current: () => this.loaded,
          applyLive: (next) => this.applyLive(next),
          restart: this.options.restart,
          env: this.options.env ?? process.env,
        },
        this.options.reloadFailure,
      ),
    });
    return new ControlServer(c.control.socket, handlers, this.stageLog('control'), c.control.group);
  }

  /** The uplink, and the retained inventory that follows its births. */
  private createUplink(): Uplink {
    const c = this.loaded.config;
    const settings = uplinkSettings(this.loaded, this.platformKeys);
    const birth = {
      nextBdSeq: () => this.store.nextBdSeq(),
      state: () => ({
        softwareVersion: SOFTWARE_VERSION,
        pairedDevices: this.store.devices().length,
        openTechnicalAlarms: this.store.openTechnicalAlarms().length,
      }),
    };
    const log = this.stageLog('uplink');
    const uplink = new Uplink(this.store, settings, birth, this.clock, log);
    this.inventory = new InventoryPublisher(c.hub.id, uplink, this.store, this.supervisor, this.clock, log);
    alarmWhenUnreachable(uplink, this.store);
    return uplink;
  }

  /** The verifier and executor of signed commands, or undefined when no platform key is configured. */
  private createCommandHandler(): CommandHandler | undefined {
    const c = this.loaded.config;
    if (!c.commands) return undefined;
    const { store, ingest, learn, supervisor, uplink, inventory, clock } = this;
    const stages = { hubId: c.hub.id, store, ingest, learn, supervisor, uplink, inventory, clock };
    const trust = () => this.health.clockTrust();
    return createCommandHandler(stages, this.platformKeys, c.storage.dir, trust, this.stageLog('commands'));
  }
}

function supervisorSettings(c: LoadedConfig['config']): SupervisorSettings {
  return { ...c.supervision, bootGraceMs: c.supervision.bootGrace };
}
