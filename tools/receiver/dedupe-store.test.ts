import { closeSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DedupeStore } from './dedupe-store.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'vakt-dedupe-'));

describe('DedupeStore', () => {
  it('resolves every add once its group is on disk, and a reopened store knows them', async () => {
    const d = dir();
    const s = new DedupeStore(d);
    const keys = Array.from({ length: 1000 }, (_, i) => DedupeStore.key('HUB', `e${i}`));
    await Promise.all(keys.map((k) => s.add(k)));
    expect(readFileSync(join(d, 'handled-events.log'), 'utf8').split('\n').filter(Boolean)).toHaveLength(1000);
    // Adds made while a group is being written form the next group.
    const late = s.add(DedupeStore.key('HUB', 'late'));
    await late;
    await s.close();
    const again = new DedupeStore(d);
    expect(again.has(DedupeStore.key('HUB', 'e999'))).toBe(true);
    expect(again.has(DedupeStore.key('HUB', 'late'))).toBe(true);
    expect(again.size).toBe(1001);
    await again.close();
  });

  it('forgets a group that did not reach the disk, so its resend is recorded, not skipped', async () => {
    const s = new DedupeStore(dir());
    await s.add('HUB\tfirst');
    closeSync((s as unknown as { fd: number }).fd); // the file is gone from under it
    await expect(s.add('HUB\tlost')).rejects.toThrow();
    expect(s.has('HUB\tlost')).toBe(false);
    expect(s.has('HUB\tfirst')).toBe(true);
  });

  it('close writes what is still pending', async () => {
    const d = dir();
    const s = new DedupeStore(d);
    const pending = s.add('HUB\tat-close');
    await s.close();
    await pending;
    expect(new DedupeStore(d).has('HUB\tat-close')).toBe(true);
  });
});
