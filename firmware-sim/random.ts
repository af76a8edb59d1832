/**
 * A seeded pseudo-random source (mulberry32), so a scenario with a seed replays the same jitter,
 * losses and bit errors every run.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
}

export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return {
    next(): number {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** `base` varied uniformly by ±`fraction` (0.25 → ±25 %). */
export function jitter(random: Random, base: number, fraction: number): number {
  return base * (1 + (random.next() * 2 - 1) * fraction);
}

/** True with probability `p`. */
export function chance(random: Random, p: number): boolean {
  return p > 0 && random.next() < p;
}
