import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SentLog } from './sent-log.ts';

describe('SentLog', () => {
  it('keeps ACKed event ids across a reopen, in a 0600 file; concurrent adds share syncs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vakt-sent-'));
    const log = new SentLog(dir);
    await log.open();
    await Promise.all(Array.from({ length: 100 }, (_, i) => log.add(SentLog.key('H1', `ev-${i}`))));
    await log.close();
    expect(statSync(log.path).mode & 0o777).toBe(0o600);
    expect(readFileSync(log.path, 'utf8').split('\n').filter(Boolean)).toHaveLength(100);
    const again = new SentLog(dir);
    await again.open();
    expect(again.has(SentLog.key('H1', 'ev-42'))).toBe(true);
    expect(again.has(SentLog.key('H2', 'ev-42'))).toBe(false);
    await again.close();
  });

  it('compacts to the newest entries when the file grows past twice the bound', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vakt-sent-'));
    const log = new SentLog(dir, 10);
    await log.open();
    for (let i = 0; i < 25; i++) await log.add(`H1\tev-${i}`);
    await log.close();
    const kept = readFileSync(log.path, 'utf8').split('\n').filter(Boolean);
    expect(kept.length).toBeLessThanOrEqual(20);
    expect(kept).toContain('H1\tev-24');
    expect(new SentLog(dir, 10).has('H1\tev-0')).toBe(false);
  });
});
