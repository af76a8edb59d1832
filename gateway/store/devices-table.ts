/** The `devices` table: paired devices, their label and location, and when each was last heard. */
import type { Clock } from '../../protocol/clock.ts';
import { type DeviceRow, toDevice } from './rows.ts';
import type { Sql } from './sql.ts';

export interface Telemetry {
  battery: number | null;
  rssi: number | null;
  periodS?: number;
}

export class DevicesTable {
  constructor(
    private readonly q: Sql,
    private readonly clock: Clock,
  ) {}

  pair(d: { deviceId: number; deviceType: number; label?: string; location?: number | null }): void {
    this.q
      .get(
        'INSERT INTO devices (device_id, device_type, label, location, paired_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(device_id) DO UPDATE SET device_type = excluded.device_type, label = excluded.label, location = excluded.location',
      )
      .run(d.deviceId, d.deviceType, d.label ?? '', d.location ?? null, this.clock.now());
  }

  unpair(deviceId: number): boolean {
    return this.q.get('DELETE FROM devices WHERE device_id = ?').run(deviceId).changes > 0;
  }

  all(): DeviceRow[] {
    return (this.q.get('SELECT * FROM devices ORDER BY device_id').all() as Record<string, unknown>[]).map(
      toDevice,
    );
  }

  get(deviceId: number): DeviceRow | undefined {
    const row = this.q.get('SELECT * FROM devices WHERE device_id = ?').get(deviceId) as
      | Record<string, unknown>
      | undefined;
    return row && toDevice(row);
  }

  /** A heartbeat or any frame from a paired device: it is alive, with what it reported. */
  seen(deviceId: number, t: Telemetry): void {
    this.q
      .get(
        'UPDATE devices SET last_seen_at = ?, battery = COALESCE(?, battery), rssi = COALESCE(?, rssi), period_s = COALESCE(?, period_s) WHERE device_id = ?',
      )
      .run(this.clock.now(), t.battery, t.rssi, t.periodS || null, deviceId);
  }

  /** Last heard at `now`: part of the commit that accepts one of its events. */
  heardAt(deviceId: number, now: number): void {
    this.q.get('UPDATE devices SET last_seen_at = ? WHERE device_id = ?').run(now, deviceId);
  }
}
