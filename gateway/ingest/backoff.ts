/** Capped exponential backoff with full jitter, for reopening the serial port forever. */
export function reopenDelay(
  attempt: number,
  minMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxMs, minMs * 2 ** Math.min(attempt, 30));
  return minMs + random() * (ceiling - minMs);
}
