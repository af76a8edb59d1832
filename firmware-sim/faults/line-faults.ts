/**
 * Faults on the serial line between dongle and hub: bit errors, dropped, truncated and
 * duplicated frames, garbage bursts. Rates are probabilities (bit errors: per byte; the rest: per
 * frame) and may be changed while a simulation runs.
 */
import { chance, type Random } from '../random.ts';

export interface LineFaultRates {
  bitError: number;
  drop: number;
  truncate: number;
  duplicate: number;
  garbage: number;
}

export const LINE_FAULTS = ['bitError', 'drop', 'truncate', 'duplicate', 'garbage'] as const;

export class LineFaults {
  readonly rates: LineFaultRates = { bitError: 0, drop: 0, truncate: 0, duplicate: 0, garbage: 0 };

  constructor(private readonly random: Random) {}

  /** What actually goes on the wire for one encoded frame (possibly nothing, possibly more). */
  apply(frame: Buffer): Buffer[] {
    const r = this.random;
    if (chance(r, this.rates.drop)) return [];
    const out: Buffer[] = [];
    if (chance(r, this.rates.garbage)) out.push(this.garbageBurst(1 + Math.floor(r.next() * 32)));
    let bytes = this.corrupt(frame);
    if (chance(r, this.rates.truncate))
      bytes = bytes.subarray(0, 1 + Math.floor(r.next() * (bytes.length - 1)));
    out.push(bytes);
    if (chance(r, this.rates.duplicate)) out.push(bytes);
    return out;
  }

  /** Flips one random bit in each byte with probability `bitError`. */
  corrupt(bytes: Buffer): Buffer {
    if (this.rates.bitError <= 0) return bytes;
    let copy: Buffer | undefined;
    for (let i = 0; i < bytes.length; i++) {
      if (chance(this.random, this.rates.bitError)) {
        copy ??= Buffer.from(bytes);
        copy[i] = copy[i]! ^ (1 << Math.floor(this.random.next() * 8));
      }
    }
    return copy ?? bytes;
  }

  garbageBurst(n: number): Buffer {
    return Buffer.from(Array.from({ length: n }, () => Math.floor(this.random.next() * 256)));
  }
}
