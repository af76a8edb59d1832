/**
 * A tiny typed event emitter for the gateway's stages. Stages talk to later stages by emitting
 * events; a later stage never calls back into an earlier one (STYLE.md). Unlike a single-slot
 * callback, every listener hears the event, and none silently replaces another.
 *
 * A throwing listener never breaks the emitter or the stage that emitted (a store commit, a frame
 * being ACKed): the error goes to `onListenerError`, and the remaining listeners still run.
 */
export type EventMap = Record<string, unknown[]>;
type Listener<A extends unknown[]> = (...args: A) => void;

export class TypedEmitter<E extends EventMap> {
  private readonly listeners = new Map<keyof E, Set<Listener<never>>>();

  constructor(private readonly onListenerError: (err: unknown, event: string) => void = () => {}) {}

  /** Adds a listener; returns the function that removes it. */
  on<K extends keyof E>(event: K, fn: Listener<E[K]>): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(fn as Listener<never>);
    return () => this.off(event, fn);
  }

  off<K extends keyof E>(event: K, fn: Listener<E[K]>): void {
    this.listeners.get(event)?.delete(fn as Listener<never>);
  }

  listenerCount<K extends keyof E>(event: K): number {
    return this.listeners.get(event)?.size ?? 0;
  }

  protected emit<K extends keyof E>(event: K, ...args: E[K]): void {
    const set = this.listeners.get(event);
    if (!set) return;
    for (const fn of [...set]) {
      try {
        (fn as Listener<E[K]>)(...args);
      } catch (err) {
        this.onListenerError(err, String(event));
      }
    }
  }
}

/** A TypedEmitter whose `emit` is public: for a stage that owns an emitter as a field. */
export class EventBus<E extends EventMap> extends TypedEmitter<E> {
  override emit<K extends keyof E>(event: K, ...args: E[K]): void {
    super.emit(event, ...args);
  }
}
