/**
 * Failed hub-state writes, logged: one line per 10 s while storage fails, not one per write (a
 * failing disk under a burst of frames would otherwise flood the journal), with how many events
 * are meanwhile held in memory.
 */
import type { Logger } from 'pino';
import type { Clock } from '../../protocol/clock.ts';
import type { HubStore } from '../store/hub-store.ts';

const LOG_EVERY_MS = 10_000;

export class StorageErrorLog {
  private last = Number.NEGATIVE_INFINITY;
  private off: (() => void) | undefined;

  constructor(
    private readonly store: HubStore,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.off ??= this.store.events.on('storage-error', (err, what) => {
      if (this.clock.now() - this.last < LOG_EVERY_MS) return;
      this.last = this.clock.now();
      this.log.error(
        { err: err.message, what, heldInMemory: this.store.memory.size },
        'hub state write failed',
      );
    });
  }

  stop(): void {
    this.off?.();
    this.off = undefined;
  }
}
