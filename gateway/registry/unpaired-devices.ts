/**
 * Devices heard on the radio but not paired here, for `vakt pair` and `vakt devices`. Bounded: a
 * neighbour's devices or a noisy band must not grow the hub's memory, so past `max` entries the
 * one heard least recently is forgotten (it is listed again the next time it transmits).
 */
import type { HeardUnpaired } from '../ingest/ingest.ts';

export const MAX_UNPAIRED_HEARD = 1_000;

export class UnpairedDevices {
  /** Map order is insertion order: re-inserting on every hearing keeps it least-recent first. */
  private readonly heardById = new Map<number, HeardUnpaired>();

  constructor(private readonly max = MAX_UNPAIRED_HEARD) {}

  heard(d: HeardUnpaired): void {
    this.heardById.delete(d.deviceId);
    this.heardById.set(d.deviceId, { ...d });
    if (this.heardById.size <= this.max) return;
    const oldest = this.heardById.keys().next().value as number;
    this.heardById.delete(oldest);
  }

  forget(deviceId: number): void {
    this.heardById.delete(deviceId);
  }

  get(deviceId: number): HeardUnpaired | undefined {
    return this.heardById.get(deviceId);
  }

  get size(): number {
    return this.heardById.size;
  }

  /** Least recently heard first. */
  values(): IterableIterator<HeardUnpaired> {
    return this.heardById.values();
  }
}
