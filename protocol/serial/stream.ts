/**
 * A thin Transform around `FrameDecoder` for node-serialport: pipe the port into it and read
 * `Decoded` objects (frames and typed errors) in object mode. All logic is in the decoder.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { type Decoded, FrameDecoder } from './decoder.ts';

export class FrameDecoderStream extends Transform {
  private readonly decoder = new FrameDecoder();

  constructor() {
    super({ readableObjectMode: true });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    for (const d of this.decoder.push(chunk)) this.push(d satisfies Decoded);
    done();
  }

  override _flush(done: TransformCallback): void {
    for (const d of this.decoder.flush()) this.push(d);
    done();
  }
}
