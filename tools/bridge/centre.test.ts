/**
 * The centre's reply handling with scripted links (no sockets): NAK corrects the clock without
 * using up attempts, a centre that NAKs for ever still fails, garbage is retried, silence moves
 * to the backup, DUH stops at once.
 */
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../protocol/clock.ts';
import { decodeMessage, encodeMessage } from '../../protocol/dc09/index.ts';
import { Centre } from './centre.ts';
import { type CentreLink, NoAnswerError } from './centre-link.ts';

type Script = (frame: string) => string | 'silence';

function link(name: string, script: Script): CentreLink & { sent: string[] } {
  const sent: string[] = [];
  return {
    name,
    sent,
    request: async (frame: string) => {
      sent.push(frame);
      const r = script(frame);
      if (r === 'silence') throw new NoAnswerError(name, 'none');
      return r;
    },
    close: () => {},
  } as unknown as CentreLink & { sent: string[] };
}

const reply = (id: 'ACK' | 'DUH' | 'NAK', frame: string, timeMs?: number) => {
  const m = decodeMessage(frame);
  return encodeMessage(
    id === 'NAK'
      ? { id, seq: 0, receiver: '0', line: '0', extended: [], timeMs, encrypted: false }
      : { id, seq: m.seq, line: m.line, account: m.account, extended: [], encrypted: false },
  );
};

const build = (seq: number, timeMs: number) => ({
  id: 'ADM-CID' as const,
  seq,
  line: '1',
  account: '1234',
  data: '1101 01 001',
  extended: [],
  timeMs,
});

function centre(links: CentreLink[], clock = new FakeClock(Date.UTC(2026, 0, 1))) {
  return new Centre(links, {
    attempts: 2,
    replyTimeoutMs: 100,
    key: undefined,
    clock,
    log: pino({ level: 'silent' }),
  });
}

describe('Centre', () => {
  it('NAK: takes the receiver clock, resends with it, and that resend is not an attempt', async () => {
    const clock = new FakeClock(Date.UTC(2026, 0, 1));
    const ahead = clock.now() + 300_000;
    let naks = 0;
    const main = link('main', (f) => (naks++ < 2 ? reply('NAK', f, ahead) : reply('ACK', f)));
    const c = centre([main], clock);
    expect(await c.deliver(build)).toMatchObject({ result: 'ack', attempts: 1 });
    expect(c.offsetMs).toBe(300_000);
    expect(decodeMessage(main.sent[2]!).timeMs).toBe(ahead);
    expect(new Set(main.sent.map((f) => decodeMessage(f).seq)).size).toBe(1);
  });

  it('a centre that always NAKs ends in failed after attempts plus two clock retries', async () => {
    const main = link('main', (f) => reply('NAK', f, Date.UTC(2026, 0, 1)));
    const c = centre([main]);
    expect((await c.deliver(build)).result).toBe('failed');
    expect(main.sent).toHaveLength(4);
  });

  it('garbage is retried; silence on the main moves to the backup; DUH stops at once', async () => {
    let n = 0;
    const main = link('main', (f) => (n++ === 0 ? '\nZZZZ0005"ACK"\r' : reply('ACK', f)));
    const c1 = centre([main]);
    expect(await c1.deliver(build)).toMatchObject({ result: 'ack', attempts: 2 });
    expect(c1.stats.badReplies).toBe(1);

    const dead = link('main', () => 'silence');
    const backup = link('backup', (f) => reply('ACK', f));
    const c2 = centre([dead, backup]);
    const states: Array<[string, boolean | undefined]> = [];
    c2.on('link', (s) => states.push([s.name, s.up]));
    expect(await c2.deliver(build)).toMatchObject({ result: 'ack', link: 'backup' });
    expect(dead.sent).toHaveLength(2);
    expect(states).toEqual([
      ['main', false],
      ['backup', true],
    ]);

    const duh = link('main', (f) => reply('DUH', f));
    const c3 = centre([duh, backup]);
    expect(await c3.deliver(build)).toMatchObject({ result: 'duh' });
    expect(duh.sent).toHaveLength(1);
  });
});
