/**
 * The uplink on real brokers without the radio: a hub store (real SQLite, fsync) whose outbox is
 * filled directly, the Uplink stage, and the reference receiver in-process collecting what it
 * handled. For delivery tests that need thousands of events faster than a radio makes them.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { SystemClock } from '../../gateway/clock/system-clock.ts';
import type { MqttVersionSetting } from '../../gateway/config/broker.ts';
import { type Db, openDatabase } from '../../gateway/store/database.ts';
import { HubStore } from '../../gateway/store/hub-store.ts';
import { Uplink, type UplinkSettings } from '../../gateway/uplink/uplink.ts';
import type { Clock } from '../../protocol/clock.ts';
import type { DeviceEventFrame } from '../../protocol/serial/index.ts';
import { Receiver } from '../../tools/receiver/receiver.ts';

export const quiet = pino({ level: process.env.VAKT_TEST_LOG ?? 'silent' });
export const HUB = 'H-UPLINK';

export function brokerSettings(
  url: string | string[],
  name = 'primary',
  hubId = HUB,
  mqttVersion: MqttVersionSetting = 'auto',
) {
  return {
    urls: typeof url === 'string' ? [url] : url,
    mqttVersion,
    options: {
      clientId: `${hubId}-${name}-${Math.random().toString(16).slice(2, 8)}`,
      protocolVersion: 5 as const,
      clean: false,
      properties: { sessionExpiryInterval: 600 },
      reconnectPeriod: 0,
      connectTimeout: 3000,
      keepalive: 5,
      resubscribe: false,
    },
    root: 'vakt/v1',
    hubId,
    reconnectMinMs: 100,
    reconnectMaxMs: 1000,
    heartbeatIntervalS: 2,
  };
}

export function uplinkSettings(primary: string, extra: Partial<UplinkSettings> = {}): UplinkSettings {
  return {
    primary: brokerSettings(primary),
    inFlight: 32,
    receiptTimeoutMs: 2000,
    heartbeatIntervalMs: 2000,
    failoverAfterMs: 3000,
    outageReportAfterMs: 1000,
    maxOutbox: 100_000,
    ...extra,
  };
}

export class HubRig {
  readonly dir = mkdtempSync(join(tmpdir(), 'vakt-uplink-'));
  db: Db;
  store: HubStore;
  uplink: Uplink;
  private seq = 0;

  constructor(
    settings: UplinkSettings,
    readonly clock: Clock = new SystemClock(),
  ) {
    this.db = openDatabase(this.dir);
    this.store = new HubStore(this.db, settings.primary.hubId, clock);
    this.store.pair({ deviceId: 0x00a1b2c3, deviceType: 3, label: 'pendant' });
    this.uplink = new Uplink(
      this.store,
      settings,
      { nextBdSeq: () => this.store.nextBdSeq(), state: () => ({ softwareVersion: 'test' }) },
      clock,
      quiet,
    );
  }

  /** Commits `n` alarms (or status events) as ingest would; returns their event ids. */
  accept(n: number, eventClass: 'alarm' | 'status' = 'alarm'): string[] {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      this.seq = (this.seq + 1) & 0xffff;
      const f: DeviceEventFrame = {
        kind: 'device_event',
        deviceId: 0x00a1b2c3,
        deviceType: 3,
        seq: this.seq,
        attempt: 0,
        eventClass,
        statusCode: eventClass === 'alarm' ? 10 : 76,
        battery: 80,
        rssi: -60,
        uptime: 1000,
        location: null,
        extensions: [],
      } as unknown as DeviceEventFrame;
      ids.push(this.store.acceptDeviceEvent(f).eventId);
    }
    return ids;
  }

  async stop(): Promise<void> {
    await this.uplink.stop();
    this.db.close();
  }
}

export async function platform(url: string, extra: Partial<ConstructorParameters<typeof Receiver>[0]> = {}) {
  const lines: string[] = [];
  const r = new Receiver({
    url,
    mqtt: {
      protocolVersion: 4,
      clientId: `platform-${Math.random().toString(16).slice(2, 8)}`,
      reconnectPeriod: 200,
    },
    storeDir: mkdtempSync(join(tmpdir(), 'vakt-platform-')),
    receiverId: 'test-platform',
    json: true,
    out: (l) => lines.push(l),
    log: quiet,
    ...extra,
  });
  await r.start();
  const events = () =>
    lines.map(
      (l) =>
        JSON.parse(l) as {
          hubId: string;
          kind: string;
          event: Record<string, unknown> & { eventId: string };
        },
    );
  return {
    r,
    events,
    handled: (kind = 'alarm') =>
      events()
        .filter((e) => e.kind === kind)
        .map((e) => e.event),
  };
}
