/**
 * Device-link decoder throughput against a naive delimiter split (the least any framing must do:
 * find the 0x00s and copy the bytes between) over the same realistic stream. Target ≥ 25 %.
 * And the cost of verifying a secured frame's MIC and counter (SPEC §4.5) in µs per frame,
 * against the 2.78 ms a 32-byte frame takes on the 115200-baud line.
 */
import fc from 'fast-check';
import { ARBITRARY_KEY, arbitraryFrame, arbitraryV1Frame } from '../../protocol/serial/arbitraries.ts';
import {
  type Decoded,
  decodeAll,
  encodeFrame,
  FrameDecoder,
  secureFrame,
  verifyFrame,
} from '../../protocol/serial/index.ts';
import { opsPerSecond, printRows } from './harness.ts';

/** 32 bytes × 10 bits per byte (8N1) at 115200 baud, in µs. */
const LINE_US_32_BYTES = (32 * 10 * 1e6) / 115200;

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

/** Decoder (and optionally verification) throughput over `stream` in 64-byte reads, vs the naive split. */
function throughput(stream: Buffer, verify: boolean): { ours: number; naive: number } {
  const chunks: Buffer[] = [];
  for (let i = 0; i < stream.length; i += 64) chunks.push(stream.subarray(i, i + 64));
  let decoded = 0;
  const keys = () => ARBITRARY_KEY;
  const none = { highest: () => undefined };
  const ours = opsPerSecond(() => {
    const d = new FrameDecoder();
    for (const c of chunks)
      for (const out of d.push(c)) {
        decoded++;
        if (verify && 'frame' in out && out.frame.security && !verifyFrame(out, keys, none).ok)
          throw new Error('a secured frame did not verify');
      }
  }, 2000);
  const naive = opsPerSecond(() => naiveSplit(stream), 2000);
  if (decoded === 0) throw new Error('decoder produced nothing');
  return { ours, naive };
}

export async function run(): Promise<void> {
  // Every kind in both versions (v2 secured), as a hub during migration sees them.
  const mixed = fc.sample(arbitraryFrame, { numRuns: 2000, seed: 7 });
  const mixedStream = Buffer.concat(mixed.map((f) => encodeFrame(f)));
  // What a version-2 hub mostly hears: secured events and heartbeats.
  const device = fc
    .sample(
      arbitraryV1Frame.filter((f) => f.kind === 'device_event' || f.kind === 'device_heartbeat'),
      { numRuns: 2000, seed: 11 },
    )
    .map((f, i) => secureFrame(f, ARBITRARY_KEY, i));
  const deviceStream = Buffer.concat(device.map((f) => encodeFrame(f)));
  const plain = throughput(mixedStream, false);
  const secured = throughput(deviceStream, true);

  // Verification alone: frames decoded once, MIC and counter checked repeatedly.
  const decoded = decodeAll(deviceStream).filter(
    (d): d is Extract<Decoded, { frame: unknown }> => 'frame' in d,
  );
  const none = { highest: () => undefined };
  const perPass = opsPerSecond(() => {
    for (const d of decoded) verifyFrame(d, () => ARBITRARY_KEY, none);
  }, 2000);
  const verifyUs = 1e6 / (perPass * decoded.length);
  const decodeVerifyUs = 1e6 / (secured.ours * device.length);

  const mb = (s: Buffer) => s.length / 1e6;
  printRows(
    `Device-link decoder (2,000 frames per stream, 64-byte reads; ${decoded.length} secured device frames)`,
    [
      {
        name: 'decoder throughput, all kinds v1+v2',
        value: plain.ours * mb(mixedStream),
        unit: 'MB/s',
        baseline: plain.naive * mb(mixedStream),
        ratio: plain.ours / plain.naive,
        target: '≥ 0.25',
      },
      {
        name: 'decoder + MIC verify, secured device frames',
        value: secured.ours * mb(deviceStream),
        unit: 'MB/s',
        baseline: secured.naive * mb(deviceStream),
        ratio: secured.ours / secured.naive,
        target: '≥ 0.25',
      },
      {
        name: 'MIC + counter verification per frame',
        value: verifyUs,
        unit: 'µs',
        baseline: LINE_US_32_BYTES,
        ratio: LINE_US_32_BYTES / verifyUs,
        target: '≤ 10 % of line time (ratio ≥ 10)',
      },
      {
        name: 'decode + verify per secured frame',
        value: decodeVerifyUs,
        unit: 'µs',
        baseline: LINE_US_32_BYTES,
        ratio: LINE_US_32_BYTES / decodeVerifyUs,
      },
    ],
  );
}
