/**
 * One receiver address of the centre, TCP or UDP: send a message, wait for the one reply.
 * DC-09 is stop-and-wait, so requests on a link run one at a time; a TCP connection is kept open
 * between messages and dropped after a timeout, so a late reply never pairs with the next request.
 */
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { connect, type Socket } from 'node:net';
import { MessageSplitter } from '../../protocol/dc09/index.ts';
import { VaktError } from '../../protocol/errors.ts';
import type { CentreAddress } from './config.ts';

export class NoAnswerError extends VaktError {
  constructor(where: string, why: string) {
    super(
      'E_DC09_NO_ANSWER',
      `no reply from ${where}: ${why}`,
      'check that the centre receiver runs and the port is open',
    );
  }
}

export class CentreLink {
  readonly name: string;
  private tcp: Socket | undefined;
  private udp: UdpSocket | undefined;
  private waiter: ((frame: string) => void) | undefined;
  private splitter = new MessageSplitter();
  private chain: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    readonly address: CentreAddress,
    readonly role: 'main' | 'backup',
  ) {
    this.name = `${role} ${address.transport}://${address.host}:${address.port}`;
  }

  /** Sends `frame`; resolves with the reply frame; rejects NoAnswerError on timeout or socket error. */
  request(frame: string, timeoutMs: number): Promise<string> {
    const run = this.chain.then(() => this.exchange(frame, timeoutMs));
    this.chain = run.catch(() => undefined);
    return run;
  }

  close(): void {
    this.closed = true;
    this.drop();
  }

  private async exchange(frame: string, timeoutMs: number): Promise<string> {
    if (this.closed) throw new NoAnswerError(this.name, 'bridge stopping');
    const reply = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        this.drop();
        reject(new NoAnswerError(this.name, `none within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiter = (f) => {
        clearTimeout(timer);
        this.waiter = undefined;
        resolve(f);
      };
      this.onFail = (why) => {
        clearTimeout(timer);
        this.waiter = undefined;
        this.drop();
        reject(new NoAnswerError(this.name, why));
      };
    });
    if (this.address.transport === 'udp') this.sendUdp(frame);
    else await this.sendTcp(frame);
    return reply;
  }

  private onFail: (why: string) => void = () => {};

  private async sendTcp(frame: string): Promise<void> {
    if (!this.tcp) {
      const s = connect({ host: this.address.host, port: this.address.port, noDelay: true });
      s.setEncoding('latin1');
      s.on('data', (d: string) => this.onData(d));
      s.on('error', (err) => this.onFail(err.message));
      s.on('close', () => {
        if (this.tcp === s) {
          this.tcp = undefined;
          this.onFail('connection closed');
        }
      });
      this.tcp = s;
    }
    this.tcp.write(frame, 'latin1');
  }

  private sendUdp(frame: string): void {
    if (!this.udp) {
      const u = createSocket('udp4');
      // Only the receiver's port may answer: a stray datagram must not pass for its ACK.
      u.on('message', (d, from) => {
        if (from.port === this.address.port) this.onData(d.toString('latin1'));
      });
      u.on('error', (err) => this.onFail(err.message));
      this.udp = u;
    }
    this.udp.send(Buffer.from(frame, 'latin1'), this.address.port, this.address.host, (err) => {
      if (err) this.onFail(err.message);
    });
  }

  private onData(chunk: string): void {
    for (const f of this.splitter.push(chunk)) this.waiter?.(f);
  }

  private drop(): void {
    const t = this.tcp;
    this.tcp = undefined;
    t?.destroy();
    const u = this.udp;
    this.udp = undefined;
    u?.close();
    this.splitter = new MessageSplitter();
  }
}
