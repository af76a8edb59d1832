import { describe, expect, it } from 'vitest';
import { EventBus } from './events.ts';

type Events = { frame: [id: number]; done: [] };

describe('TypedEmitter', () => {
  it('delivers to every listener, in order, and unsubscribes', () => {
    const bus = new EventBus<Events>();
    const heard: string[] = [];
    const offA = bus.on('frame', (id) => heard.push(`a${id}`));
    bus.on('frame', (id) => heard.push(`b${id}`));
    bus.emit('frame', 1);
    offA();
    bus.emit('frame', 2);
    expect(heard).toEqual(['a1', 'b1', 'b2']);
    expect(bus.listenerCount('frame')).toBe(1);
  });

  it('a throwing listener neither stops the others nor reaches the emitter', () => {
    const errors: string[] = [];
    const bus = new EventBus<Events>((err, event) => errors.push(`${event}: ${(err as Error).message}`));
    let after = 0;
    bus.on('done', () => {
      throw new Error('boom');
    });
    bus.on('done', () => {
      after++;
    });
    expect(() => bus.emit('done')).not.toThrow();
    expect(after).toBe(1);
    expect(errors).toEqual(['done: boom']);
  });

  it('an event with no listener is a no-op', () => {
    const bus = new EventBus<Events>();
    expect(() => bus.emit('frame', 3)).not.toThrow();
  });
});
