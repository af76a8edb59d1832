/**
 * The `device_keys` table (SPEC §4): each version-2 device's 128-bit link key, the highest frame
 * counter accepted from it (`rx`) and the last counter the hub used toward it (`tx`); or the
 * explicit mark that a device is legacy and unauthenticated. Keys leave this table only for the
 * link guard: never for logs, `config show` or `devices --json`. The file is 0600 and in backups.
 */
import type { Sql } from './sql.ts';

export interface DeviceKeyRow {
  deviceId: number;
  /** The link key, or null for a device paired without one. */
  key: Uint8Array | null;
  /** Explicitly allowed to speak version 1 (no MIC): flagged wherever devices are listed. */
  unauthenticated: boolean;
  /** Highest counter accepted from the device; null before the first. */
  rx: number | null;
  /** Last counter the hub used toward the device (0: none yet). */
  tx: number;
}

/** Hub counters jump this far after a restore from a backup (SPEC §4.4). */
export const RESTORE_COUNTER_JUMP = 2 ** 20;
/** The last counter value a key may use (SPEC §4.4: counters never wrap). */
const LAST_COUNTER = 2 ** 32 - 1;
/**
 * The `settings` row a backup copy is written with (backup.ts) and the live database never has:
 * a hub that opens a database holding it was restored from that copy.
 */
export const RESTORED_MARK = 'restored_counters_pending';

export class DeviceKeysTable {
  constructor(private readonly q: Sql) {}

  get(deviceId: number): DeviceKeyRow | undefined {
    const r = this.q.get('SELECT * FROM device_keys WHERE device_id = ?').get(deviceId) as
      | Record<string, unknown>
      | undefined;
    if (!r) return undefined;
    return {
      deviceId,
      key: r.link_key === null ? null : new Uint8Array(r.link_key as Buffer),
      unauthenticated: r.unauthenticated === 1,
      rx: r.rx_counter === null ? null : Number(r.rx_counter),
      tx: Number(r.tx_counter),
    };
  }

  /**
   * Stores the key of an install code. The same key keeps both counters (re-pairing must not let
   * old frames be replayed); a new key starts both at zero (SPEC §4.4).
   */
  setKey(deviceId: number, key: Uint8Array): void {
    const old = this.get(deviceId);
    const same = old?.key && Buffer.from(old.key).equals(Buffer.from(key));
    this.q
      .get(
        'INSERT INTO device_keys (device_id, link_key, unauthenticated, rx_counter, tx_counter) VALUES (?, ?, 0, ?, ?) ON CONFLICT(device_id) DO UPDATE SET link_key = excluded.link_key, unauthenticated = 0, rx_counter = excluded.rx_counter, tx_counter = excluded.tx_counter',
      )
      .run(deviceId, Buffer.from(key), same ? old.rx : null, same ? old.tx : 0);
  }

  /** Marks a device as explicitly unauthenticated (legacy, version 1); its key, if any, is dropped. */
  setUnauthenticated(deviceId: number): void {
    this.q
      .get(
        'INSERT INTO device_keys (device_id, link_key, unauthenticated) VALUES (?, NULL, 1) ON CONFLICT(device_id) DO UPDATE SET link_key = NULL, unauthenticated = 1',
      )
      .run(deviceId);
  }

  /** Records the highest counter accepted from the device (never lowers it). */
  acceptRx(deviceId: number, counter: number): void {
    this.q
      .get(
        'UPDATE device_keys SET rx_counter = ? WHERE device_id = ? AND (rx_counter IS NULL OR rx_counter < ?)',
      )
      .run(counter, deviceId, counter);
  }

  /** Takes the next hub → device counter, durably, before the frame that uses it is sent. */
  nextTx(deviceId: number): number {
    return this.q.transaction(() => {
      this.q.get('UPDATE device_keys SET tx_counter = tx_counter + 1 WHERE device_id = ?').run(deviceId);
      const r = this.q.get('SELECT tx_counter FROM device_keys WHERE device_id = ?').get(deviceId) as
        | { tx_counter: number }
        | undefined;
      return Number(r?.tx_counter ?? 0);
    });
  }

  /**
   * SPEC §4.4: a hub restored from a backup advances every hub → device counter by 2^20 before
   * its first frame, since devices may have seen ACKs the copy predates. Runs once per restore:
   * the mark is taken away in the same transaction. Returns how many devices were advanced, or
   * undefined when this database is not a restored copy.
   */
  advanceAfterRestore(): number | undefined {
    return this.q.transaction(() => {
      const mark = this.q.get('SELECT value FROM settings WHERE key = ?').get(RESTORED_MARK);
      if (!mark) return undefined;
      const r = this.q
        .get('UPDATE device_keys SET tx_counter = MIN(tx_counter + ?, ?) WHERE link_key IS NOT NULL')
        .run(RESTORE_COUNTER_JUMP, LAST_COUNTER);
      this.q.get('DELETE FROM settings WHERE key = ?').run(RESTORED_MARK);
      return r.changes;
    });
  }

  /** Devices listed as unauthenticated. */
  unauthenticated(): number[] {
    return (
      this.q.get('SELECT device_id FROM device_keys WHERE unauthenticated = 1').all() as Array<{
        device_id: number;
      }>
    ).map((r) => r.device_id);
  }
}
