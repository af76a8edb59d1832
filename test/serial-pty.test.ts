/**
 * The codec over a real serial link: a socat PTY pair, node-serialport on both ends, frames
 * written in pieces split at awkward boundaries with line garbage between them.
 */
import fc from 'fast-check';
import { SerialPort } from 'serialport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPtyPair, type PtyPair } from '../firmware-sim/link/pty-pair.ts';
import { arbitraryFrame } from '../protocol/serial/arbitraries.ts';
import { type Decoded, encodeFrame, FrameDecoderStream } from '../protocol/serial/index.ts';
import { waitFor } from './support/wait-for.ts';

const open = (path: string) =>
  new Promise<SerialPort>((resolve, reject) => {
    const p = new SerialPort({ path, baudRate: 115200 }, (err) => (err ? reject(err) : resolve(p)));
  });
const write = (p: SerialPort, b: Buffer) =>
  new Promise<void>((resolve, reject) => p.write(b, (e) => (e ? reject(e) : p.drain(() => resolve()))));

describe('device link over a real PTY pair', () => {
  let pair: PtyPair;
  let device: SerialPort;
  let hub: SerialPort;
  beforeAll(async () => {
    pair = await openPtyPair();
    [device, hub] = await Promise.all([open(pair.devicePath), open(pair.hubPath)]);
  });
  afterAll(async () => {
    await Promise.all([device, hub].map((p) => new Promise((r) => p.close(r))));
    await pair.close();
  });

  it('delivers every frame intact when writes split frames anywhere and garbage lies between', async () => {
    const frames = fc.sample(arbitraryFrame, { numRuns: 200, seed: 42 });
    const garbage = Buffer.from([0x13, 0x37, 0xff, 0x00, 0x42]);
    const wire = Buffer.concat(
      frames.flatMap((f, i) => (i % 10 === 0 ? [garbage, encodeFrame(f)] : [encodeFrame(f)])),
    );
    const got: Decoded[] = [];
    const stream = hub.pipe(new FrameDecoderStream());
    stream.on('data', (d: Decoded) => got.push(d));
    const received = waitFor(() => got.filter((d) => 'frame' in d).length >= frames.length, {
      what: `${frames.length} decoded frames`,
      everyMs: 5,
    });
    // Pieces of 1..37 bytes: every frame is split at some point, some inside the CRC or delimiter.
    for (let at = 0, n = 1; at < wire.length; at += n, n = (n % 37) + 1)
      await write(device, wire.subarray(at, at + n));
    await received;
    expect(got.flatMap((d) => ('frame' in d ? [d.frame] : []))).toEqual(frames);
    expect(
      got.filter((d) => 'error' in d).every((d) => 'error' in d && d.error.code.startsWith('E_FRAME_')),
    ).toBe(true);
    hub.unpipe(stream);
  });
});
