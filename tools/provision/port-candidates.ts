/**
 * Serial ports a hub might have: what node-serialport's `SerialPort.list()` reports, plus a scan
 * of /dev/serial/by-id, /dev/ttyUSB* and /dev/ttyACM*, because `list()` needs udev (udevadm) and
 * fails or comes back empty on small hubs without it. Stable /dev/serial/by-id names are
 * preferred over the ttyUSBn they point at, since ttyUSBn numbers change with plug order.
 */
import { readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';

export interface PortCandidate {
  path: string;
  /** What is known about it: manufacturer, or the device node a by-id link points at. */
  description: string;
}

/**
 * `devDir` is the directory scanned instead of /dev (VAKT_DEV_DIR; chroots and tests). When it is
 * not /dev, `SerialPort.list()` is not asked, since its answers would name the real /dev.
 */
export async function listPortCandidates(devDir = '/dev'): Promise<PortCandidate[]> {
  const found: PortCandidate[] = [];
  for (const name of safeReaddir(join(devDir, 'serial', 'by-id')).sort())
    found.push({
      path: join(devDir, 'serial', 'by-id', name),
      description: `→ ${real(join(devDir, 'serial', 'by-id', name))}`,
    });
  for (const name of safeReaddir(devDir)
    .filter((n) => /^tty(USB|ACM)\d+$/.test(n))
    .sort(byNumber))
    found.push({ path: join(devDir, name), description: 'USB serial' });
  if (devDir === '/dev') {
    const listed = await listFromSystem();
    for (const p of listed) {
      const existing = found.find((f) => f.path === p.path);
      if (existing) existing.description = p.description;
      else found.push(p);
    }
  }
  return dedupeByDevice(found);
}

async function listFromSystem(): Promise<PortCandidate[]> {
  try {
    const { SerialPort } = await import('serialport');
    const ports = await SerialPort.list();
    return ports.map((p) => ({
      path: p.path,
      description:
        [p.manufacturer, p.serialNumber && `serial ${p.serialNumber}`].filter(Boolean).join(', ') ||
        'serial port',
    }));
  } catch {
    // No udevadm on this hub: the directory scan above is all there is.
    return [];
  }
}

/** One entry per device node, keeping the first (by-id) name found for it. */
function dedupeByDevice(ports: PortCandidate[]): PortCandidate[] {
  const seen = new Set<string>();
  return ports.filter((p) => {
    const key = real(p.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function byNumber(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** "a, b" or a sentence saying none was found, for error messages. */
export function describeCandidates(ports: PortCandidate[], except: string[] = []): string {
  const shown = ports.filter((p) => !except.includes(p.path)).map((p) => p.path);
  return shown.length > 0
    ? shown.join(', ')
    : 'none found (no /dev/serial/by-id, /dev/ttyUSB* or /dev/ttyACM*)';
}
