/**
 * One connection's `subscribe`: each event from the feed written as a JSON line
 * `{"event":{…}}`. The socket's own write buffer is the queue, and it is bounded: while the
 * client leaves more than `maxBytes` unread, events are counted instead of queued, and once it has
 * read what waits (`drain`) one `{"event":{"kind":"dropped","count":N}}` line says how many it
 * missed — never a silent gap, never a daemon growing for a slow reader.
 */
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import type { FeedEvent, FeedSubscriber } from './event-feed.ts';

export class Subscription implements FeedSubscriber {
  private dropped = 0;
  /** Dropped over the connection's life: logged when the first of each run is dropped. */
  private droppedTotal = 0;

  constructor(
    private readonly socket: Socket,
    readonly frames: boolean,
    private readonly maxBytes: number,
    private readonly now: () => number,
    private readonly log: Logger,
  ) {
    socket.on('drain', () => this.reportDropped());
  }

  push(event: FeedEvent): void {
    if (this.socket.destroyed || this.socket.writableEnded) return;
    if (this.socket.writableLength >= this.maxBytes) {
      if (this.dropped === 0)
        this.log.warn(
          { queuedBytes: this.socket.writableLength, droppedBefore: this.droppedTotal },
          'control subscriber not reading: events dropped until it catches up',
        );
      this.dropped++;
      this.droppedTotal++;
      return;
    }
    this.reportDropped();
    this.write(event);
  }

  private reportDropped(): void {
    if (this.dropped === 0 || this.socket.destroyed) return;
    const count = this.dropped;
    this.dropped = 0;
    this.write({ kind: 'dropped', at: this.now(), count });
  }

  private write(event: FeedEvent): void {
    this.socket.write(`${JSON.stringify({ event })}\n`);
  }
}
