/**
 * A SIA DC-09 alarm receiver for tests, written from the standard's text and NOT from
 * protocol/dc09: its own CRC, parsing and crypto. It checks each message's CRC, length, account,
 * timestamp window (default −20 s/+40 s) and decryption, records what it accepted, and answers
 * as told: ACK (normal), NAK (with its own — optionally skewed — time), DUH, silence or garbage.
 * TCP and UDP on a free loopback port.
 */
import { createDecipheriv, createCipheriv, randomBytes } from 'node:crypto';
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { createServer, type Server, type Socket } from 'node:net';
import { freePort } from './free-port.ts';

export type Answer = 'ack' | 'nak' | 'duh' | 'silent' | 'garbage';

export interface ReceivedMessage {
  token: string;
  encrypted: boolean;
  seq: string;
  receiver: string | undefined;
  line: string;
  account: string;
  /** The data block content after `#acct|` (or after the pad's `|`). */
  data: string;
  extended: string[];
  timestamp: string | undefined;
  raw: string;
}

export interface Dc09ReceiverOptions {
  transport?: 'tcp' | 'udp';
  /** hex key → messages must be encrypted with it. */
  keyHex?: string;
  /** Seconds the receiver's clock is ahead of the real one. */
  skewS?: number;
  /** Accepted window around the receiver's time: [seconds behind, seconds ahead]. */
  windowS?: [number, number];
}

/** CRC-16 (poly x^16+x^15+x^2+1, LSB first, init 0), bit by bit. */
function crc(text: string): number {
  let c = 0;
  for (const ch of Buffer.from(text, 'latin1')) {
    let b = ch;
    for (let i = 0; i < 8; i++) {
      const mix = (c ^ b) & 1;
      c >>= 1;
      if (mix) c ^= 0xa001;
      b >>= 1;
    }
  }
  return c;
}

function stamp(ms: number): string {
  const d = new Date(ms).toISOString(); // YYYY-MM-DDTHH:MM:SS
  return `_${d.slice(11, 19)},${d.slice(5, 7)}-${d.slice(8, 10)}-${d.slice(0, 4)}`;
}

function frame(body: string): string {
  const len = body.length.toString(16).toUpperCase().padStart(3, '0');
  return `\n${crc(body).toString(16).toUpperCase().padStart(4, '0')}0${len}${body}\r`;
}

export class Dc09Receiver {
  answer: Answer = 'ack';
  readonly accepted: ReceivedMessage[] = [];
  /** Every message that came in, with the reason it was refused if it was. */
  readonly log: Array<{ raw: string; verdict: string }> = [];
  port = 0;
  private server: Server | undefined;
  private udp: UdpSocket | undefined;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly o: Dc09ReceiverOptions = {}) {}

  get events(): ReceivedMessage[] {
    return this.accepted.filter((m) => m.token !== 'NULL');
  }

  async start(port?: number): Promise<this> {
    this.port = port ?? (this.port || (await freePort()));
    if (this.o.transport === 'udp') {
      const u = createSocket('udp4');
      u.on('message', (msg, rinfo) => {
        const reply = this.handle(msg.toString('latin1'));
        if (reply) u.send(Buffer.from(reply, 'latin1'), rinfo.port, rinfo.address);
      });
      await new Promise<void>((r) => u.bind(this.port, '127.0.0.1', r));
      this.udp = u;
      return this;
    }
    const server = createServer((s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
      s.on('error', () => {});
      let buf = '';
      s.on('data', (d) => {
        buf += d.toString('latin1');
        for (let end = buf.indexOf('\r'); end >= 0; end = buf.indexOf('\r')) {
          const one = buf.slice(0, end + 1);
          buf = buf.slice(end + 1);
          const reply = this.handle(one.slice(one.lastIndexOf('\n')));
          if (reply) s.write(reply, 'latin1');
        }
      });
    });
    await new Promise<void>((r) => server.listen(this.port, '127.0.0.1', r));
    this.server = server;
    return this;
  }

  /** Stops listening and drops every connection (a receiver going down). */
  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
    this.server = undefined;
    await new Promise<void>((r) => (this.udp ? this.udp.close(() => r()) : r()));
    this.udp = undefined;
  }

  private now(): number {
    return Date.now() + (this.o.skewS ?? 0) * 1000;
  }

  private handle(raw: string): string | undefined {
    const verdict = this.check(raw);
    this.log.push({ raw, verdict: typeof verdict === 'string' ? verdict : 'ok' });
    if (this.answer === 'silent') return undefined;
    if (this.answer === 'garbage') return '\nZZZZ0005"ACK"\r';
    if (typeof verdict === 'string') {
      return verdict.startsWith('time') ? this.nak() : frame(`"DUH"0000L0#000[]`);
    }
    if (this.answer === 'nak') return this.nak();
    const m = verdict;
    const head = `${m.seq}${m.receiver === undefined ? '' : `R${m.receiver}`}L${m.line}#${m.account}[`;
    if (this.answer === 'duh') return frame(`"DUH"${head}]`);
    this.accepted.push(m);
    if (!m.encrypted) return frame(`"ACK"${head}]`);
    return frame(`"*ACK"${head}${this.encrypt(`]${stamp(this.now())}`)}`);
  }

  private nak(): string {
    return frame(`"NAK"0000R0L0A0[]${stamp(this.now())}`);
  }

  /** The message, or the reason it is refused. */
  private check(raw: string): ReceivedMessage | string {
    const outer = /^\n([0-9A-F]{4})(0[0-9A-F]{3})(".*)\r$/s.exec(raw);
    if (!outer) return 'format: not <LF>crc0LLL"…<CR>';
    const [, crcHex, lenHex, body] = outer as unknown as [string, string, string, string];
    if (Number.parseInt(lenHex, 16) !== body.length) return `length: ${lenHex} vs ${body.length}`;
    if (Number.parseInt(crcHex, 16) !== crc(body)) return 'crc';
    const h =
      /^"(\*?)(SIA-DCS|ADM-CID|NULL)"(\d{4})(?:R([0-9A-F]{1,6}))?L([0-9A-F]{1,6})#([0-9A-F]{3,16})\[(.*)$/s.exec(
        body,
      );
    if (!h) return 'header';
    const [, star, token, seq, receiver, line, account] = h as unknown as string[];
    let rest = h[7]!;
    const encrypted = star === '*';
    if (encrypted !== !!this.o.keyHex)
      return encrypted ? 'key: encrypted but no key' : 'key: plain but key set';
    if (encrypted) {
      const plain = this.decrypt(rest);
      if (plain === undefined) return 'key: cannot decrypt';
      const afterPad = plain.search(/[|\]]/);
      if (afterPad < 0) return 'key: no data after pad';
      rest = plain.slice(afterPad);
    }
    const t = /^(?:#[0-9A-F]+)?(?:\|([^\]]*))?\]((?:\[[^\]]*\])*)(_\d\d:\d\d:\d\d,\d\d-\d\d-\d{4})?$/.exec(
      rest,
    );
    if (!t) return 'data blocks';
    const timestamp = t[3];
    if (encrypted && !timestamp) return 'time: encrypted without timestamp';
    if (timestamp) {
      const [hh, mi, ss, mo, dd, yy] = timestamp.slice(1).split(/[:,-]/).map(Number) as number[];
      const at = Date.UTC(yy!, mo! - 1, dd!, hh!, mi!, ss!);
      const [behind, ahead] = this.o.windowS ?? [20, 40];
      const diff = (at - this.now()) / 1000;
      if (diff < -behind || diff > ahead) return `time: ${diff.toFixed(0)} s off`;
    }
    return {
      token: token!,
      encrypted,
      seq: seq!,
      receiver,
      line: line!,
      account: account!,
      data: t[1] ?? '',
      extended: [...(t[2] ?? '').matchAll(/\[([^\]]*)\]/g)].map((x) => x[1]!),
      timestamp,
      raw,
    };
  }

  private key(): Buffer {
    return Buffer.from(this.o.keyHex!, 'hex');
  }

  private decrypt(hex: string): string | undefined {
    if (!/^([0-9A-F]{32})+$/.test(hex)) return undefined;
    const d = createDecipheriv(`aes-${this.key().length * 8}-cbc`, this.key(), Buffer.alloc(16));
    d.setAutoPadding(false);
    const text = Buffer.concat([d.update(Buffer.from(hex, 'hex')), d.final()]).toString('latin1');
    return /^[\x20-\x7e]*$/.test(text) ? text : undefined;
  }

  private encrypt(text: string): string {
    const padLen = 16 - (text.length % 16);
    const pad = randomBytes(padLen)
      .toString('hex')
      .slice(0, padLen)
      .replace(/[^0-9a-f]/g, '0');
    const c = createCipheriv(`aes-${this.key().length * 8}-cbc`, this.key(), Buffer.alloc(16));
    c.setAutoPadding(false);
    return Buffer.concat([c.update(pad + text, 'latin1'), c.final()])
      .toString('hex')
      .toUpperCase();
  }
}
