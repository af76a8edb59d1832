/**
 * One client of the control socket: reads JSON lines, answers each, and bounds what the client
 * may cost. Reading stops while the client does not drain its answers (write() → false) and
 * resumes on 'drain'; a line longer than maxLine closes the connection after an error line.
 */
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import type { ErrorCode } from '../../protocol/errors.ts';
import { VaktError } from '../../protocol/errors.ts';
import type { FeedSubscriber } from './event-feed.ts';
import type { ControlParams } from './params.ts';
import type { ControlLimits, ControlMethod, ControlResponse } from './protocol.ts';
import { parseRequest, type RequestId } from './request.ts';
import { Subscription } from './subscription.ts';

/** What `subscribe` needs of the hub: the feed of its events, and its clock. */
export interface SubscribeTarget {
  subscribe(sub: FeedSubscriber): () => void;
  now(): number;
}

export type ControlHandlers = {
  [M in Exclude<ControlMethod, 'subscribe'>]: (params: ControlParams[M]) => unknown;
} & { subscribe: (params: ControlParams['subscribe']) => SubscribeTarget };

const NEWLINE = 0x0a;
const EMPTY = Buffer.alloc(0);

export class ControlConnection {
  private input: Buffer = EMPTY;
  private pending = 0;
  private closed = false;
  private unsubscribe: (() => void) | undefined;
  private frames = false;

  constructor(
    private readonly socket: Socket,
    private readonly handlers: ControlHandlers,
    private readonly limits: ControlLimits,
    private readonly log: Logger,
  ) {}

  start(): void {
    const s = this.socket;
    s.setTimeout(this.limits.idleMs);
    s.on('timeout', () => {
      // A subscriber may wait hours for the next event; only a connection doing nothing is idle.
      if (this.pending === 0 && !this.unsubscribe) s.destroy();
    });
    s.on('data', (chunk: Buffer) => this.onData(chunk));
    s.on('drain', () => this.unblock());
    s.on('error', () => s.destroy());
    s.on('close', () => {
      this.closed = true;
      this.input = EMPTY;
      this.unsubscribe?.();
    });
  }

  /** Bytes this connection holds in memory: unread input and answers the client has not taken. */
  bufferedBytes(): number {
    return this.input.length + this.socket.writableLength;
  }

  private onData(chunk: Buffer): void {
    this.input = this.input.length === 0 ? chunk : Buffer.concat([this.input, chunk]);
    this.readLines();
  }

  private get blocked(): boolean {
    return this.socket.writableNeedDrain;
  }

  private readLines(): void {
    while (!this.closed && !this.blocked) {
      const nl = this.input.indexOf(NEWLINE);
      if (nl > this.limits.maxLine || (nl === -1 && this.input.length > this.limits.maxLine)) {
        this.refuseLongLine();
        return;
      }
      if (nl === -1) return;
      const line = this.input.subarray(0, nl).toString('utf8').trim();
      this.input = nl + 1 === this.input.length ? EMPTY : this.input.subarray(nl + 1);
      if (line) this.request(line);
    }
    if (this.blocked && !this.closed) this.socket.pause();
  }

  private unblock(): void {
    if (this.closed || this.blocked) return;
    this.socket.resume();
    this.readLines();
  }

  private refuseLongLine(): void {
    this.reply(null, error('E_CONTROL_TOO_LONG', `request line longer than ${this.limits.maxLine} bytes`));
    this.closed = true;
    this.input = EMPTY;
    this.socket.end(() => this.socket.destroy());
  }

  private request(line: string): void {
    const req = parseRequest(line);
    if ('error' in req) this.reply(req.id, req.error);
    else if (this.pending >= this.limits.maxPending) this.reply(req.id, this.tooManyPending());
    else this.run(req.id, req.method, req.params);
  }

  private run(id: RequestId, method: ControlMethod, params: unknown): void {
    if (method === 'subscribe') {
      this.subscribe(id, params as ControlParams['subscribe']);
      return;
    }
    let result: unknown;
    try {
      result = (this.handlers[method] as (p: unknown) => unknown)(params);
    } catch (err) {
      this.reply(id, this.failure(method, err));
      return;
    }
    if (!(result instanceof Promise)) {
      this.reply(id, undefined, result);
      return;
    }
    this.pending++;
    result.then(
      (r) => this.settle(id, undefined, r),
      (err) => this.settle(id, this.failure(method, err)),
    );
  }

  /** Answers first, so the result line comes before any event; a second subscribe changes nothing. */
  private subscribe(id: RequestId, params: ControlParams['subscribe']): void {
    if (this.unsubscribe) {
      this.reply(id, undefined, { subscribed: true, frames: this.frames });
      return;
    }
    const feed = this.handlers.subscribe(params);
    this.frames = params.frames;
    this.reply(id, undefined, { subscribed: true, frames: params.frames });
    const sub = new Subscription(this.socket, params.frames, this.limits.maxSubscriberBytes, () => feed.now(), this.log);
    this.unsubscribe = feed.subscribe(sub);
  }

  private tooManyPending(): VaktError {
    return error(
      'E_CONTROL_PENDING',
      `${this.pending} requests already running on this connection (limit ${this.limits.maxPending})`,
      'wait for an answer, or open another connection',
    );
  }

  private settle(id: RequestId, err: VaktError | undefined, result?: unknown): void {
    this.pending--;
    this.reply(id, err, result);
  }

  private failure(method: ControlMethod, err: unknown): VaktError {
    if (err instanceof VaktError) return err;
    this.log.error({ method, err: (err as Error)?.message }, 'control request failed');
    return error('E_CONTROL_INTERNAL', `${method} failed inside the hub: ${(err as Error)?.message}`);
  }

  private reply(id: RequestId, err: VaktError | undefined, result?: unknown): void {
    if (this.socket.destroyed) return;
    if (this.socket.writableLength > this.limits.maxQueuedBytes) {
      this.socket.destroy(); // reading already stopped; only running requests could grow this
      return;
    }
    let line: string;
    try {
      const response: ControlResponse = err ? { id, error: err.toJSON() } : { id, result };
      line = JSON.stringify(response);
    } catch (e) {
      line = JSON.stringify({ id, error: error('E_CONTROL_INTERNAL', (e as Error).message).toJSON() });
    }
    this.socket.write(`${line}\n`);
  }
}

function error(code: ErrorCode, message: string, hint?: string): VaktError {
  return new VaktError(code, message, hint);
}
