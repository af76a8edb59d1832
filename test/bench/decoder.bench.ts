/**
 * Device-link decoder throughput against a naive delimiter split (the least any framing must do:
 * find the 0x00s and copy the bytes between) over the same realistic stream. Target ≥ 25 %.
 */
import fc from 'fast-check';
import { arbitraryFrame } from '../../protocol/serial/arbitraries.ts';
import { encodeFrame, FrameDecoder } from '../../protocol/serial/index.ts';
import { opsPerSecond, printRows } from './harness.ts';

function naiveSplit(stream: Buffer): number {
  let frames = 0;
  let from = 0;
  for (let zero = stream.indexOf(0, from); zero !== -1; zero = stream.indexOf(0, from)) {
    if (zero > from) {
      Buffer.from(stream.subarray(from, zero));
      frames++;
    }
    from = zero + 1;
  }
  return frames;
}

export async function run(): Promise<void> {
  const frames = fc.sample(arbitraryFrame, { numRuns: 2000, seed: 7 });
  // Mostly heartbeats and events, as on a real hub; fed in 64-byte reads as a USB-CDC port gives them.
  const stream = Buffer.concat(frames.map((f) => encodeFrame(f)));
  const chunks: Buffer[] = [];
  for (let i = 0; i < stream.length; i += 64) chunks.push(stream.subarray(i, i + 64));
  let decoded = 0;
  const ours = opsPerSecond(() => {
    const d = new FrameDecoder();
    for (const c of chunks) decoded += d.push(c).length;
  }, 2000);
  const naive = opsPerSecond(() => {
    naiveSplit(stream);
  }, 2000);
  if (decoded === 0) throw new Error('decoder produced nothing');
  const mb = stream.length / 1e6;
  printRows(`Device-link decoder (${frames.length} frames, ${stream.length} bytes per pass, 64-byte reads)`, [
    {
      name: 'decoder throughput',
      value: ours * mb,
      unit: 'MB/s',
      baseline: naive * mb,
      ratio: ours / naive,
      target: '≥ 0.25',
    },
    {
      name: 'decoder frames/s',
      value: ours * frames.length,
      unit: 'frames/s',
      baseline: naive * frames.length,
      ratio: ours / naive,
    },
  ]);
}
