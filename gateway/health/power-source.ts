/**
 * Where the hub learns whether it runs on mains or on its own battery. On a Linux hub that is
 * the kernel's power-supply class in sysfs; tests inject their own source. `null` means the
 * hub cannot tell (no such supply), which is never alarmed on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PowerReading {
  /** true on mains, false on battery, null when the hub has no mains supply to read. */
  mains: boolean | null;
  /** The hub's own battery charge, 0..100, or null without a battery. */
  batteryPercent: number | null;
}

export interface PowerSource {
  read(): PowerReading;
}

/** Reads /sys/class/power_supply/<name>/{type,online,capacity}. */
export class SysfsPowerSource implements PowerSource {
  constructor(private readonly dir = '/sys/class/power_supply') {}

  read(): PowerReading {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return { mains: null, batteryPercent: null };
    }
    let mains: boolean | null = null;
    let batteryPercent: number | null = null;
    for (const name of names) {
      const type = this.attr(name, 'type');
      if (type === 'Mains' || type === 'USB') {
        const online = this.attr(name, 'online');
        if (online !== undefined) mains = (mains ?? false) || online === '1';
      } else if (type === 'Battery') {
        const capacity = Number(this.attr(name, 'capacity'));
        if (Number.isFinite(capacity)) batteryPercent = Math.max(0, Math.min(100, capacity));
      }
    }
    return { mains, batteryPercent };
  }

  private attr(name: string, file: string): string | undefined {
    try {
      return readFileSync(join(this.dir, name, file), 'utf8').trim();
    } catch {
      return undefined;
    }
  }
}

/** For hubs without a readable supply (and development machines): never alarms. */
export const NO_POWER_SOURCE: PowerSource = { read: () => ({ mains: null, batteryPercent: null }) };
