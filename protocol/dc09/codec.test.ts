import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KEY_HEX, EXAMPLES, examplePad } from './examples.ts';
import {
  crc16Arc,
  Dc09Error,
  decodeMessage,
  encodeMessage,
  MessageSplitter,
  mappingMarkdown,
  mapDeviceEvent,
  mapTechnical,
  parseKey,
  parseReply,
  parseTimestamp,
} from './index.ts';

const doc = readFileSync(new URL('../../docs/dc09.md', import.meta.url), 'utf8');
const key = parseKey(EXAMPLE_KEY_HEX);
const wire = (shown: string) => shown.replace('<LF>', '\n').replace('<CR>', '\r');

/** `name: <LF>…<CR>` lines of the doc's ```dc09 blocks. */
function docExamples(): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of doc.matchAll(/```dc09\n([\s\S]*?)```/g))
    for (const line of block[1]!.trim().split('\n')) {
      const m = /^([a-z0-9-]+): (<LF>.*<CR>)$/.exec(line);
      if (m) out.set(m[1]!, m[2]!);
    }
  return out;
}

describe('DC-09 codec', () => {
  it('CRC-16/ARC check value', () => {
    expect(crc16Arc('123456789')).toBe(0xbb3d);
  });

  it('every worked example in docs/dc09.md is what the encoder writes, byte for byte, and decodes back', () => {
    const shown = docExamples();
    expect([...shown.keys()].sort()).toEqual(Object.keys(EXAMPLES).sort());
    for (const [name, e] of Object.entries(EXAMPLES)) {
      const frame = encodeMessage(e.message, e.encrypt ? { key, random: examplePad } : {});
      expect(frame, name).toBe(wire(shown.get(name)!));
      expect(decodeMessage(frame, { keyFor: () => key }), name).toEqual({
        ...e.message,
        data: e.message.data,
        receiver: e.message.receiver,
        account: e.message.account,
        timeMs: e.message.timeMs,
      });
    }
  });

  it('the hex dump in the doc is the first example', () => {
    const dump = /```hex\n([\s\S]*?)```/.exec(doc)![1]!;
    const hex = dump
      .split('\n')
      .map((l) => /^[0-9a-f]{4} {2}((?:[0-9a-f]{2} ?)+)/.exec(l)?.[1] ?? '')
      .join('')
      .replace(/ /g, '');
    expect(Buffer.from(hex, 'hex').toString('latin1')).toBe(encodeMessage(EXAMPLES['cid-pendant']!.message));
  });

  it('the mapping table in the doc is the code table', () => {
    expect(doc).toContain(mappingMarkdown());
  });

  it('maps the cases the issue names: pendant 101, fall 100 (no standard code), restore 3, notice 6', () => {
    expect(mapDeviceEvent({ statusCode: 10, eventClass: 1, deviceType: 3 })).toMatchObject({
      qualifier: 1,
      cid: 101,
      sia: 'QA',
    });
    expect(mapDeviceEvent({ statusCode: 9, eventClass: 1, deviceType: 5 })).toMatchObject({
      qualifier: 1,
      cid: 100,
      sia: 'MA',
      text: 'FALL',
      standard: false,
    });
    expect(mapDeviceEvent({ statusCode: 10, eventClass: 2, deviceType: 3 })).toMatchObject({
      qualifier: 3,
      sia: 'QH',
    });
    expect(mapDeviceEvent({ statusCode: 86, eventClass: 3, deviceType: 48 })).toMatchObject({
      qualifier: 3,
      cid: 301,
      sia: 'AR',
    });
    expect(mapTechnical({ kind: 8, state: 3 })).toMatchObject({ qualifier: 6, cid: 354 });
    expect(mapTechnical({ kind: 1, state: 2 })).toMatchObject({ qualifier: 3, cid: 301, sia: 'AR' });
  });

  it('typed errors: CRC, length, frame, id, timestamp, key, data', () => {
    const good = encodeMessage(EXAMPLES['cid-pendant']!.message);
    const code = (f: string, o = {}) => {
      try {
        decodeMessage(f, o);
        return 'ok';
      } catch (err) {
        expect(err).toBeInstanceOf(Dc09Error);
        return (err as Dc09Error).code;
      }
    };
    expect(code(good.replace('1101', '1102'))).toBe('E_DC09_CRC');
    expect(code(good.replace('[I', '[II'))).toBe('E_DC09_LENGTH');
    expect(code(good.slice(1))).toBe('E_DC09_FRAME');
    expect(code(encodeMessage({ ...EXAMPLES.duh!.message }).replace('DUH', 'XYZ'))).toBe('E_DC09_CRC');
    const enc = encodeMessage(EXAMPLES['cid-pendant-aes128']!.message, { key, random: examplePad });
    expect(code(enc)).toBe('E_DC09_KEY');
    expect(code(enc, { keyFor: () => parseKey('F'.repeat(32)) })).toBe('E_DC09_KEY');
    expect(() => parseTimestamp('_25:00:00,01-01-2026')).toThrow(Dc09Error);
    expect(() => parseTimestamp('_12:00:00,02-30-2026')).toThrow(/does not exist/);
    expect(() => parseKey('00112233')).toThrow(/32, 48 or 64 hex digits/);
  });

  it('replies: ACK matches its message; an ACK for another sequence, or a plain ACK to an encrypted message, is E_DC09_REPLY', () => {
    const sent = EXAMPLES['cid-pendant']!.message;
    const ack = encodeMessage(EXAMPLES['ack-plain']!.message);
    expect(parseReply(ack, sent).kind).toBe('ACK');
    expect(() => parseReply(ack, { ...sent, seq: 9 })).toThrow(
      expect.objectContaining({ code: 'E_DC09_REPLY' }),
    );
    expect(() => parseReply(ack, { ...sent, seq: 1, encrypted: true })).toThrow(/plain ACK/);
    const nak = parseReply(encodeMessage(EXAMPLES.nak!.message), sent);
    expect(nak).toMatchObject({ kind: 'NAK', receiverTimeMs: EXAMPLES.nak!.message.timeMs });
    expect(parseReply(wire('<LF>451E0023"NAK"0000R0L0[]_02:19:07,11-25-2026<CR>'), sent).kind).toBe('NAK');
    expect(() => parseReply(encodeMessage(sent), sent)).toThrow(/not a reply/);
  });

  it('the splitter finds messages across chunks, drops bytes between them and bounds an endless message', () => {
    const s = new MessageSplitter();
    const a = encodeMessage(EXAMPLES['ack-plain']!.message);
    expect(s.push(`junk${a.slice(0, 7)}`)).toEqual([]);
    expect(s.push(`${a.slice(7)}more${a}`)).toEqual([a, a]);
    expect(s.push(`\n${'x'.repeat(10_000)}`)).toEqual([]);
    expect(s.push(a)).toEqual([a]);
    expect(s.dropped).toBeGreaterThan(10_000);
  });
});
